/**
 * Embeds: the bar and square charts of every page (each article's, and the front page's) have a
 * page of their own at /embed/<chart-id>/ that any site may frame: the chart with its title, its
 * caption (the source line and what the marks mean) and a link back to the chart on its page,
 * and nothing else; no script. Each chart's “Embed” control offers the <iframe> that shows it.
 *
 * The timeline of official counts has none: it is read with what stands beside it (the official
 * counts as a table, and the note on what UNHCR and IDMC count and why they differ), and its marks
 * show their words only by the page's highlighting style; framed alone it would set a claim
 * against a count without the caveats, and every control costs bytes on a page at its budget.
 *
 * The model of an embed page is taken from the model of the page the chart is on, so the chart is
 * the page's own, word for word; only its links change, to the sentences on the article's page.
 */
import { linkedFrom } from '../charts/geometry';
import { wrapText } from '../charts/text';
import type { BarChartModel } from '../charts/bars';
import type { SquareChartModel } from '../charts/squares';
import type { ArticlePageModel, Phrase } from './article-page';
import type { Chart, ChartEmbed, ChartText } from './chart-text';

/** The kinds of chart that have embeds, as their ids end. */
export type EmbeddedKind = 'bars' | 'squares';

export type EmbeddedChart = { kind: 'bars'; chart: Chart<BarChartModel> } | { kind: 'squares'; chart: Chart<SquareChartModel> };

export interface EmbedPageModel {
	id: string;
	head: { title: string; description: string };
	chart: EmbeddedChart;
	/** Under the chart: the page it is on, where every number links to its sentence. */
	back: Phrase;
}

/** Where the embed page of the chart `id` is. */
export const embedPath = (id: string) => `/embed/${id}/`;

/**
 * The chart id of `kind` on a page: `<article-id>-bars` on an article's page, `bars` on the front
 * page. Article ids are slugs and never empty, so the front page's ids are never an article's.
 */
export const embedId = (kind: EmbeddedKind, articleId?: string) => (articleId ? `${articleId}-${kind}` : kind);

/** The page whose charts have embeds. */
export interface EmbedSource {
	/** The article of the page; none for the front page. */
	articleId?: string;
	/** The page's name, as the embed page's line names it, and its path. */
	page: { text: string; href: string };
	/** SITE_ORIGIN, or "" for site-relative code. */
	origin: string;
}

/** The line under an embedded chart: where it comes from, linked to the chart on its page. */
function backPhrase(from: ChartEmbed['from']): Phrase {
	return ['From ', { ...from, external: false }, ', where every number links to the sentence it comes from.'];
}

const phraseText = (phrase: Phrase) => phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('');

/**
 * The embed page's layout, in CSS pixels (EmbedPage.svelte's CSS says the same): its padding,
 * the title's and the small text's sizes and line heights, the gap above the caption and the link.
 */
export const EMBED_LAYOUT = { padding: 12, title: { size: 17, lineHeight: 21 }, small: { size: 13.6, lineHeight: 20.4 }, gap: 8 } as const;
/** The width the suggested height is worked out for; wider, the chart keeps that height; narrower, it shrinks and leaves its text room. */
export const EMBED_WIDTH = 560;

/**
 * The height of the embed page at EMBED_WIDTH: the chart at that width and its words wrapped there.
 * The text estimate errs wide (charts/text.ts), so the words never need more lines than it says.
 */
export function embedHeight(text: ChartText, geometry: { width: number; height: number }, back: Phrase): number {
	const { padding, title, small, gap } = EMBED_LAYOUT;
	const width = EMBED_WIDTH - 2 * padding;
	const lines = (words: string, size: number, bold = false) => wrapText(words, width, { size, bold }).length;
	return Math.ceil(
		2 * padding +
			lines(text.title, title.size, true) * title.lineHeight +
			gap +
			(geometry.height * width) / geometry.width +
			gap +
			lines(text.caption, small.size) * small.lineHeight +
			gap +
			lines(phraseText(back), small.size) * small.lineHeight
	);
}

/** `text` safe inside a double-quoted attribute. */
const attribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** The embed of a chart: its id and the <iframe> code, sized to the chart and its words. */
export function chartEmbed(kind: EmbeddedKind, text: ChartText, geometry: { width: number; height: number }, source: EmbedSource): ChartEmbed {
	const id = embedId(kind, source.articleId);
	const from = { text: source.page.text, href: `${source.page.href}#${text.id}-heading` };
	const height = embedHeight(text, geometry, backPhrase(from));
	return {
		id,
		from,
		code: `<iframe src="${source.origin}${embedPath(id)}" title="${attribute(text.title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`
	};
}

/**
 * The embed pages of a page's charts. With `path`, the charts' links go to the sentences on the
 * page at `path` (an article's page links to its own sentences by fragment alone); without, they
 * already name the page they go to (the front page's).
 */
export function embedPages(charts: ArticlePageModel['charts'], path?: string): EmbedPageModel[] {
	if (!charts) return [];
	const linked = <M extends BarChartModel | SquareChartModel>(model: M) => (path === undefined ? model : linkedFrom(model, () => path));
	const embedded: EmbeddedChart[] = [
		{ kind: 'bars', chart: { ...charts.bars, model: linked(charts.bars.model) } },
		{ kind: 'squares', chart: { ...charts.squares, model: linked(charts.squares.model) } }
	];
	return embedded.flatMap((chart) => {
		const { embed, text } = chart.chart;
		if (!embed) return [];
		return [{ id: embed.id, head: { title: `${text.title} — ${embed.from.text}`, description: text.description }, chart, back: backPhrase(embed.from) }];
	});
}
