// lib/pages/embed-page.ts: the charts' embed pages, taken from the pages' own models.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/figures/dataset';
import { articlePage, articlePath } from '$lib/pages/article-page';
import { chartEmbed, embedHeight, embedId, embedPages, EMBED_WIDTH } from '$lib/pages/embed-page';
import { frontPage } from '$lib/pages/front-page';
import type { ChartText } from '$lib/pages/chart-text';
import { loadDataset } from '$lib/server/read-data';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles } from '../helpers/data';

const shipped = buildDataset(dataFiles());
const article = articlePage(shipped, ARTICLE_ID, { downloads: [], origin: '' });
const front = frontPage(shipped, { downloads: [], origin: '' });

const text = (title: string, caption = 'Source: somewhere.'): ChartText => ({
	id: 'bars',
	title,
	description: '',
	caption,
	imageSource: '',
	imageNote: '',
	filename: ''
});

describe('embedId(kind, articleId)', () => {
	it('names an article’s chart after the article, and the front page’s after its kind alone', () => {
		expect(embedId('bars', ARTICLE_ID)).toBe(`${ARTICLE_ID}-bars`);
		expect(embedId('squares', ARTICLE_ID)).toBe(`${ARTICLE_ID}-squares`);
		expect(embedId('bars')).toBe('bars');
	});
});

describe('chartEmbed(kind, text, geometry, source)', () => {
	const page = { text: 'A page', href: '/articles/a/' };

	it('writes an <iframe> of the embed page, titled after the chart, site-relative or at the origin', () => {
		const geometry = { width: 400, height: 200 };
		const relative = chartEmbed('squares', text('Squares'), geometry, { articleId: 'a', page, origin: '' });
		const height = embedHeight(text('Squares'), geometry, ['From ', { text: 'A page', href: '/articles/a/#bars-heading', external: false }, ', where every number links to the sentence it comes from.']);
		expect(relative).toEqual({
			id: 'a-squares',
			from: { text: 'A page', href: '/articles/a/#bars-heading' },
			code: `<iframe src="/embed/a-squares/" title="Squares" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`
		});
		expect(chartEmbed('squares', text('Squares'), geometry, { articleId: 'a', page, origin: 'https://example.org' }).code).toContain(
			'<iframe src="https://example.org/embed/a-squares/" '
		);
	});

	it('escapes the title for its attribute', () => {
		expect(chartEmbed('bars', text('Aid & “help” <now> "quoted"'), { width: 400, height: 100 }, { page, origin: '' }).code).toContain(
			'title="Aid &amp; “help” &lt;now> &quot;quoted&quot;"'
		);
	});

	it('is as tall as the chart at the width it is sized for, with room for every line of its words', () => {
		const back = ['From here.'];
		const short = embedHeight(text('Title'), { width: 400, height: 200 }, back);
		// 12 + 21 (one title line) + 8 + 200 × 536 / 400 + 8 + 20.4 (one caption line) + 8 + 20.4 (the line back) + 12
		expect(short).toBe(Math.ceil(24 + 21 + 8 + 268 + 8 + 20.4 + 8 + 20.4));
		expect(embedHeight(text('Title'), { width: 400, height: 400 }, back) - short).toBe(268);
		// A caption three times the width takes more lines, each 20.4 px.
		const long = 'word '.repeat(Math.ceil((3 * EMBED_WIDTH) / 30));
		expect(embedHeight(text('Title', long), { width: 400, height: 200 }, back)).toBeGreaterThanOrEqual(short + 3 * 20.4 - 1);
	});
});

describe('embedPages(charts, path)', () => {
	it('gives an article’s bar and square charts embed pages that link to the sentences on the article’s page', () => {
		const pages = embedPages(article.charts, articlePath(ARTICLE_ID));
		expect(pages.map((p) => p.id)).toEqual([`${ARTICLE_ID}-bars`, `${ARTICLE_ID}-squares`]);
		expect(pages.map((p) => p.chart.kind)).toEqual(['bars', 'squares']);
		for (const page of pages) {
			expect(page.chart.chart.model.links.map((l) => l.href)).toEqual([
				`/articles/${ARTICLE_ID}/#s15-1`,
				`/articles/${ARTICLE_ID}/#s15-1`,
				`/articles/${ARTICLE_ID}/#s11-1`
			]);
		}
		// The chart's words are the page's own.
		expect(pages[0]!.chart.chart.text).toEqual(article.charts!.bars.text);
		expect(pages[0]!.head.title).toBe('People displaced, by measure — Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020');
		expect(pages[1]!.back).toEqual([
			'From ',
			{ text: 'Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020', href: `/articles/${ARTICLE_ID}/#units-heading`, external: false },
			', where every number links to the sentence it comes from.'
		]);
	});

	it('keeps the front page’s links, which already go to the articles’ pages, and links back to /', () => {
		const pages = embedPages(front.charts);
		expect(pages.map((p) => p.id)).toEqual(['bars', 'squares']);
		expect(pages[0]!.chart.chart.model).toBe(front.charts!.bars.model);
		expect(pages[0]!.back[1]).toEqual({ text: 'Syria displacement figures', href: '/#bars-heading', external: false });
	});

	it('makes none for a page without charts: in a collection, a pair for each article with displacement figures', () => {
		expect(embedPages(null)).toEqual([]);
		const collection = loadDataset('tests/fixtures/collection');
		const ids = collection.articles.flatMap(({ source }) =>
			embedPages(articlePage(collection, source.id, { downloads: [], origin: '' }).charts, articlePath(source.id)).map((p) => p.id)
		);
		// fixture-chad-2024-06-20 has no figure yet, so no chart.
		expect(ids).toEqual(
			['fixture-sudan-2024-05-02', 'fixture-lebanon-2024-10-10', 'fixture-sudan-radio-2024-05-02'].flatMap((id) => [`${id}-bars`, `${id}-squares`])
		);
	});
});
