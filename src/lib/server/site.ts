/**
 * Where the built site will be served, from SITE_ORIGIN (e.g. https://example.org), if known.
 * Share previews and dataset search need absolute URLs; without an origin the page uses
 * site-relative ones, which browsers resolve but crawlers may not.
 */
export function siteOrigin(value: string | undefined = process.env.SITE_ORIGIN): string {
	if (!value) return '';
	const url = URL.canParse(value) ? new URL(value) : null;
	if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_ORIGIN must be an http(s) origin such as https://example.org, not ${JSON.stringify(value)}`);
	}
	return url.origin;
}
