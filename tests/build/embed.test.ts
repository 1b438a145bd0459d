// The charts' embed pages in build/ (lib/pages/embed-page.ts), and build/_headers, which keeps
// every other page from being framed by another site and leaves the embed pages to any.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerRules } from '../../scripts/serve.js';
import { ARTICLE_ID, ARTICLE_PAGE } from '../helpers/article';

const read = (path: string) => readFileSync(`build/${path}`, 'utf8');

beforeAll(() => {
	if (!existsSync('build/index.html')) throw new Error('build/index.html is missing: run `npm run build` first');
});

const BARS = 'People displaced, by measure';
const SQUARES = 'One square for every 100,000 people';
const ARTICLE_TITLE = 'Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020';

/** Every chart with an embed page: the front page's two, then the article's two; each is on a page, under a heading. */
const EMBEDS = [
	{ id: 'bars', page: '/', heading: 'bars', title: BARS, from: 'Syria displacement figures', height: 556 },
	{ id: 'squares', page: '/', heading: 'units', title: SQUARES, from: 'Syria displacement figures', height: 567 },
	{ id: `${ARTICLE_ID}-bars`, page: ARTICLE_PAGE, heading: 'bars', title: BARS, from: ARTICLE_TITLE, height: 556 },
	{ id: `${ARTICLE_ID}-squares`, page: ARTICLE_PAGE, heading: 'units', title: SQUARES, from: ARTICLE_TITLE, height: 567 }
];

/** The code a chart's Embed control holds, as the HTML writes it (site-relative: the build has no SITE_ORIGIN). */
const embedCode = ({ id, title, height }: (typeof EMBEDS)[number]) =>
	`&lt;iframe src="/embed/${id}/" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy">&lt;/iframe>`;

describe('the embed pages in build/', () => {
	it('are one per embedded chart, at /embed/<chart-id>/', () => {
		expect(readdirSync('build/embed').sort()).toEqual(EMBEDS.map((e) => e.id).sort());
	});

	describe.each(EMBEDS)('/embed/$id/', (embed) => {
		const html = () => read(`embed/${embed.id}/index.html`);

		it('has the chart: its title as the page heading, the drawing named and described, the links to the sentences on the article’s page', () => {
			expect(html()).toMatch(new RegExp(`<h1 id="${embed.heading}-heading" class="chart-title [^"]+">${embed.title}</h1>`, 'u'));
			expect(html()).toContain(`<title>${embed.title} — ${embed.from}</title>`);
			expect(html().match(/<svg class="image[^"]*" viewBox="0 0 400 \d+" preserveAspectRatio="xMinYMin meet" role="img"/gu)).toHaveLength(1);
			expect(html()).toContain(
				`<desc id="${embed.heading}-desc">As reported on 11 February 2020, quoting UN figures: Refugees who have fled Syria: at least 5.5 million (stock); Displaced inside Syria: more than 6 million (stock); Fled the offensive on Idlib: around 700,000 (flow).</desc>`
			);
			const hrefs = [...html().matchAll(/<a href="([^"]*)" target="_blank" aria-label="[^"]*" data-fig=/gu)].map((m) => m[1]);
			expect(hrefs).toEqual([`${ARTICLE_PAGE}#s15-1`, `${ARTICLE_PAGE}#s15-1`, `${ARTICLE_PAGE}#s11-1`]);
		});

		it('has its source line in the caption, and a link back to the chart on its page', () => {
			expect(html()).toMatch(/<figcaption class="[^"]+">Source: The New Arab, 11 February 2020, quoting UN figures\. /u);
			expect(html()).toMatch(
				new RegExp(
					`<p class="back [^"]+">From <a href="${embed.page}#${embed.heading}-heading">${embed.from}</a>, where every number links to the sentence it comes from\\.</p>`,
					'u'
				)
			);
			// Links open outside the frame.
			expect(html()).toContain('<base target="_blank"/>');
		});

		it('has nothing else: no script, no JSON-LD, no controls; its policy in a <meta> as every page has', () => {
			expect(html()).not.toMatch(/<script/iu);
			// No control in the markup (the page's shared stylesheet names `[data-enhance]` in a rule).
			expect(html()).not.toMatch(/<(button|details|textarea)|<[^>]*\sdata-enhance|<link rel="stylesheet"/iu);
			expect(html()).toMatch(/<head>\s*<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-[^']+'; img-src/u);
			// frame-ancestors is ignored in a <meta> (and logged as an error): the server sends it, for the other pages.
			expect(html()).not.toContain('frame-ancestors');
		});
	});

	it.each(EMBEDS)('$id: its page’s Embed control holds the code that frames it', (embed) => {
		const page = read(`${embed.page.slice(1)}index.html`);
		expect(page).toContain(`<textarea readonly="" aria-label="Embed code" data-citation="">${embedCode(embed)}</textarea>`);
	});

	it('the timeline of official counts has no Embed control', () => {
		const controls = (html: string) => html.match(/<details class="embed /gu)?.length ?? 0;
		expect(controls(read('index.html'))).toBe(2);
		expect(controls(read(`articles/${ARTICLE_ID}/index.html`))).toBe(2);
	});
});

describe('build/_headers', () => {
	const rules = () => headerRules(read('_headers'));
	/** The headers a host that reads _headers sends for `path`. */
	const headersOf = (path: string) => rules().filter((rule) => rule.matches(path)).flatMap((rule) => rule.headers);
	const DENY = [
		['Content-Security-Policy', "frame-ancestors 'none'"],
		['X-Frame-Options', 'DENY']
	];
	/** Every address a page of build/ is served at: /x/, /x/index.html and /x. */
	const pages = () =>
		readdirSync('build', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html'))
			.map((file) => `/${file.replace(/\\/gu, '/')}`);
	const addresses = (file: string) => {
		const folder = file.replace(/index\.html$/u, '');
		return folder === '/' ? ['/', '/index.html'] : [folder, file, folder.slice(0, -1)];
	};

	it('keeps every page but the embed pages from being framed, at every address it is served at', () => {
		const framed = pages().filter((file) => !file.startsWith('/embed/'));
		expect(framed).toContain('/index.html');
		expect(framed).toContain(`${ARTICLE_PAGE}index.html`);
		expect(framed).toContain('/workbench/index.html');
		for (const address of framed.flatMap(addresses)) expect(headersOf(address), address).toEqual(DENY);
	});

	it('lets any site frame the embed pages', () => {
		const embeds = pages().filter((file) => file.startsWith('/embed/'));
		expect(embeds).toHaveLength(EMBEDS.length);
		for (const address of embeds.flatMap(addresses)) expect(headersOf(address), address).toEqual([]);
	});
});
