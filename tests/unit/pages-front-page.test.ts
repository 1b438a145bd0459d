// The front page (src/lib/pages/front-page.ts): with the one shipped article, that article's
// figures linking into its page; with the collection written for the tests, the latest figure of
// each kind across articles, every figure on the timeline shaped by its source, and the list.
import { describe, expect, it } from 'vitest';
import { catalogue, servedFiles } from '$lib/export/catalogue';
import { articlePage } from '$lib/pages/article-page';
import { frontPage, frontShareImage } from '$lib/pages/front-page';
import { loadDataset } from '$lib/server/read-data';
import { ARTICLE_ID } from '../helpers/article';

const ARTICLE = `/articles/${ARTICLE_ID}/`;
const SUDAN = 'fixture-sudan-2024-05-02';
const LEBANON = 'fixture-lebanon-2024-10-10';
const RADIO = 'fixture-sudan-radio-2024-05-02';

describe('frontPage with the one shipped article', () => {
	const site = loadDataset();
	const page = frontPage(site, { downloads: catalogue(servedFiles(site)), origin: '', official: site.official });
	const own = articlePage(site, ARTICLE_ID, { downloads: [], origin: '', official: site.official });

	it('is titled after the site and shows the article’s displacement figures, each linking into the article’s page', () => {
		expect(page.head.title).toBe('Syria displacement figures, each linked to its sentence');
		expect(page.head.shareImage.href).toBe('/og.png');
		expect(page.headline).toBe(own.headline);
		expect(page.latest.figures.map((f) => [f.id, f.sentenceHref, f.from?.href])).toEqual([
			['syria-refugees', `${ARTICLE}#s15-1`, ARTICLE],
			['syria-idps', `${ARTICLE}#s15-1`, ARTICLE],
			['idlib-offensive-displaced', `${ARTICLE}#s11-1`, ARTICLE]
		]);
		// The same words and comparisons as on the article's page.
		expect(page.latest.figures.map((f) => [f.short, f.official?.sentence])).toEqual(own.keyFigures.map((f) => [f.short, f.official?.sentence]));
		expect(page.lede.find((part) => typeof part !== 'string' && !part.external)).toEqual({ text: 'the article’s page', href: ARTICLE, external: false });
	});

	it('draws the charts the article’s page draws, in the same words, linking into that page', () => {
		expect(page.charts!.bars.text).toEqual(own.charts!.bars.text);
		expect(page.charts!.squares.text).toEqual(own.charts!.squares.text);
		expect(page.charts!.bars.model.links.map((l) => l.href)).toEqual([`${ARTICLE}#s15-1`, `${ARTICLE}#s15-1`, `${ARTICLE}#s11-1`]);
		expect(page.charts!.squares.model.links.map((l) => l.href)).toEqual([`${ARTICLE}#s15-1`, `${ARTICLE}#s15-1`, `${ARTICLE}#s11-1`]);
	});

	it('puts every displacement figure on the timeline, the flow in a panel of its own, beside the official series', () => {
		const { chart, table } = page.timeline!;
		expect(chart.model.panels.map((p) => [p.title, p.lines.length, p.claims.map((c) => c.figureId)])).toEqual([
			['Refugees', 2, ['syria-refugees']],
			['Internally displaced people', 2, ['syria-idps']],
			['New displacement (fled during a period)', 0, ['idlib-offensive-displaced']]
		]);
		expect(chart.model.links.map((l) => l.href)).toEqual([`${ARTICLE}#s15-1`, `${ARTICLE}#s15-1`, `${ARTICLE}#s11-1`]);
		expect(chart.text.title).toBe('Refugees, internally displaced people and newly displaced people, Syria, 2011–2025: the article’s figures and the official counts');
		expect(table!.columns.map((c) => c.title)).toEqual(['All countries', 'Neighbouring countries', 'UNHCR', 'IDMC']);
		// The flow's panel has an axis of its own: 700,000 is not drawn against 8 million.
		const flow = chart.model.panels[2]!;
		expect(flow.countTicks.at(-1)!.label).toBe('800k');
		expect(chart.model.panels[0]!.countTicks.at(-1)!.label).toBe('8M');
	});

	it('lists the article with its figures, and sends old links to its sentences to its page', () => {
		expect(page.articles).toEqual([
			{
				title: site.articles[0]!.source.title,
				href: ARTICLE,
				publisher: 'The New Arab',
				published: '11 February 2020',
				publishedIso: '2020-02-11',
				figures: '6 figures, 3 of them on displacement',
				flag: null
			}
		]);
		expect(page.anchorsMovedTo).toBe(ARTICLE);
		// The article's own files are on its page, one click away; the front page offers the collection's.
		expect(page.downloads.map((d) => d.href)).toContain('/data/figures.csv');
		expect(page.downloads.filter((d) => d.href.startsWith('/data/articles/'))).toEqual([]);
		expect(frontShareImage(page)).toEqual({
			title: 'Syria’s displacement, in the article’s own words',
			figures: page.latest.figures.map(({ short, label, measure }) => ({ short, label, measure })),
			source: 'Source: The New Arab, 11 February 2020, quoting UN figures'
		});
	});
});

describe('frontPage of a collection (tests/fixtures/collection)', () => {
	const collection = loadDataset('tests/fixtures/collection');
	const page = frontPage(collection, { downloads: [], origin: '' });

	it('leads with the latest figure of each kind across the articles, naming its article', () => {
		expect(page.latest.title).toBe('Latest figures');
		expect(page.latest.figures.map((f) => [f.id, f.from?.text, f.sentenceHref])).toEqual([
			['lebanon-crossed', 'Test Daily, 10 October 2024', `/articles/${LEBANON}/#s6-1`],
			// Two counts of 2 May 2024: the first in figures.csv.
			['sudan-idps', 'Test Wire, 2 May 2024', `/articles/${SUDAN}/#s5-1`],
			['lebanon-displaced', 'Test Daily, 10 October 2024', `/articles/${LEBANON}/#s5-1`]
		]);
		expect(page.charts!.bars.text.caption).toMatch(
			/^Sources: Test Daily, 10 October 2024, quoting UNHCR and government figures; Test Wire, 2 May 2024, quoting UN figures\. /u
		);
		expect(page.charts!.bars.text.imageNote).toBe('Figures as reported from 2 May 2024 to 10 October 2024');
	});

	it('draws every figure of every article, shaped by whom it is attributed to, same-day figures side by side', () => {
		const { chart, table, about } = page.timeline!;
		expect([table, about]).toEqual([null, null]);
		expect(chart.text.title).toBe('Refugees, internally displaced people and newly displaced people, 2024: the articles’ figures');
		expect(chart.model.attributions.map((a) => `${a.glyph} ${a.name}`)).toEqual(['◆ UNHCR', '● UN', '■ IOM', '▲ government']);
		expect(chart.text.caption).toContain('its shape saying whom it is attributed to: ◆ UNHCR, ● UN, ■ IOM, ▲ government.');
		const idps = chart.model.panels.find((p) => p.key === 'idps-stock')!;
		const [un, iom] = idps.claims;
		expect([un!.figureId, iom!.figureId, un!.attribution, iom!.attribution]).toEqual(['sudan-idps', 'radio-sudan-idps', 1, 2]);
		expect(iom!.x - un!.x).toBeCloseTo(14, 5);
		expect(chart.model.links.find((l) => l.figureId === 'radio-sudan-idps')!.href).toBe(`/articles/${RADIO}/#s3-1`);
	});

	it('lists every article with how many figures it has, and tables every displacement figure with its article', () => {
		expect(page.articles.map((a) => [a.href, a.figures])).toEqual([
			[`/articles/${SUDAN}/`, '4 figures, 3 of them on displacement'],
			[`/articles/${LEBANON}/`, '3 figures'],
			[`/articles/${RADIO}/`, '2 figures'],
			[`/articles/fixture-chad-2024-06-20/`, 'no figures']
		]);
		expect(page.articles.map((a) => a.flag)).toEqual([null, null, null, 'No figure of this article is in the data yet: its page shows its text only.']);
		expect(page.table.figures.map((f) => f.from?.href)).toEqual([
			...Array(3).fill(`/articles/${SUDAN}/`),
			...Array(3).fill(`/articles/${LEBANON}/`),
			...Array(2).fill(`/articles/${RADIO}/`)
		]);
		expect(page.footer.trust).toBe(
			'The numbers are as reported by the articles, which name their sources: UN, UNHCR, Local medics, government and IOM (no source for one number); this site checks that each one matches its article’s words, not that it is true.'
		);
	});
});
