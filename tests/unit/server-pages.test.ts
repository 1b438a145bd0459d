// The pages of the build (src/lib/server/pages.ts), their JSON-LD and its way into the head
// (src/hooks.server.ts), and the 404 of an article that does not exist.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleIds, articleModel, frontModel, jsonLdScript } from '$lib/server/pages';
import { handle } from '../../src/hooks.server';
import { GET as shareImage } from '../../src/routes/articles/[source]/og.png/+server';
import { ARTICLE_ID } from '../helpers/article';

/** What a function threw, or undefined. */
function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return undefined;
}

/** The HTML `handle` makes of a page, given what its load left in locals. */
async function handled(locals: App.Locals, html = '<html><head>\n\t</head><body></body></html>'): Promise<string> {
	const event = { locals, url: new URL('http://localhost/') } as Parameters<typeof handle>[0]['event'];
	const response = await handle({
		event,
		resolve: async (_event, options) => new Response((await options?.transformPageChunk?.({ html, done: true })) ?? html)
	});
	return response.text();
}

describe('the pages of the build', () => {
	it('has a page for every article of sources.csv, and a front page that sends old anchors to the first', () => {
		expect(articleIds()).toEqual([ARTICLE_ID]);
		expect(frontModel().head.shareImage.href).toBe('/og.png');
		expect(frontModel().anchorsMovedTo).toBe(`/articles/${ARTICLE_ID}/`);
		expect(articleModel(ARTICLE_ID).head.shareImage.href).toBe(`/articles/${ARTICLE_ID}/og.png`);
	});

	it('answers 404 for an article that is not in sources.csv, page and share image alike', () => {
		expect(thrown(() => articleModel('no-such-article'))).toMatchObject({ status: 404 });
		expect(thrown(() => jsonLdScript('no-such-article'))).toMatchObject({ status: 404 });
		expect(thrown(() => shareImage({ params: { source: 'no-such-article' } } as never))).toMatchObject({ status: 404 });
	});

	it('describes the collection on / and the article on its page: one article, one Dataset', () => {
		const json = (script: string) => JSON.parse(/^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(script)![1]!);
		const front = json(jsonLdScript());
		expect(front).toMatchObject({ '@type': 'Dataset', creator: { name: 'Syria displacement figures dashboard' } });
		// The same Dataset but for its page's address; the article's page distributes the article's own
		// files and the package describing them, / the collection's.
		const { distribution: own, url, identifier, ...article } = json(jsonLdScript(ARTICLE_ID));
		const { distribution: collection, url: frontUrl, identifier: frontId, ...rest } = front;
		expect(article).toEqual(rest);
		expect([url, identifier, frontUrl, frontId]).toEqual([`/articles/${ARTICLE_ID}/`, `/articles/${ARTICLE_ID}/`, '/', '/']);
		const urls = (list: { contentUrl: string }[]) => list.map((d) => d.contentUrl);
		expect(urls(own)).toEqual([`/data/articles/${ARTICLE_ID}.txt`, `/data/articles/${ARTICLE_ID}.figures.csv`, '/data/datapackage.json']);
		expect(urls(collection)).toContain('/data/figures.csv');
		expect(urls(collection).filter((u) => u.startsWith('/data/articles/'))).toEqual([]);
	});
});

describe('hooks.server.ts', () => {
	const page = '<html><head>\n\t</head><body>\n\t</body></html>';
	/** The page as handle writes it, without the policy it puts first in the head (server-csp.test.ts). */
	const withoutPolicy = (html: string) => html.replace(/\n\t\t<meta http-equiv="content-security-policy" content="[^"]*">/u, '');

	it('writes what a load left in locals at the end of the head and of the body', async () => {
		const inline = { head: '<script type="application/ld+json">{}</script>', body: '<script>go()</script>' };
		expect(withoutPolicy(await handled({ document: inline }, page))).toBe(
			'<html><head>\n\t<script type="application/ld+json">{}</script>\n\t</head><body>\n\t\t<script>go()</script>\n\t</body></html>'
		);
	});

	it('puts the policy first in the head, allowing the inline script it wrote by its hash', async () => {
		const html = await handled({ document: { head: '', body: '<script>go()</script>' } }, page);
		const policy = /^<html><head>\n\t\t<meta http-equiv="content-security-policy" content="([^"]*)">/u.exec(html)?.[1];
		expect(policy).toContain(`script-src 'self' 'sha256-${createHash('sha256').update('go()').digest('base64')}';`);
	});

	it('leaves a page alone but for its policy when its load left nothing', async () => {
		expect(withoutPolicy(await handled({}, page))).toBe(page);
	});

	it('writes parts holding $& or $1 as they are, not as replacement patterns', async () => {
		const html = await handled({ document: { head: '<script>"$&$1"</script>', body: '$`' } }, '<head></head><body></body>');
		expect(withoutPolicy(html)).toBe('<head><script>"$&$1"</script>\n\t</head><body>\t$`\n\t</body>');
	});

	it('refuses a page that comes in chunks: its policy needs the whole page', async () => {
		const event = { locals: {}, url: new URL('http://localhost/streamed/') } as Parameters<typeof handle>[0]['event'];
		const response = handle({
			event,
			resolve: async (_event, options) => new Response((await options?.transformPageChunk?.({ html: '<head>', done: false })) ?? '')
		});
		await expect(response).rejects.toThrow('/streamed/ was streamed; its policy needs the whole page');
	});
});
