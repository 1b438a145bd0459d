/**
 * Everything the dashboard page shows, prepared at build time from the dataset: display strings,
 * chart geometry and the article split into marked sentences. The page only draws it, so no
 * parsing, d3 or anchoring code reaches the browser.
 */
import { barChart, type BarChartModel } from '$lib/charts/bars';
import { figureInWords, listInWords, longDate, shortFigure } from '$lib/charts/format';
import { unitChart, type UnitChartModel } from '$lib/charts/units';
import type { Article, Dataset, SourcedFigure } from '$lib/figures/dataset';
import { INDICATORS, type Measure, type Source } from '$lib/figures/schema';
import { normalizeSpace, type ParagraphRole } from '$lib/provenance';

export interface FigureView {
	id: string;
	label: string;
	indicator: string;
	measure: Measure;
	/** "≥ 5.5M" */
	short: string;
	/** "at least 5.5 million" */
	words: string;
	reported: string;
	reportedIso: string;
	/** Who the article attributes the figure to; null when it names no one. */
	attributedTo: string | null;
	place: string;
	note: string | null;
	sentenceId: string;
	/** The quote as it stands in the verbatim article. */
	quote: string;
	textFragmentUrl: string;
	/** A ready citation crediting the publisher and whom it quotes. */
	citation: string;
}

export interface SentencePart {
	text: string;
	/** The figure whose quote these words are, or null for plain text. */
	figureId: string | null;
}

export interface SentenceView {
	id: string;
	parts: SentencePart[];
	figureIds: string[];
}

export interface ParagraphView {
	role: Exclude<ParagraphRole, 'chrome'>;
	sentences: SentenceView[];
}

export interface PageModel {
	source: Source & { publishedLong: string };
	displacement: FigureView[];
	other: FigureView[];
	bars: BarChartModel;
	units: UnitChartModel;
	article: ParagraphView[];
	/** Page furniture left out of the article view, shown apart so nothing is hidden. */
	omitted: string[];
	/** Whom the article attributes its displacement figures to, in words: "the UN". */
	displacementSources: string;
	/** Whom it attributes any of its figures to, in words. */
	allSources: string;
	/** How many figures the article gives no source for. */
	unattributed: number;
}

function sourcesInWords(figures: readonly SourcedFigure[]): string {
	return listInWords([...new Set(figures.flatMap((f) => f.attributed_to ?? []))]);
}

function citation(f: SourcedFigure, source: Source): string {
	const quoting = f.attributed_to ? `${f.attributed_to}, as reported by ` : '';
	const quote = normalizeSpace(f.provenance.selectors[0].exact);
	return `${quoting}${source.publisher}, “${source.title}”, ${longDate(source.published)}: “${quote}”. ${source.url}`;
}

function figureView(f: SourcedFigure, source: Source): FigureView {
	return {
		id: f.id,
		label: f.label,
		indicator: INDICATORS[f.indicator].name,
		measure: f.measure,
		short: shortFigure(f),
		words: figureInWords(f),
		reported: longDate(f.reported),
		reportedIso: f.reported,
		attributedTo: f.attributed_to,
		place: [f.admin1, f.country].filter(Boolean).join(', '),
		note: f.note,
		sentenceId: f.provenance.sentenceId,
		quote: f.provenance.selectors[0].exact,
		textFragmentUrl: f.provenance.textFragmentUrl,
		citation: citation(f, source)
	};
}

function articleView(article: Article, figures: readonly SourcedFigure[]): ParagraphView[] {
	const views: ParagraphView[] = [];
	for (const paragraph of article.paragraphs) {
		if (paragraph.role === 'chrome') continue;
		const sentences = paragraph.sentences.map((sentence): SentenceView => {
			const marks = figures
				.filter((f) => f.provenance.sentenceId === sentence.id)
				.sort((a, b) => a.provenance.start - b.provenance.start);
			const parts: SentencePart[] = [];
			let at = sentence.start;
			for (const f of marks) {
				if (f.provenance.start > at) parts.push({ text: article.text.slice(at, f.provenance.start), figureId: null });
				parts.push({ text: article.text.slice(f.provenance.start, f.provenance.end), figureId: f.id });
				at = f.provenance.end;
			}
			if (at < sentence.end) parts.push({ text: article.text.slice(at, sentence.end), figureId: null });
			return { id: sentence.id, parts, figureIds: marks.map((f) => f.id) };
		});
		views.push({ role: paragraph.role, sentences });
	}
	return views;
}

export function pageModel(dataset: Dataset): PageModel {
	// Sentence anchors (#s15-1) are per article: a second article needs a page of its own.
	if (dataset.articles.length !== 1) {
		throw new Error(`the dashboard shows one article; data/sources.csv lists ${dataset.articles.length}`);
	}
	const article = dataset.articles[0]!;
	const figures = dataset.figures.filter((f) => f.source === article.source.id);
	const displacement = figures.filter((f) => INDICATORS[f.indicator].group === 'displacement');
	const other = figures.filter((f) => INDICATORS[f.indicator].group !== 'displacement');
	// The charts measure people; a displacement share or percentage stays a key figure only.
	const charted = displacement.filter((f) => f.unit === 'people');
	return {
		source: { ...article.source, publishedLong: longDate(article.source.published) },
		displacement: displacement.map((f) => figureView(f, article.source)),
		other: other.map((f) => figureView(f, article.source)),
		bars: barChart(charted),
		units: unitChart(charted),
		article: articleView(article, figures),
		omitted: article.paragraphs
			.filter((p) => p.role === 'chrome')
			.map((p) => article.text.slice(p.start, p.end)),
		displacementSources: sourcesInWords(displacement),
		allSources: sourcesInWords(figures),
		unattributed: figures.filter((f) => f.attributed_to === null).length
	};
}
