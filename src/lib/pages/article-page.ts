/**
 * Everything an article's page says and draws, written for one source id at build time from
 * the dataset: its head and share image, headline and lede, key figures, the two charts with
 * their titles, descriptions, captions and source lines, the other claims, the marked article,
 * the table and the downloads. The page and its components print this and compute nothing, so
 * no words about one article live in code: they come from data/ (pages.csv where the figures
 * cannot say them).
 */
import { barChart, type BarChartModel } from '../charts/bars';
import type { ChartGeometry } from '../charts/geometry';
import { squareChart, type SquareChartModel } from '../charts/squares';
import { figureInWords, fileSize, listInWords, longDate, QUALIFIER_WORDS } from '../display/format';
import type { Download } from '../export/catalogue';
import { placesInWords, siteName, unique } from '../export/dataset-info';
import { articleDataset, type Article, type Dataset, type SourcedFigure } from '../figures/dataset';
import { INDICATORS, type Source } from '../figures/schema';
import type { Qualifier } from '../quantities';
import { articleParagraphs, omittedFurniture, type ParagraphView } from './article-text';
import { figureView, type FigureView } from './figure-view';
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

/** Everything a chart's frame says: its title, its content in words, its caption, what its downloaded image carries. */
export interface ChartWords {
	/** Prefix for the chart's element ids; unique on the page. */
	id: string;
	title: string;
	/** The chart's content in words, numbers and qualifiers included. */
	description: string;
	caption: string;
	/** Source line written into downloaded images. */
	imageSource: string;
	/** Date line written into downloaded images. */
	imageNote: string;
	/** File name of downloads, without extension. */
	filename: string;
}

export interface Chart<Model extends ChartGeometry> {
	words: ChartWords;
	model: Model;
}

export interface DownloadView {
	href: string;
	name: string;
	title: string;
	description: string;
	/** "4.2 KB", exact to the bytes served. */
	size: string;
}

export interface ArticlePage {
	head: {
		title: string;
		description: string;
		shareImage: { href: string; alt: string; width: number; height: number };
	};
	headline: string;
	lede: Phrase;
	keyFigures: FigureView[];
	/** Null when the article has no count of displaced people to draw. */
	charts: { note: string; bars: Chart<BarChartModel>; squares: Chart<SquareChartModel> } | null;
	/** Null when every figure of the article is a displacement figure. */
	otherFigures: { note: string; figures: FigureView[] } | null;
	article: { note: string; paragraphs: ParagraphView[]; omitted: string | null };
	table: { caption: string; figures: FigureView[] };
	downloads: DownloadView[];
	footer: { source: Phrase; trust: string };
	/** "Source: The New Arab, 11 February 2020, quoting UN figures." */
	sourceLine: string;
}

export interface ArticlePageOptions {
	/**
	 * The page's own path: "/articles/<id>/", or "/" for the front page, which shows the lead
	 * article (the first of sources.csv) and is titled after the site.
	 */
	path: string;
	downloads: readonly Download[];
	/** SITE_ORIGIN, or "" for site-relative URLs. */
	origin: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Syria" → "Syria’s", "the Philippines" → "the Philippines’". */
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

/** "“at least” or “more than”": how the qualifiers present are written, in vocabulary order. */
function qualifiersInWords(figures: readonly SourcedFigure[], among: readonly Qualifier[]): string {
	const present = among.filter((q) => figures.some((f) => f.qualifier === q));
	return present.map((q) => `“${QUALIFIER_WORDS[q]}”`).join(' or ');
}

/** Whom figures are attributed to, in words ("UN, a war monitor and …"); empty when to no one. */
function attributions(figures: readonly SourcedFigure[]): string {
	return listInWords(unique(figures.flatMap((f) => f.attributed_to ?? [])));
}

function countOf<T>(items: readonly T[], test: (item: T) => boolean): number {
	return items.filter(test).length;
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
function barLegend(charted: readonly SourcedFigure[], fledDuring: string | null): string {
	const stocks = countOf(charted, (f) => f.measure === 'stock');
	const flows = countOf(charted, (f) => f.measure === 'flow');
	const during = fledDuring ? `the ${fledDuring}` : 'a period';
	const fills = [
		stocks === 1 ? 'the solid bar is a stock (how many were displaced on that date)' : '',
		stocks > 1 ? 'solid bars are stocks (how many were displaced on that date)' : '',
		flows === 1 ? `the hatched bar is a flow (how many fled during ${during})` : '',
		flows > 1 ? `hatched bars are flows (how many fled during ${during})` : ''
	].filter(Boolean);
	const open = qualifiersInWords(charted, ['at_least', 'more_than']);
	const ragged = qualifiersInWords(charted, ['approx', 'nearly']);
	const ceiling = qualifiersInWords(charted, ['at_most', 'less_than']);
	const marks = [
		open && `an arrow marks ${open}`,
		ragged && `a ragged end marks ${ragged}`,
		charted.some((f) => f.qualifier === 'range') ? 'a dashed box runs to the top of a range' : '',
		ceiling && `a line across the end marks ${ceiling}`
	].filter(Boolean);
	return [fills, marks]
		.filter((clauses) => clauses.length > 0)
		.map((clauses) => `${capitalise(clauses.join('; '))}.`)
		.join(' ');
}

/** What the square chart's marks mean, naming only the marks it draws. */
function squareLegend(charted: readonly SourcedFigure[], peoplePerSquare: number): string {
	const open = qualifiersInWords(charted, ['at_least', 'more_than']);
	return [
		`One square stands for ${peoplePerSquare.toLocaleString('en-GB')} people.`,
		open && `A dashed square after the last one marks ${open}: the count goes on beyond it.`,
		charted.some((f) => f.qualifier === 'range') ? 'Dashed squares run up to the top of a range.' : ''
	]
		.filter(Boolean)
		.join(' ');
}

interface Wording {
	source: Source;
	published: string;
	/** "UN": whom the displacement figures are attributed to, or "" for no one. */
	quoting: string;
	fledDuring: string | null;
}

function charts(charted: readonly SourcedFigure[], w: Wording, sourceLine: string): ArticlePage['charts'] {
	if (charted.length === 0) return null;
	const according = w.quoting ? `, according to ${w.quoting}` : '';
	const description = `As reported on ${w.published}${according}: ${charted
		.map((f) => `${f.label}: ${figureInWords(f)} (${f.measure})`)
		.join('; ')}.`;
	const frame = (id: string, title: string, caption: string, filename: string): ChartWords => ({
		id,
		title,
		description,
		caption: `${sourceLine} ${caption}`,
		imageSource: sourceLine,
		imageNote: `Figures as reported on ${w.published}`,
		filename
	});
	const bars = barChart(charted);
	const squares = squareChart(charted);
	return {
		note: chartsNote(charted, w.fledDuring),
		bars: { words: frame('bars', 'People displaced, by measure', barLegend(charted, w.fledDuring), 'displacement-bars'), model: bars },
		squares: {
			words: frame(
				'units',
				`One square for every ${squares.peoplePerSquare.toLocaleString('en-GB')} people`,
				squareLegend(charted, squares.peoplePerSquare),
				'displacement-units'
			),
			model: squares
		}
	};
}

function footerTrust(figures: readonly SourcedFigure[]): string {
	const credited = attributions(figures);
	const unnamed = countOf(figures, (f) => f.attributed_to === null);
	const unnamedWords = unnamed === 1 ? 'one of them' : `${unnamed} of them`;
	const whom =
		credited === ''
			? 'which names no source for them'
			: `which attributes them to ${credited}${unnamed > 0 ? ` and names no source for ${unnamedWords}` : ''}`;
	return `The numbers are as reported by the article, ${whom}; this site checks that each one matches the article’s words, not that it is true.`;
}

function downloadView(d: Download): DownloadView {
	return { href: d.href, name: d.name, title: d.title, description: d.description, size: fileSize(d.bytes) };
}

/** The page of the article `sourceId` of `dataset`. */
export function articlePage(dataset: Dataset, sourceId: string, options: ArticlePageOptions): ArticlePage {
	const article = dataset.articles.find((a) => a.source.id === sourceId);
	if (!article) throw new Error(`no article "${sourceId}" in the dataset`);
	const { source } = article;
	const own = articleDataset(dataset, sourceId);
	const figures = own.figures;
	const displacement = figures.filter((f) => INDICATORS[f.indicator].group === 'displacement');
	const other = figures.filter((f) => INDICATORS[f.indicator].group !== 'displacement');
	// The charts measure people; a displacement share or percentage stays a key figure only.
	const charted = displacement.filter((f) => f.unit === 'people');
	const published = longDate(source.published);
	const places = placesInWords(own);
	const words = article.pageWords;
	const wording: Wording = { source, published, quoting: attributions(displacement), fledDuring: words?.fled_during ?? null };

	const headline = places ? `${possessive(places)} displacement, in the article’s own words` : 'Displacement, in the article’s own words';
	const keyFigures = displacement.map((f) => figureView(f, source));
	const otherFigures = other.map((f) => figureView(f, source));
	const sourceLine = `Source: ${source.publisher}, ${published}${wording.quoting ? `, quoting ${wording.quoting} figures` : ''}.`;
	const omitted = omittedFurniture(article);
	const displacedBy = words?.displaced_by ? ` by ${words.displaced_by}` : places ? ` in ${places}` : '';
	const quoting = wording.quoting ? `, quoting ${wording.quoting} figures` : '';

	return {
		head: {
			title:
				options.path === '/'
					? `${siteName(dataset)}, each linked to its sentence`
					: `${headline}: ${source.publisher}, ${published}`,
			description: `The displacement figures reported by ${source.publisher} on ${published} as charts, each number linked to the exact sentence it comes from, with the data to download.`,
			shareImage: {
				href: `${options.origin}${options.path}og.png`,
				alt: keyFigures.map((f) => `${f.short} ${f.label}`).join('; '),
				...SHARE_IMAGE
			}
		},
		headline,
		lede: [
			`The numbers of people displaced${displacedBy}, as reported by `,
			{ text: `${source.publisher} on ${published}`, href: source.url, external: true },
			`${quoting}. Every number links to the sentence it comes from.`
		],
		keyFigures,
		charts: charts(charted, wording, sourceLine),
		otherFigures:
			otherFigures.length === 0
				? null
				: {
						note: `Not displacement figures: ${listInWords(unique(other.map((f) => INDICATORS[f.indicator].plural)))}, shown apart.`,
						figures: otherFigures
					},
		article: {
			note: `“${source.title}”, ${source.publisher}, ${published}, as published (typos included). The words of each figure are marked; select them to go to the figure.`,
			paragraphs: articleParagraphs(article, figures),
			omitted:
				omitted.length === 0
					? null
					: `Left out above as page furniture, not article text: ${omitted.map((t) => `“${t}”`).join(' and ')}`
		},
		table: { caption: 'Every number in the article, with the words it comes from.', figures: [...keyFigures, ...otherFigures] },
		downloads: options.downloads.map(downloadView),
		footer: {
			source: ['Source: “', { text: source.title, href: source.url, external: true }, `”, ${source.publisher}, ${published}.`],
			trust: footerTrust(figures)
		},
		sourceLine
	};
}

/** What og.png draws for a page: its headline, its key figures and its source line. */
export function shareImageOf(page: ArticlePage): ShareImage {
	return {
		title: page.headline,
		figures: page.keyFigures.map(({ short, label, measure }) => ({ short, label, measure })),
		source: page.sourceLine.replace(/\.$/, '')
	};
}

/** The article a page shows at `/` until the site has a page of its own for the collection: the first of sources.csv. */
export function leadArticle(dataset: Dataset): Article {
	const [lead] = dataset.articles;
	if (!lead) throw new Error('the dataset holds no article');
	return lead;
}
