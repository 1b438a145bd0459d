// The model of an article's page (src/lib/pages/article-page.ts): every word the page prints,
// written from the data for one source id; pages.csv supplies what the figures cannot say, and
// without it the page uses plainer words that hold for any article.
import { describe, expect, it } from 'vitest';
import { catalogue, servedFiles } from '$lib/export/catalogue';
import { buildDataset, type Dataset, type SourcedFigure } from '$lib/figures/dataset';
import { INDICATORS } from '$lib/figures/schema';
import { articlePage, leadArticleId, shareImageOf, type ArticlePageModel } from '$lib/pages/article-page';
import { highlightStyle } from '$lib/pages/highlight-style';
import { loadDataset } from '$lib/server/read-data';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles, FIGURES_CSV } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const shipped = buildDataset(dataFiles());
/** The page of the first article of `dataset`. */
const front = (dataset: Dataset = shipped) => articlePage(dataset, leadArticleId(dataset), { downloads: [], origin: '' });
/** The lede as the reader sees it, its link's text inline. */
const lede = (page: ArticlePageModel) => page.lede.map((part) => (typeof part === 'string' ? part : part.text)).join('');

const FIXTURE = 'tests/fixtures/collection';
const SUDAN = 'fixture-sudan-2024-05-02';
const LEBANON = 'fixture-lebanon-2024-10-10';
const CHAD = 'fixture-chad-2024-06-20';

describe('articlePage on the shipped data', () => {
	const page = front();

	it('writes the head, headline and lede from the data and pages.csv', () => {
		expect(page.head).toEqual({
			title: 'Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020',
			// Absolute only: with no SITE_ORIGIN, no canonical link or og:url.
			url: null,
			description:
				'The displacement figures reported by The New Arab on 11 February 2020 as charts, each number linked to the exact sentence it comes from, with the data to download.',
			shareImage: {
				href: `/articles/${ARTICLE_ID}/og.png`,
				alt: '≥ 5.5M Refugees who have fled Syria; > 6M Displaced inside Syria; ≈ 700k Fled the offensive on Idlib',
				width: 1200,
				height: 630
			},
			highlightStyle: highlightStyle(['syria-refugees', 'syria-idps', 'idlib-offensive-displaced', 'nujaba-fighters', 'idlib-civilians-killed', 'idlib-killed-minors-share'])
		});
		expect(page.headline).toBe('Syria’s displacement, in the article’s own words');
		expect(page.lede).toEqual([
			'The numbers of people displaced by Syria’s war, as reported by ',
			{
				text: 'The New Arab on 11 February 2020',
				href: 'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile',
				external: true
			},
			', quoting UN figures. Every number links to the sentence it comes from.'
		]);
	});

	it('writes the charts’ note, titles, captions and the lines their images carry', () => {
		expect(page.charts!.note).toBe(
			'Stocks count the people displaced on the date reported; the flow counts the people who fled during one offensive. They are different measures, so they stand apart.'
		);
		expect(page.charts!.bars.text).toEqual({
			id: 'bars',
			title: 'People displaced, by measure',
			description:
				'As reported on 11 February 2020, quoting UN figures: Refugees who have fled Syria: at least 5.5 million (stock); Displaced inside Syria: more than 6 million (stock); Fled the offensive on Idlib: around 700,000 (flow).',
			caption:
				'Source: The New Arab, 11 February 2020, quoting UN figures. Solid bars are stocks (how many were displaced on that date); the hatched bar is a flow (how many fled during the offensive). An arrow marks “at least” or “more than”; a ragged end marks “around”.',
			imageSource: 'Source: The New Arab, 11 February 2020, quoting UN figures.',
			imageNote: 'Figures as reported on 11 February 2020',
			filename: 'displacement-bars'
		});
		expect(page.charts!.squares.text).toMatchObject({
			id: 'units',
			title: 'One square for every 100,000 people',
			caption:
				'Source: The New Arab, 11 February 2020, quoting UN figures. One square stands for 100,000 people. A dashed square after the last one marks “at least” or “more than”: the count goes on beyond it.',
			filename: 'displacement-units'
		});
	});

	it('names the other claims by what they count, and says whom the article credits', () => {
		expect(page.otherFigures!.note).toBe('Not displacement figures: fighters and casualties, shown apart.');
		expect(page.footer.trust).toBe(
			'The numbers are as reported by the article, which names its sources: UN, a war monitor and Syrian Observatory for Human Rights (no source for one number); this site checks that each one matches the article’s words, not that it is true.'
		);
	});

	// "attributes them to UN" and "according to UN" wanted a "the" that figures.csv does not hold;
	// "quoting a war monitor figures" was no English.
	it('reads an attribution as a name before “figures”, and a phrase of its own after them', () => {
		const monitored = buildDataset(dataFiles({ figures: FIGURES_CSV.replace(/,UN,/g, ',a war monitor,') }));
		const page = front(monitored);
		expect(lede(page)).toMatch(/, quoting figures from a war monitor\. Every number/u);
		expect(page.sourceLine).toBe('Source: The New Arab, 11 February 2020, quoting figures from a war monitor');
		expect(page.charts!.bars.text.description).toMatch(/^As reported on 11 February 2020, quoting figures from a war monitor: Refugees/u);
		expect(page.charts!.bars.text.caption).toMatch(/^Source: The New Arab, 11 February 2020, quoting figures from a war monitor\. /u);
		expect(page.footer.trust).toMatch(/^The numbers are as reported by the article, which names its sources: a war monitor and Syrian Observatory for Human Rights \(no source for one number\); /u);
		// A plural is no name before "figures" either: "local medics figures".
		const medics = front(buildDataset(dataFiles({ figures: FIGURES_CSV.replace(/,UN,/g, ',local medics,') })));
		expect(medics.charts!.bars.text.imageSource).toBe('Source: The New Arab, 11 February 2020, quoting figures from local medics.');
	});

	it('names one source in the singular', () => {
		const one = buildDataset(dataFiles({ figures: FIGURES_CSV.replace(/,(a war monitor|Syrian Observatory for Human Rights),/g, ',UN,') }));
		expect(front(one).footer.trust).toMatch(/^The numbers are as reported by the article, which names its source: UN \(no source for one number\); /u);
	});

	it('makes its share image’s and its embed codes’ addresses absolute with an origin, and changes nothing else', () => {
		const own = articlePage(shipped, ARTICLE_ID, { downloads: [], origin: 'https://example.org' });
		expect(own.head.shareImage.href).toBe(`https://example.org/articles/${ARTICLE_ID}/og.png`);
		expect(own.charts?.bars.embed?.code).toBe(
			`<iframe src="https://example.org/embed/${ARTICLE_ID}-bars/" title="People displaced, by measure" width="100%" height="556" style="border:0" loading="lazy"></iframe>`
		);
		const withoutAddresses = (model: ArticlePageModel) => ({
			...model,
			head: { ...model.head, shareImage: null, url: null },
			charts: model.charts && { ...model.charts, bars: { ...model.charts.bars, embed: null }, squares: { ...model.charts.squares, embed: null } }
		});
		expect(withoutAddresses(own)).toEqual(withoutAddresses(page));
		expect(own.charts?.squares.embed?.code.replace('https://example.org', '')).toBe(page.charts?.squares.embed?.code);
		expect(own.head.url).toBe(`https://example.org/articles/${ARTICLE_ID}/`);
	});

	it('offers no Embed control where its charts have no embed page (a draft in the workbench)', () => {
		const draft = articlePage(shipped, ARTICLE_ID, { downloads: [], origin: '', embeds: false });
		expect([draft.charts?.bars.embed, draft.charts?.squares.embed]).toEqual([undefined, undefined]);
		expect(page.charts?.bars.embed).toBeDefined();
	});

	it('lists the downloads with their exact sizes in words', () => {
		const downloads = catalogue(servedFiles(shipped));
		const listed = articlePage(shipped, ARTICLE_ID, { downloads, origin: '' }).downloads;
		// Every file but the one only tools need, which the data package points them to.
		expect(listed.map((d) => d.href)).toEqual(downloads.filter((d) => d.href !== '/data/figures.schema.json').map((d) => d.href));
		expect(downloads.map((d) => d.href)).toContain('/data/figures.schema.json');
		expect(listed.find((d) => d.name === 'sources.csv')!.size).toBe('420 bytes');
	});

	it('describes the article’s own files, names the collection’s, and says where those are described', () => {
		const page = articlePage(shipped, ARTICLE_ID, { downloads: catalogue(servedFiles(shipped)), origin: '' });
		expect(page.downloads.filter((d) => d.description !== null).map((d) => d.name)).toEqual([`${ARTICLE_ID}.txt`, `${ARTICLE_ID}.figures.csv`]);
		expect(page.downloads.find((d) => d.name === 'figures.hxl.csv')).toMatchObject({ title: 'Figures (HXL CSV)', description: null });
		expect(page.downloadsNote).toBe('Each of the collection’s files is described on the front page and in the data package.');
		// With nothing to download (the workbench's preview), the caller's words instead.
		expect(articlePage(shipped, ARTICLE_ID, { downloads: [], origin: '', downloadsNote: 'Not yet.' }).downloadsNote).toBe('Not yet.');
	});
});

describe('articlePage without words from pages.csv', () => {
	const withoutPages = buildDataset({ ...dataFiles(), pages: undefined });

	it('says where the people were displaced, and that the flow ran over a period', () => {
		const page = front(withoutPages);
		expect(lede(page)).toBe(
			'The numbers of people displaced in Syria, as reported by The New Arab on 11 February 2020, quoting UN figures. Every number links to the sentence it comes from.'
		);
		expect(page.charts!.note).toBe(
			'Stocks count the people displaced on the date reported; the flow counts the people who fled during a period. They are different measures, so they stand apart.'
		);
		expect(page.charts!.bars.text.caption).toContain('the hatched bar is a flow (how many fled during a period).');
	});

	it('never says “quoting figures” of figures the article credits to no one', () => {
		const anonymous = buildDataset(dataFiles({ figures: FIGURES_CSV.replace(/,(UN|a war monitor|Syrian Observatory for Human Rights),/g, ',,') }));
		const page = front(anonymous);
		expect(lede(page)).toBe(
			'The numbers of people displaced by Syria’s war, as reported by The New Arab on 11 February 2020. Every number links to the sentence it comes from.'
		);
		expect(page.sourceLine).toBe('Source: The New Arab, 11 February 2020');
		expect(page.charts!.bars.text.description).toMatch(/^As reported on 11 February 2020: Refugees who have fled Syria/);
		expect(page.footer.trust).toMatch(/^The numbers are as reported by the article, which names no source for them; /);
	});

	it('names in the legends only the marks the charts draw', () => {
		// The page model trusts a validated dataset; qualifiers are changed here to see every legend.
		const qualified = (changes: Record<string, Partial<SourcedFigure>>): Dataset => ({
			...shipped,
			figures: shipped.figures.map((f) => ({ ...f, ...changes[f.id] }))
		});
		const page = front(
			qualified({
				'syria-refugees': { qualifier: 'range', value: 5_000_000, upper: 5_500_000 },
				'syria-idps': { qualifier: 'at_most' },
				'idlib-offensive-displaced': { qualifier: 'nearly' }
			})
		);
		expect(page.charts!.bars.text.caption).toBe(
			'Source: The New Arab, 11 February 2020, quoting UN figures. Solid bars are stocks (how many were displaced on that date); the hatched bar is a flow (how many fled during the offensive). A ragged end marks “nearly”; a dashed box runs to the top of a range; a line across the end marks “up to”.'
		);
		expect(page.charts!.squares.text.caption).toBe(
			'Source: The New Arab, 11 February 2020, quoting UN figures. One square stands for 100,000 people. Dashed squares run up to the top of a range.'
		);
		const exact = front(qualified({ 'syria-refugees': { qualifier: 'exact' }, 'syria-idps': { qualifier: 'exact' }, 'idlib-offensive-displaced': { qualifier: 'exact' } }));
		expect(exact.charts!.bars.text.caption).toBe(
			'Source: The New Arab, 11 February 2020, quoting UN figures. Solid bars are stocks (how many were displaced on that date); the hatched bar is a flow (how many fled during the offensive).'
		);
		expect(exact.charts!.squares.text.caption).toBe('Source: The New Arab, 11 February 2020, quoting UN figures. One square stands for 100,000 people.');
	});

	it('words a chart of stocks alone, or of flows alone, without comparing them', () => {
		const only = (measure: 'stock' | 'flow'): Dataset => ({ ...shipped, figures: shipped.figures.filter((f) => f.measure === measure) });
		expect(front(only('stock')).charts!.note).toBe('Stocks count the people displaced on the date reported.');
		expect(front(only('flow')).charts!.note).toBe('The flow counts the people who fled during one offensive.');
		expect(front({ ...shipped, figures: [] }).charts).toBeNull();
	});
});

describe('articlePage wording for other data', () => {
	const changed = (change: (f: SourcedFigure) => Partial<SourcedFigure> | null): Dataset => ({
		...shipped,
		figures: shipped.figures.flatMap((f) => {
			const fields = change(f);
			return fields === null ? [] : [{ ...f, ...fields }];
		})
	});

	it('capitalises a place that begins with “the”, and gives a name ending in s an apostrophe alone', () => {
		const page = front(changed(() => ({ country: 'the Philippines', country_iso3: 'PHL' })));
		expect(page.headline).toBe('The Philippines’ displacement, in the article’s own words');
		expect(page.head.title).toBe('The Philippines’ displacement, in the article’s own words: The New Arab, 11 February 2020');
		expect(lede(page)).toMatch(/^The numbers of people displaced by Syria’s war, as reported by /);
		const withoutWords = front({ ...changed(() => ({ country: 'the Philippines', country_iso3: 'PHL' })), articles: [{ ...shipped.articles[0]!, pageWords: null }] });
		expect(lede(withoutWords)).toMatch(/^The numbers of people displaced in the Philippines, as reported by /);
	});

	it('names several places as a list', () => {
		const page = front(changed((f) => (f.id === 'syria-idps' ? { country: 'Lebanon', country_iso3: 'LBN' } : {})));
		expect(page.headline).toBe('Syria and Lebanon’s displacement, in the article’s own words');
	});

	it('words several flows in the plural', () => {
		const twoFlows = changed((f) => (f.id === 'syria-idps' ? { measure: 'flow', indicator: 'new_displacement' } : {}));
		const page = front(twoFlows);
		expect(page.charts!.note).toBe(
			'Stocks count the people displaced on the date reported; flows count the people who fled during the offensive. They are different measures, so they stand apart.'
		);
		expect(page.charts!.bars.text.caption).toContain('The solid bar is a stock (how many were displaced on that date); hatched bars are flows (how many fled during the offensive).');
	});

	it('words the page of an article without displacement figures after its other figures', () => {
		const page = front(changed((f) => (INDICATORS[f.indicator].group === 'displacement' ? null : {})));
		expect(page.headline).toBe('Figures on Syria, in the article’s own words');
		expect(lede(page)).toBe(
			'The numbers in the article, as reported by The New Arab on 11 February 2020, quoting figures from a war monitor and Syrian Observatory for Human Rights. Every number links to the sentence it comes from.'
		);
		expect(page.head.description).toBe(
			'The figures reported by The New Arab on 11 February 2020, each number linked to the exact sentence it comes from, with the data to download.'
		);
		expect([page.keyFigures, page.charts]).toEqual([[], null]);
		expect(page.head.shareImage.alt).toBe('8,000–10,000 Fighters in Harakat Hezbollah al-Nujaba; ≥ 12 Civilians killed by airstrikes on Idlib; half Share of those killed who were minors');
		expect(shareImageOf(page).figures.map((f) => f.short)).toEqual(['8,000–10,000', '≥ 12', 'half']);
	});

	it('leads its share image with four figures at most', () => {
		const many = { ...shipped, figures: [...shipped.figures, ...shipped.figures.map((f) => ({ ...f, id: `${f.id}-again` }))] };
		expect(shareImageOf(front(many)).figures).toHaveLength(4);
	});
});

describe('articlePage in a collection (tests/fixtures/collection)', () => {
	const collection = loadDataset(FIXTURE);

	it('takes the first article of sources.csv as the lead', () => {
		expect(leadArticleId(collection)).toBe(SUDAN);
		expect(front(collection).headline).toBe('Sudan’s displacement, in the article’s own words');
	});

	it('gives each article a page of its own figures, sentences and words', () => {
		const sudan = articlePage(collection, SUDAN, { downloads: [], origin: '' });
		const lebanon = articlePage(collection, LEBANON, { downloads: [], origin: '' });
		expect(sudan.table!.figures.map((f) => f.id)).toEqual(['sudan-idps', 'sudan-refugees', 'el-fasher-fled', 'el-fasher-killed']);
		expect(lebanon.table!.figures.map((f) => f.id)).toEqual(['lebanon-displaced', 'lebanon-crossed', 'lebanon-crossed-children']);
		// Sentence anchors are per page: both articles have an s5-1, each on its own page.
		expect(sudan.keyFigures[0]!.sentenceId).toBe('s5-1');
		expect(lebanon.keyFigures[0]!.sentenceId).toBe('s5-1');
		expect(lede(sudan)).toBe(
			'The numbers of people displaced by Sudan’s war, as reported by Test Wire on 2 May 2024, quoting UN and UNHCR figures. Every number links to the sentence it comes from.'
		);
		expect(lede(lebanon)).toBe(
			'The numbers of people displaced in Lebanon, as reported by Test Daily on 10 October 2024, quoting government and UNHCR figures. Every number links to the sentence it comes from.'
		);
		expect(sudan.charts!.note).toBe(
			'Stocks count the people displaced on the date reported; the flow counts the people who fled during one week of fighting. They are different measures, so they stand apart.'
		);
		expect(sudan.charts!.bars.text.caption).toBe(
			'Source: Test Wire, 2 May 2024, quoting UN and UNHCR figures. Solid bars are stocks (how many were displaced on that date); the hatched bar is a flow (how many fled during the week of fighting). An arrow marks “more than”; a ragged end marks “around” or “nearly”.'
		);
		expect(sudan.otherFigures!.note).toBe('Not displacement figures: casualties, shown apart.');
		expect(lebanon.otherFigures).toBeNull();
		// The way to the other articles is the front page: one link, however many there are.
		expect(sudan.site).toEqual({ text: 'Sudan and Lebanon displacement figures: all 4 articles', href: '/', external: false });
		expect(front().site).toEqual({ text: 'Syria displacement figures', href: '/', external: false });
	});

	it('offers on an article’s page the collection’s files and its own text and figures, its figures first', () => {
		const files = servedFiles(collection);
		const downloads = catalogue(files);
		const own = (page: ArticlePageModel) => page.downloads.filter((d) => d.href.startsWith('/data/articles/')).map((d) => d.name);
		const lebanon = articlePage(collection, LEBANON, { downloads, origin: '' });
		expect(own(lebanon)).toEqual([`${LEBANON}.txt`, `${LEBANON}.figures.csv`]);
		expect(own(articlePage(collection, SUDAN, { downloads, origin: '' }))).toEqual([`${SUDAN}.txt`, `${SUDAN}.figures.csv`]);
		expect(lebanon.downloads.map((d) => d.href)).toContain('/data/figures.csv');
		expect(lebanon.figuresCsv).toEqual({ href: `/data/articles/${LEBANON}.figures.csv`, name: `${LEBANON}.figures.csv` });
		// Its own rows of the collection's figures.csv, header and all, in the same order.
		const body = (href: string) => files.find((f) => f.href === href)!.body.trimEnd().split('\r\n');
		const [header, ...rows] = body('/data/figures.csv');
		expect(body(lebanon.figuresCsv!.href)).toEqual([header, ...rows.filter((row) => row.split(',')[1] === LEBANON)]);
		expect(rows.filter((row) => row.split(',')[1] === LEBANON)).toHaveLength(3);
	});

	it('publishes an article with no figure yet as its text, flagged, with no empty table, chart or download button', () => {
		const downloads = catalogue(servedFiles(collection));
		const chad = articlePage(collection, CHAD, { downloads, origin: '' });
		expect(chad.flag).toBe('No figure of this article is in the data yet: its page shows its text only.');
		expect(chad.headline).toBe('The article, in its own words');
		expect(lede(chad)).toBe('The article as published by Test Wire on 20 June 2024.');
		expect(chad.head.description).toBe(
			'The text of “Camps in eastern Chad brace for the rains”, Test Wire, 20 June 2024. No figure of this article is in the data yet: its page shows its text only.'
		);
		expect([chad.keyFigures, chad.charts, chad.otherFigures, chad.table, chad.figuresCsv]).toEqual([[], null, null, null, null]);
		expect(chad.article.note).toBe('“Camps in eastern Chad brace for the rains”, Test Wire, 20 June 2024, as published (typos included).');
		const parts = chad.article.paragraphs.flatMap((p) => p.sentences.flatMap((sentence) => sentence.parts));
		expect(parts.map((part) => part.text).join(' ')).toContain('Some 600,000 people have arrived from Sudan since the war began, the government said.');
		expect(parts.filter((part) => part.figure !== null)).toEqual([]);
		// Its figures file is there, at the address its rows will have, with the header alone.
		expect(chad.downloads.filter((d) => d.href.startsWith('/data/articles/')).map((d) => d.name)).toEqual([`${CHAD}.txt`, `${CHAD}.figures.csv`]);
		expect(servedFiles(collection).find((f) => f.name === `${CHAD}.figures.csv`)!.body).toMatch(/^id,source,[^\n]*\r\n$/u);
		expect(chad.footer.trust).toBe('When its figures are added, this site checks that each one matches the article’s words, not that it is true.');
		// An article with figures has none of it.
		expect(articlePage(collection, LEBANON, { downloads, origin: '' }).flag).toBeNull();
	});

	it('keeps a displacement share a key figure, out of the charts, and words a lone stock in the singular', () => {
		const lebanon = articlePage(collection, LEBANON, { downloads: [], origin: '' });
		expect(lebanon.keyFigures.map((f) => f.short)).toEqual(['≈ 600k', '> 300k', 'half']);
		expect(lebanon.charts!.bars.model.links.map((l) => l.figureId)).toEqual(['lebanon-crossed', 'lebanon-displaced']);
		expect(lebanon.charts!.bars.text.caption).toBe(
			'Source: Test Daily, 10 October 2024, quoting government and UNHCR figures. The solid bar is a stock (how many were displaced on that date); the hatched bar is a flow (how many fled during a period). An arrow marks “more than”; a ragged end marks “around”.'
		);
		expect(lebanon.footer.trust).toBe(
			'The numbers are as reported by the article, which names its sources: government and UNHCR (no source for one number); this site checks that each one matches the article’s words, not that it is true.'
		);
	});
});

describe('articlePage beside the official counts', () => {
	const site = loadDataset();
	const page = articlePage(site, ARTICLE_ID, { downloads: [], origin: '', official: site.official });
	const official = (id: string) => page.keyFigures.find((f) => f.id === id)!.official;

	it('sets each displacement stock beside the count of its series, worded as agreement, with how its words were read', () => {
		expect(official('syria-refugees')).toEqual({
			sentence:
				'The article’s “at least 5.5 million” is consistent with UNHCR’s count of 5,516,668 Syrian refugees in Türkiye, Lebanon, Jordan, Iraq and Egypt at the end of 2019 (6,615,249 in all countries).',
			reading: '“At least” is read as the number or more: 5,500,000 or more.',
			source: 'UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0)',
			href: '/data/comparisons.csv'
		});
		expect(official('syria-idps')?.sentence).toBe(
			'The article’s “more than 6 million” is consistent with UNHCR’s count of 6,146,994 people internally displaced in Syria at the end of 2019 (IDMC’s estimate: 6,495,000).'
		);
	});

	it('says why the flow has no official count instead of comparing it with a stock', () => {
		expect(official('idlib-offensive-displaced')).toMatchObject({ reading: null, source: null });
		expect(official('idlib-offensive-displaced')?.sentence).toMatch(/^The article’s “around 700,000” has no official count to compare it with: it counts people who fled during a period \(a flow\)/u);
	});

	it('explains the official counts once, and only where it shows them', () => {
		expect(page.official?.chart.text.caption).toMatch(
			/^Sources: UNHCR Refugee Population Statistics Database, release 2025\.12\.1 \(CC BY 4\.0\); © IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database, release 2025\.12\.1 \(CC BY 4\.0\); the article’s figures: The New Arab, 11 February 2020, quoting UN figures\. /u
		);
		expect(page.official?.about).toContain('UNHCR revises past years with each release');
		expect(page.official?.about).toContain('so their counts of the internally displaced differ');
		expect(front().official).toBeNull();
		expect(front().keyFigures.every((f) => f.official === null)).toBe(true);
	});
});

describe('articlePage with a figure about an area (a test copy of the data with a figure about the world)', () => {
	const page = front(buildDataset(worldFiles()));

	it('names the area in its headline as a sentence says it, and in the site’s name by its M49 name', () => {
		expect(page.headline).toBe('Syria and the world’s displacement, in the article’s own words');
		expect(page.site.text).toBe('Syria and World displacement figures');
	});

	it('shows the area as the place of its figure, and credits its source', () => {
		expect(lede(page)).toContain('quoting UN and UNHCR figures');
		expect(page.table!.figures.find((f) => f.id === 'world-refugees')?.place).toBe('World');
	});
});
