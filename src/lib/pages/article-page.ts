/**
 * Everything an article's page says and draws, written for one source id at build time from
 * the dataset: its head and share image, headline and lede, key figures, the two charts with
 * their titles, descriptions, captions and source lines, the other claims, the marked article,
 * the table and the downloads. The page and its components print this and compute nothing, so
 * no words about one article live in code: they come from data/ (pages.csv where the figures
 * cannot say them).
 */
import { barChart, type BarChartModel } from '../charts/bars';
import { squareChart, type SquareChartModel } from '../charts/squares';
import { figureInWords, fileSize, listInWords, longDate, QUALIFIER_WORDS } from '../display/format';
import { capitalise, placesInWords, possessive, siteName, unique } from '../display/names';
import { articleDownloads, articleFiguresHref, isOwnArticleFile, type Download } from '../export/catalogue';
import type { Dataset, SourcedFigure } from '../figures/dataset';
import { INDICATORS, type Source } from '../figures/schema';
import { compareFigures, type Official } from '../official';
import type { Qualifier } from '../quantities';
import type { Chart, ChartText } from './chart-text';
import { chartEmbed, type EmbedSource } from './embed-page';
import { articleParagraphs, omittedFurniture, type ParagraphView } from './article-text';
import { figureView, type FigureView } from './figure-view';
import { highlightStyle } from './highlight-style';
import { timelineSection, type TimelineSection } from './timeline-view';
import { SHARE_IMAGE, type ShareImage } from './share-image';

/** A link inside a sentence. */
export interface Link {
	text: string;
	href: string;
	/** A page of another site: rel="external noopener". */
	external: boolean;
}

/** A sentence with links in it, as text and links in reading order. */
export type Phrase = (string | Link)[];

export type { Chart, ChartText } from './chart-text';

export interface DownloadView {
	href: string;
	name: string;
	title: string;
	/** What it holds; null where the page names it only (an article page's list of the collection's files). */
	description: string | null;
	/** "4.2 KB", exact to the bytes served. */
	size: string;
}

/** What a page says in its <head>: title, description, share image, and its highlighting CSS. */
export interface PageHead {
	title: string;
	description: string;
	/** The page's own address, for its canonical link and og:url: absolute, so null without SITE_ORIGIN. */
	url: string | null;
	shareImage: { href: string; alt: string; width: number; height: number };
	/** The CSS that lights up a figure's views together on hover and focus (highlight-style.ts). */
	highlightStyle: string;
}

export interface ArticlePageModel {
	head: PageHead;
	headline: string;
	lede: Phrase;
	/** Set when no figure of the article is in the data yet: the page then shows its text only. */
	flag: string | null;
	keyFigures: FigureView[];
	/** Null when the article has no count of displaced people to draw. */
	charts: { note: string; bars: Chart<BarChartModel>; squares: Chart<SquareChartModel> } | null;
	/** The official counts over time with the article's figures on them; null when no figure names a series with data. */
	official: TimelineSection | null;
	/** Null when every figure of the article is a displacement figure. */
	otherFigures: { note: string; figures: FigureView[] } | null;
	article: { note: string; paragraphs: ParagraphView[]; omitted: string | null };
	/** Null when the article has no figure yet. */
	table: { caption: string; figures: FigureView[] } | null;
	/** The figures CSV, offered as the page's main download; null if the catalogue has none or the article has no figure. */
	figuresCsv: { href: string; name: string } | null;
	downloads: DownloadView[];
	/** Said under the list (where the collection's files are described), or in its place when there is nothing to download yet (the workbench's preview). */
	downloadsNote: string | null;
	/** The way to the front page, above the headline: the site's name, and how many articles it holds. */
	site: Link;
	footer: { source: Phrase; trust: string };
	/** "Source: The New Arab, 11 February 2020, quoting UN figures", for the share image. */
	sourceLine: string;
}

export interface ArticlePageOptions {
	/** The catalogue of the whole site; an article's page offers its part of it. */
	downloads: readonly Download[];
	/** SITE_ORIGIN, or "" for site-relative URLs. */
	origin: string;
	/** What the page says instead when `downloads` is empty: a draft not yet published has none. */
	downloadsNote?: string;
	/** False for a page with no embed pages of its charts (the workbench's preview of a draft): no Embed control. */
	embeds?: boolean;
	/** The official datasets and series, when data/ has them: key figures are set beside them. */
	official?: Official;
}

/** Every page's way to the workbench, beside the way to the front page. */
export const WORKBENCH_LINK: Link = { text: 'Bring your own article', href: '/workbench/', external: false };

/** Under an article page's list of downloads, whose collection files are named only. */
export const COLLECTION_FILES_NOTE = 'Each of the collection’s files is described on the front page and in the data package.';

/** What the pages say of an article none of whose figures is in the data yet. */
export const NO_FIGURES_FLAG = 'No figure of this article is in the data yet: its page shows its text only.';

/** Where an article's own page is. */
export const articlePath = (sourceId: string) => `/articles/${sourceId}/`;


/** How many figures the share image has room for, side by side. */
const SHARE_IMAGE_FIGURES = 4;

/** The figures a page leads with on its share image: its key figures, or its others when it has none. */
function leadingFigures<T>(keyFigures: readonly T[], otherFigures: readonly T[]): T[] {
	return (keyFigures.length > 0 ? keyFigures : otherFigures).slice(0, SHARE_IMAGE_FIGURES);
}

const QUALIFIER_ORDER = Object.keys(QUALIFIER_WORDS) as Qualifier[];

/** "“at least” or “more than”": how the qualifiers of `drawn` marks are written, in vocabulary order. */
function qualifiersInWords(drawn: readonly { qualifier: Qualifier }[]): string {
	return unique(drawn.map((mark) => mark.qualifier))
		.sort((a, b) => QUALIFIER_ORDER.indexOf(a) - QUALIFIER_ORDER.indexOf(b))
		.map((q) => `“${QUALIFIER_WORDS[q]}”`)
		.join(' or ');
}

/** Whom figures are attributed to, in words ("UN, a war monitor and …"); empty when to no one. */
export function attributions(figures: readonly SourcedFigure[]): string {
	return listInWords(attributedTo(figures));
}

function attributedTo(figures: readonly SourcedFigure[]): string[] {
	return unique(figures.flatMap((f) => f.attributed_to ?? []));
}

/**
 * ", quoting UN figures", as the article says "according to UN figures"; "" when the figures are
 * attributed to no one. figures.csv holds names as the article gives them, without the "the" a
 * sentence may need around them ("UN"), so they are read before "figures", as "government
 * figures" is. A phrase with its own article or quantity ("a war monitor", "the ministry",
 * "some officials") or a plural ("local medics") cannot be, and comes after: ", quoting figures
 * from a war monitor".
 */
export function quotingFigures(figures: readonly SourcedFigure[]): string {
	const names = attributedTo(figures);
	if (names.length === 0) return '';
	const readAfter = names.some((name) => /^(?:an?|the|some|several|two|three) /iu.test(name) || /\p{Ll}s$/u.test(name));
	return readAfter ? `, quoting figures from ${listInWords(names)}` : `, quoting ${listInWords(names)} figures`;
}

function countOf<T>(items: readonly T[], test: (item: T) => boolean): number {
	return items.filter(test).length;
}

/** Whose charted figures they are and when they were reported, as the charts' words say it. */
export interface ChartsCredit {
	/** "on 11 February 2020", or "from 2 May 2024 to 10 October 2024" for figures of several articles. */
	reported: string;
	/** ", quoting UN figures" (quotingFigures), or "" when the figures are attributed to no one. */
	quoting: string;
	/** pages.csv's noun for what the flows fled, or null. */
	fledDuring: string | null;
	/** "Source: The New Arab, 11 February 2020, quoting UN figures" */
	sourceLine: string;
}

/** What is known of the article that its sentences are made of. */
interface Article extends ChartsCredit {
	source: Source;
	published: string;
	/** "The New Arab, 11 February 2020, quoting UN figures" */
	credit: string;
}

/** The charts' note on why stocks and flows stand apart. */
function chartsNote(charted: readonly SourcedFigure[], fledDuring: string | null): string {
	const flows = countOf(charted, (f) => f.measure === 'flow');
	const stocks = 'Stocks count the people displaced on the date reported';
	const during = (article: string) => (fledDuring ? `${article} ${fledDuring}` : 'a period');
	const flow =
		flows === 1
			? `the flow counts the people who fled during ${during('one')}`
			: `flows count the people who fled during ${during('the')}`;
	if (flows === 0) return `${stocks}.`;
	if (flows === charted.length) return `${capitalise(flow)}.`;
	return `${stocks}; ${flow}. They are different measures, so they stand apart.`;
}

/** What the bar chart's marks mean, naming only the marks it draws. */
function barLegend(bars: BarChartModel, charted: readonly SourcedFigure[], fledDuring: string | null): string {
	const drawn = bars.panels.flatMap((p) => p.bars);
	const stocks = countOf(charted, (f) => f.measure === 'stock');
	const flows = countOf(charted, (f) => f.measure === 'flow');
	const during = fledDuring ? `the ${fledDuring}` : 'a period';
	const fills = [
		stocks === 1 ? 'the solid bar is a stock (how many were displaced on that date)' : '',
		stocks > 1 ? 'solid bars are stocks (how many were displaced on that date)' : '',
		flows === 1 ? `the hatched bar is a flow (how many fled during ${during})` : '',
		flows > 1 ? `hatched bars are flows (how many fled during ${during})` : ''
	];
	const open = qualifiersInWords(drawn.filter((b) => b.arrow));
	const ragged = qualifiersInWords(drawn.filter((b) => b.ragged));
	const ceiling = qualifiersInWords(drawn.filter((b) => b.ceilingLine));
	const marks = [
		open && `an arrow marks ${open}`,
		ragged && `a ragged end marks ${ragged}`,
		drawn.some((b) => b.spanBox) ? 'a dashed box runs to the top of a range' : '',
		ceiling && `a line across the end marks ${ceiling}`
	];
	return [fills, marks]
		.map((clauses) => clauses.filter(Boolean))
		.filter((clauses) => clauses.length > 0)
		.map((clauses) => `${capitalise(clauses.join('; '))}.`)
		.join(' ');
}

/** What the square chart's marks mean, naming only the marks it draws. */
function squareLegend(squares: SquareChartModel): string {
	const groups = squares.sections.flatMap((s) => s.groups);
	const open = qualifiersInWords(groups.filter((g) => g.openSquare));
	return [
		`One square stands for ${squares.peoplePerSquare.toLocaleString('en-GB')} people.`,
		open && `A dashed square after the last one marks ${open}: the count goes on beyond it.`,
		groups.some((g) => g.rangeSquares.length > 0) ? 'Dashed squares run up to the top of a range.' : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** The bar and square charts of `charted`, with their words, and with `embeds` the code that frames each on another site. */
export function displacementCharts(charted: readonly SourcedFigure[], article: ChartsCredit, embeds?: EmbedSource): ArticlePageModel['charts'] {
	if (charted.length === 0) return null;
	const description = `As reported ${article.reported}${article.quoting}: ${charted
		.map((f) => `${f.label}: ${figureInWords(f)} (${f.measure})`)
		.join('; ')}.`;
	const text = (id: string, title: string, legend: string, filename: string): ChartText => ({
		id,
		title,
		description,
		caption: `${article.sourceLine}. ${legend}`,
		imageSource: `${article.sourceLine}.`,
		imageNote: `Figures as reported ${article.reported}`,
		filename
	});
	const bars = barChart(charted);
	const squares = squareChart(charted);
	const perSquare = squares.peoplePerSquare.toLocaleString('en-GB');
	const barsText = text('bars', 'People displaced, by measure', barLegend(bars, charted, article.fledDuring), 'displacement-bars');
	// Its element ids and file names keep the "units" the page has always used, so links to them hold.
	const squaresText = text('units', `One square for every ${perSquare} people`, squareLegend(squares), 'displacement-units');
	return {
		note: chartsNote(charted, article.fledDuring),
		bars: { text: barsText, model: bars, ...(embeds && { embed: chartEmbed('bars', barsText, bars, embeds) }) },
		squares: { text: squaresText, model: squares, ...(embeds && { embed: chartEmbed('squares', squaresText, squares, embeds) }) }
	};
}

/** Whose the numbers are, whom they are attributed to, and what the site does and does not check. */
export function footerTrust(figures: readonly SourcedFigure[], articles = 1): string {
	if (figures.length === 0) return 'When its figures are added, this site checks that each one matches the article’s words, not that it is true.';
	const credited = attributions(figures);
	const unnamed = countOf(figures, (f) => f.attributed_to === null);
	const unnamedWords = unnamed === 1 ? 'one number' : `${unnamed} numbers`;
	const [by, name, its] = articles === 1 ? ['the article', 'names', 'its'] : ['the articles', 'name', 'their'];
	const sources = attributedTo(figures).length === 1 ? 'source' : 'sources';
	// The names follow a colon, as a list: "attributes them to UN" would want a "the" the data does not hold.
	const whom =
		credited === ''
			? `which ${name} no source for them`
			: `which ${name} ${its} ${sources}: ${credited}${unnamed > 0 ? ` (no source for ${unnamedWords})` : ''}`;
	return `The numbers are as reported by ${by}, ${whom}; this site checks that each one matches ${articles === 1 ? 'the article’s' : 'its article’s'} words, not that it is true.`;
}

export function downloadView(d: Download): DownloadView {
	return { href: d.href, name: d.name, title: d.title, description: d.description, size: fileSize(d.bytes) };
}

/** The page of the article `sourceId` of `dataset`, at its own path. */
export function articlePage(dataset: Dataset, sourceId: string, options: ArticlePageOptions): ArticlePageModel {
	const found = dataset.articles.find((a) => a.source.id === sourceId);
	if (!found) throw new Error(`no article "${sourceId}" in the dataset`);
	const { source, pageWords } = found;
	const figures = dataset.figures.filter((f) => f.source === sourceId);
	const displacement = figures.filter((f) => INDICATORS[f.indicator].group === 'displacement');
	const other = figures.filter((f) => INDICATORS[f.indicator].group !== 'displacement');
	// The charts measure people; a displacement share or percentage stays a key figure only.
	const charted = displacement.filter((f) => f.unit === 'people');
	// An article without displacement figures is about its other figures: its page says so.
	const about = displacement.length > 0 ? displacement : figures;
	const places = placesInWords(about);
	const published = longDate(source.published);
	const quoting = quotingFigures(about);
	const article: Article = {
		source,
		published,
		quoting,
		fledDuring: pageWords?.fled_during ?? null,
		reported: `on ${published}`,
		credit: `${source.publisher}, ${published}${quoting}`,
		sourceLine: `Source: ${source.publisher}, ${published}${quoting}`
	};

	const headline =
		figures.length === 0
			? 'The article, in its own words'
			: displacement.length > 0
			? capitalise(`${places ? `${possessive(places)} displacement` : 'Displacement'}, in the article’s own words`)
			: `${places ? `Figures on ${places}` : 'The article’s figures'}, in the article’s own words`;
	const displacedWhere = pageWords?.displaced_by ? ` by ${pageWords.displaced_by}` : places ? ` in ${places}` : '';
	const comparisons = options.official ? compareFigures(displacement, options.official) : [];
	const comparisonOf = new Map(comparisons.map((c) => [c.figure, c]));
	const keyFigures = displacement.map((f) => figureView(f, source, comparisonOf.get(f.id)));
	const otherFigures = other.map((f) => figureView(f, source));
	const shared = leadingFigures(keyFigures, otherFigures);
	const title = `${headline}: ${source.publisher}, ${published}`;
	const pageCharts = displacementCharts(
		charted,
		article,
		options.embeds === false ? undefined : { articleId: sourceId, page: { text: title, href: articlePath(sourceId) }, origin: options.origin }
	);
	const omitted = omittedFurniture(found);
	const downloads = articleDownloads(options.downloads, sourceId);
	// The page's main download is the article's own figures; the collection's are in the list.
	const csv = figures.length > 0 ? downloads.find((d) => d.href === articleFiguresHref(sourceId)) : undefined;

	return {
		head: {
			title,
			url: options.origin ? `${options.origin}${articlePath(sourceId)}` : null,
			description:
				figures.length === 0
					? `The text of “${source.title}”, ${source.publisher}, ${published}. ${NO_FIGURES_FLAG}`
					: `The ${displacement.length > 0 ? 'displacement ' : ''}figures reported by ${source.publisher} on ${published}${pageCharts ? ' as charts' : ''}, each number linked to the exact sentence it comes from, with the data to download.`,
			shareImage: {
				href: `${options.origin}${articlePath(sourceId)}og.png`,
				alt: shared.map((f) => `${f.short} ${f.label}`).join('; '),
				...SHARE_IMAGE
			},
			highlightStyle: highlightStyle(figures.map((f) => f.id))
		},
		// A link, not a list: the page must not grow with every other article of the collection.
		site: {
			text: `${siteName(dataset)}${dataset.articles.length > 1 ? `: all ${dataset.articles.length} articles` : ''}`,
			href: '/',
			external: false
		},
		headline,
		lede:
			figures.length === 0
				? ['The article as published by ', { text: `${source.publisher} on ${published}`, href: source.url, external: true }, '.']
				: [
						displacement.length > 0 ? `The numbers of people displaced${displacedWhere}, as reported by ` : 'The numbers in the article, as reported by ',
						{ text: `${source.publisher} on ${published}`, href: source.url, external: true },
						`${quoting}. Every number links to the sentence it comes from.`
					],
		flag: figures.length === 0 ? NO_FIGURES_FLAG : null,
		keyFigures,
		charts: pageCharts,
		official: options.official
			? timelineSection({
					scope: 'compared',
					official: options.official,
					figures: charted,
					comparisons,
					credits: [article.credit],
					whose: 'the article’s figures'
				})
			: null,
		otherFigures:
			otherFigures.length === 0
				? null
				: {
						note: `Not displacement figures: ${listInWords(unique(other.map((f) => INDICATORS[f.indicator].plural)))}, shown apart.`,
						figures: otherFigures
					},
		article: {
			note: `“${source.title}”, ${source.publisher}, ${published}, as published (typos included).${figures.length > 0 ? ' The words of each figure are marked; select them to go to the figure.' : ''}`,
			paragraphs: articleParagraphs(found, figures),
			omitted:
				omitted.length === 0
					? null
					: `Left out above as page furniture, not article text: ${omitted.map((t) => `“${t}”`).join(' and ')}`
		},
		table: figures.length === 0 ? null : { caption: 'Every number in the article, with the words it comes from.', figures: [...keyFigures, ...otherFigures] },
		figuresCsv: csv ? { href: csv.href, name: csv.name } : null,
		// The article's own files are described here; the collection's, on the front page (a page
		// about one article need not carry a paragraph on every official dataset: 0.4 KB gzip).
		downloads: downloads.map((d) => (isOwnArticleFile(d.href, sourceId) ? downloadView(d) : { ...downloadView(d), description: null })),
		downloadsNote: downloads.length === 0 ? (options.downloadsNote ?? null) : COLLECTION_FILES_NOTE,
		footer: {
			source: ['Source: “', { text: source.title, href: source.url, external: true }, `”, ${source.publisher}, ${published}.`],
			trust: footerTrust(figures)
		},
		sourceLine: article.sourceLine
	};
}

/** What og.png draws for a page: its headline, the figures it leads with, its source line. */
export function shareImageOf(page: ArticlePageModel): ShareImage {
	return {
		title: page.headline,
		figures: leadingFigures(page.keyFigures, page.otherFigures?.figures ?? []).map(({ short, label, measure }) => ({ short, label, measure })),
		source: page.sourceLine
	};
}

/** The article `/` shows until the site has a page of its own for a collection: the first of sources.csv. */
export function leadArticleId(dataset: Dataset): string {
	const [lead] = dataset.articles;
	if (!lead) throw new Error('the dataset holds no article');
	return lead.source.id;
}
