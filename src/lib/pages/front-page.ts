/**
 * The front page, written at build time for the whole collection: the latest figure of each kind
 * of displacement across the articles (each linking to its sentence on its article's page), the
 * charts of those figures, every article's figures over time beside the official counts, the
 * figures as a table, the list of articles and the collection's downloads. It links into the
 * articles' pages and embeds none of their text, so it does not grow with every sentence of every
 * article. With one article it shows that article's figures, as the site always did.
 */
import { linkedFrom } from '../charts/geometry';
import { longDate } from '../display/format';
import { capitalise, placesInWords, possessive, siteName, unique } from '../display/names';
import { collectionDownloads, type Download } from '../export/catalogue';
import type { Dataset, SourcedFigure } from '../figures/dataset';
import { INDICATORS, MEASURES, type Source } from '../figures/schema';
import { compareFigures, type Official } from '../official';
import {
	articlePath,
	displacementCharts,
	downloadView,
	footerTrust,
	NO_FIGURES_FLAG,
	quotingFigures,
	type ArticlePageModel,
	type DownloadView,
	type PageHead,
	type Phrase
} from './article-page';
import { figureView, type FigureView } from './figure-view';
import { highlightStyle } from './highlight-style';
import { SHARE_IMAGE, type ShareImage } from './share-image';
import { timelineSection, type TimelineSection } from './timeline-view';

export interface ArticleListItem {
	title: string;
	href: string;
	publisher: string;
	published: string;
	publishedIso: string;
	/** "6 figures, 3 of them on displacement" */
	figures: string;
	/** Said beside an article the page cannot show figures of: it has none yet. */
	flag: string | null;
}

export interface FrontPageModel {
	head: PageHead;
	headline: string;
	lede: Phrase;
	/** The latest figure of each displacement indicator and measure, across the articles. */
	latest: { title: string; note: string; figures: FigureView[] };
	charts: ArticlePageModel['charts'];
	timeline: TimelineSection | null;
	/** Every displacement figure of every article: the timeline's figures as a table. */
	table: { caption: string; figures: FigureView[] };
	articles: ArticleListItem[];
	figuresCsv: { href: string; name: string } | null;
	downloads: DownloadView[];
	footer: { trust: string };
	/** Where links to the sentences and figures `/` used to hold (/#s15-1) now lead: the first article's page. */
	anchorsMovedTo: string;
	/** "Source: The New Arab, 11 February 2020, quoting UN figures", for the share image. */
	sourceLine: string;
}

export interface FrontPageOptions {
	downloads: readonly Download[];
	/** SITE_ORIGIN, or "" for site-relative URLs. */
	origin: string;
	official?: Official;
}

/** How many figures the share image has room for, side by side. */
const SHARE_IMAGE_FIGURES = 4;

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/**
 * The latest figure of each indicator and measure, in the vocabulary's order: the one reported
 * last, and of those the first in figures.csv. Shares are left out: a part of a figure is no count.
 */
function latestFigures(displacement: readonly SourcedFigure[]): SourcedFigure[] {
	return (Object.keys(INDICATORS) as (keyof typeof INDICATORS)[]).flatMap((indicator) =>
		MEASURES.flatMap((measure) => {
			const kind = displacement.filter((f) => f.indicator === indicator && f.measure === measure && f.unit === 'people');
			const latest = kind.reduce<SourcedFigure | null>((best, f) => (best === null || f.reported > best.reported ? f : best), null);
			return latest ? [latest] : [];
		})
	);
}

/** "The New Arab, 11 February 2020, quoting UN figures": an article, as a source line names it. */
function creditOf(source: Source, figures: readonly SourcedFigure[]): string {
	return `${source.publisher}, ${longDate(source.published)}${quotingFigures(figures)}`;
}

/** "on 11 February 2020", or "from 2 May 2024 to 10 October 2024". */
function reportedBetween(figures: readonly SourcedFigure[]): string {
	const dates = unique(figures.map((f) => f.reported)).sort();
	return dates.length === 1 ? `on ${longDate(dates[0]!)}` : `from ${longDate(dates[0]!)} to ${longDate(dates.at(-1)!)}`;
}

export function frontPage(dataset: Dataset, options: FrontPageOptions): FrontPageModel {
	const { articles } = dataset;
	const [lead] = articles;
	if (!lead) throw new Error('the dataset holds no article');
	const single = articles.length === 1;
	const sourceOf = new Map(articles.map((a) => [a.source.id, a.source]));
	const displacement = dataset.figures.filter((f) => INDICATORS[f.indicator].group === 'displacement');
	const shown = displacement.length > 0 ? displacement : dataset.figures;
	const comparisons = options.official ? compareFigures(displacement, options.official) : [];
	const comparisonOf = new Map(comparisons.map((c) => [c.figure, c]));
	const view = (f: SourcedFigure) => figureView(f, sourceOf.get(f.source)!, comparisonOf.get(f.id), articlePath(f.source));

	const latest = latestFigures(shown);
	const latestSources = unique(latest.map((f) => f.source));
	const credits = (figures: readonly SourcedFigure[]) =>
		unique(figures.map((f) => f.source)).map((id) => creditOf(sourceOf.get(id)!, figures.filter((f) => f.source === id)));
	const sourceLine = (figures: readonly SourcedFigure[]) => {
		const all = credits(figures);
		return `${all.length === 1 ? 'Source' : 'Sources'}: ${all.join('; ')}`;
	};
	const charted = latest.filter((f) => f.unit === 'people' && INDICATORS[f.indicator].group === 'displacement');
	const fledDuring = latestSources.length === 1 ? (articles.find((a) => a.source.id === latestSources[0])?.pageWords?.fled_during ?? null) : null;
	// The charts' links go to the sentences on the articles' pages.
	const articleOf = new Map(dataset.figures.map((f) => [f.id, f.source]));
	const pathOf = (figureId: string) => articlePath(articleOf.get(figureId)!);
	const localCharts = displacementCharts(
		charted,
		{ reported: reportedBetween(charted), quoting: quotingFigures(charted), fledDuring, sourceLine: sourceLine(charted) },
		{ page: { text: siteName(dataset), href: '/' }, origin: options.origin }
	);
	const charts = localCharts && {
		...localCharts,
		bars: { ...localCharts.bars, model: linkedFrom(localCharts.bars.model, pathOf) },
		squares: { ...localCharts.squares, model: linkedFrom(localCharts.squares.model, pathOf) }
	};
	const timelineFigures = displacement.filter((f) => f.unit === 'people');
	const whose = single ? 'the article’s figures' : 'the articles’ figures';
	const localTimeline = timelineSection({
		scope: 'all',
		official: options.official,
		figures: timelineFigures,
		comparisons,
		credits: credits(timelineFigures),
		whose
	});
	const timeline = localTimeline && {
		...localTimeline,
		chart: { ...localTimeline.chart, model: linkedFrom(localTimeline.chart.model, pathOf) }
	};

	const places = placesInWords(shown);
	const headline = capitalise(
		`${places ? `${possessive(places)} displacement` : 'Displacement'}, in the ${single ? 'article’s' : 'articles’'} own words`
	);
	const latestViews = latest.map(view);
	const shared = latestViews.slice(0, SHARE_IMAGE_FIGURES);
	const csv = options.downloads.find((d) => d.href === '/data/figures.csv');
	const countsOf = (id: string) => {
		const own = dataset.figures.filter((f) => f.source === id);
		const moved = own.filter((f) => INDICATORS[f.indicator].group === 'displacement').length;
		return { total: own.length, displacement: moved };
	};

	return {
		head: {
			title: `${siteName(dataset)}, each linked to its sentence`,
			url: options.origin ? `${options.origin}/` : null,
			description: `The ${displacement.length > 0 ? 'displacement ' : ''}figures of ${single ? `${lead.source.publisher}, ${longDate(lead.source.published)}` : plural(articles.length, 'article', 'articles')}${charts ? ' as charts' : ''}, each number linked to the exact sentence it comes from, with the data to download.`,
			shareImage: { href: `${options.origin}/og.png`, alt: shared.map((f) => `${f.short} ${f.label}`).join('; '), ...SHARE_IMAGE },
			highlightStyle: highlightStyle([...latest, ...timelineFigures].map((f) => f.id))
		},
		headline,
		lede: single
			? [
					`The numbers of people displaced${lead.pageWords?.displaced_by ? ` by ${lead.pageWords.displaced_by}` : places ? ` in ${places}` : ''}, as reported by `,
					{ text: `${lead.source.publisher} on ${longDate(lead.source.published)}`, href: lead.source.url, external: true },
					`${quotingFigures(shown)}. Every number links to the sentence it comes from, on `,
					{ text: 'the article’s page', href: articlePath(lead.source.id), external: false },
					', with the whole article and every other number in it.'
				]
			: [
					`The latest numbers of people displaced${places ? ` in ${places}` : ''}, from ${plural(articles.length, 'article', 'articles')} (listed below), each with its date and its source. Every number links to the sentence it comes from, on its article’s page.`
				],
		latest: {
			title: single ? 'Key figures' : 'Latest figures',
			note: single
				? `As reported ${reportedBetween(latest)}. The article’s other numbers are on its page.`
				: 'The most recent figure of each kind of displacement across the articles, with the article it comes from; every figure is in the timeline and the table below.',
			figures: latestViews
		},
		charts,
		timeline,
		table: {
			caption: single ? 'The article’s displacement figures, with the words they come from.' : 'Every displacement figure of every article, with the words it comes from.',
			figures: displacement.map(view)
		},
		articles: articles.map(({ source }) => {
			const counts = countsOf(source.id);
			return {
				title: source.title,
				href: articlePath(source.id),
				publisher: source.publisher,
				published: longDate(source.published),
				publishedIso: source.published,
				figures:
					counts.total === 0
						? 'no figures'
						: `${plural(counts.total, 'figure', 'figures')}${counts.displacement > 0 && counts.displacement < counts.total ? `, ${counts.displacement} of them on displacement` : ''}`,
				flag: counts.total === 0 ? NO_FIGURES_FLAG : null
			};
		}),
		figuresCsv: csv ? { href: csv.href, name: csv.name } : null,
		// Each article's own files are on its page: the front page must not list every article's.
		downloads: collectionDownloads(options.downloads).map(downloadView),
		footer: { trust: footerTrust(dataset.figures, articles.length) },
		anchorsMovedTo: articlePath(lead.source.id),
		sourceLine: sourceLine(latest.length > 0 ? latest : dataset.figures)
	};
}

/** What og.png draws for the front page: its headline, the latest figures, their sources. */
export function frontShareImage(page: FrontPageModel): ShareImage {
	return {
		title: page.headline,
		figures: page.latest.figures.slice(0, SHARE_IMAGE_FIGURES).map(({ short, label, measure }) => ({ short, label, measure })),
		source: page.sourceLine
	};
}
