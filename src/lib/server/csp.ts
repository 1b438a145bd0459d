/**
 * The Content Security Policy of a built page, as a <meta> tag (a static site has no headers of
 * its own). Nothing loads from another origin, and the only inline code allowed is the code the
 * build itself wrote into the page: each inline <style> and <script> is allowed by the hash of its
 * text. Data cannot add an element of its own: every text from data is escaped (< included), so
 * the only <style> and <script> tags in the page are those of the templates and hooks.
 */
import { createHash } from 'node:crypto';

const DIRECTIVES: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'"],
	'img-src': ["'self'", 'data:', 'blob:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"]
};

/** Inline elements a browser runs or applies; JSON-LD (`type="application/ld+json"`) is data and needs no hash. */
const INLINE = /<(style|script)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/giu;

/** Whether a <script> with these attributes runs its own text: no `src`, and no type or a JavaScript one. */
function runsInline(attributes: string): boolean {
	if (/\ssrc\s*=/iu.test(attributes)) return false;
	const type = /\stype\s*=\s*"([^"]*)"/iu.exec(attributes)?.[1];
	return type === undefined || /^(?:module|text\/javascript)$/iu.test(type);
}

function hash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * On a page that runs the application (the workbench), SvelteKit adds a route announcer whose
 * style is an attribute (sveltejs/kit#11993). That one attribute, and no other, is allowed by its
 * hash ('unsafe-hashes' lets a hash match a style attribute); a test checks it against SvelteKit's
 * source, so an upgrade that changes it fails there rather than in a reader's console.
 */
export const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/** SvelteKit's inline start-up script, on a page whose components run in the browser. */
const STARTS_APP = /<script>\s*\{?\s*__sveltekit_/u;

/** The policy for `html`: the directives above, with a hash for each of its inline styles and scripts. */
export function contentSecurityPolicy(html: string): string {
	const directives = structuredClone(DIRECTIVES);
	if (STARTS_APP.test(html)) directives['style-src-attr'] = ["'unsafe-hashes'", hash(ANNOUNCER_STYLE)];
	for (const [, tag, attributes = '', text = ''] of html.matchAll(INLINE)) {
		const kind = tag!.toLowerCase();
		if (kind === 'script' && !runsInline(attributes)) continue;
		const directive = directives[`${kind}-src`]!;
		const allowed = hash(text);
		if (!directive.includes(allowed)) directive.push(allowed);
	}
	return Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}

/** `html` with its policy as the first element of its head, so that it governs everything after it. */
export function withContentSecurityPolicy(html: string): string {
	const policy = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(html)}">`;
	if (!/<head>/u.test(html)) throw new Error('the page has no <head> to put its policy in');
	return html.replace(/<head>/u, () => `<head>\n\t\t${policy}`);
}
