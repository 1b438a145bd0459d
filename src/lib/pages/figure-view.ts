/**
 * One figure as every view of it on a page shows it (key-figure card, table row): the number in
 * short and in words, who said it, when, and where its words are. Written once here, so the
 * components only print.
 */
import { figureInWords, longDate, shortFigure } from '../display/format';
import { capitalise } from '../display/names';
import type { SourcedFigure } from '../figures/dataset';
import { placeName } from '../figures/places';
import { INDICATORS, type Measure, type Source } from '../figures/schema';
import type { Comparison } from '../official';
import { normalizeSpace } from '../provenance';

export interface FigureView {
	id: string;
	label: string;
	/** The indicator's name: "Refugees". */
	indicator: string;
	measure: Measure;
	/** For a flow, the period it counts as the article states it ("on 11 February 2020", "period not stated"); null for a stock or a share. */
	period: string | null;
	/** "≥ 5.5M" */
	short: string;
	/** "at least 5.5 million" */
	words: string;
	/** The words again where they say more than the short form ("at least 5.5 million"), else null ("half"). */
	spelledOut: string | null;
	reported: string;
	reportedIso: string;
	/** Whom the article credits, for a table cell: "UN", or "—" when it names no one. */
	according: string;
	/** The same as a phrase: "source: UN", "the article names no source". */
	attribution: string;
	/** Where the figure is: "Idlib, Syria", or an area's M49 name, "World", "Western Asia". */
	place: string;
	sentenceId: string;
	/** Its sentence: `#s15-1` on its article's page, `/articles/<id>/#s15-1` from another page. */
	sentenceHref: string;
	/** Its card on its article's page: `#fig-<id>`, or with the article's path from another page. */
	figureHref: string;
	/** The article it comes from, for a view on another page ("The New Arab, 11 February 2020"); null on its own. */
	from: { text: string; href: string } | null;
	/** The quote as it stands in the verbatim article. */
	quote: string;
	textFragmentUrl: string;
	/** A ready citation crediting the publisher and whom it quotes. */
	citation: string;
	/** The figure beside the official count it is compared with, or why there is none; null without a series. */
	official: OfficialView | null;
}

/** Where the comparisons are, row by row, with the official values and how each figure was read. */
export const COMPARISONS_HREF = '/data/comparisons.csv';

export interface OfficialView {
	/** “The article’s “at least 5.5 million” is consistent with UNHCR’s count of …”, or why it is not compared. */
	sentence: string;
	/** How the figure's words were read: “at least” is read as the number or more: 5,500,000 or more. */
	reading: string | null;
	/** The dataset, its release and licence, with the attribution the licence asks for. */
	source: string | null;
	href: string;
}

function officialView(comparison: Comparison | null | undefined): OfficialView | null {
	if (!comparison) return null;
	const compared = comparison.outcome === 'compared';
	return {
		sentence: comparison.sentence,
		reading: compared ? `${capitalise(comparison.reading)}.` : null,
		source: compared ? comparison.source : null,
		href: COMPARISONS_HREF
	};
}


/** What the page says of a flow's period: the article's dates, or that it states none (IDMC and UNHCR always do). */
export function periodInWords(f: Pick<SourcedFigure, 'measure' | 'period_start' | 'period_end'>): string | null {
	if (f.measure !== 'flow') return null;
	const [start, end] = [f.period_start, f.period_end];
	if (start !== null && end !== null) return start === end ? `on ${longDate(start)}` : `${longDate(start)} to ${longDate(end)}`;
	if (start !== null) return `since ${longDate(start)}`;
	if (end !== null) return `until ${longDate(end)}`;
	return 'period not stated';
}

function citation(f: SourcedFigure, source: Source): string {
	// It begins the citation: "A war monitor, as reported by …".
	const quoting = f.attributed_to ? `${capitalise(f.attributed_to)}, as reported by ` : '';
	const quote = normalizeSpace(f.provenance.selectors[0].exact);
	return `${quoting}${source.publisher}, “${source.title}”, ${longDate(source.published)}: “${quote}”. ${source.url}`;
}

/**
 * Where the view is shown: on its article's own page (`page` ''), or on another page, which
 * links to the sentence and card on `page`, the article's.
 */
export function figureView(f: SourcedFigure, source: Source, comparison?: Comparison | null, page = ''): FigureView {
	const short = shortFigure(f);
	const words = figureInWords(f);
	return {
		id: f.id,
		label: f.label,
		indicator: INDICATORS[f.indicator].name,
		measure: f.measure,
		period: periodInWords(f),
		short,
		words,
		spelledOut: words === short ? null : words,
		reported: longDate(f.reported),
		reportedIso: f.reported,
		according: f.attributed_to ?? '—',
		attribution: f.attributed_to ? `source: ${f.attributed_to}` : 'the article names no source',
		place: [f.admin1, placeName(f)].filter(Boolean).join(', '),
		sentenceId: f.provenance.sentenceId,
		sentenceHref: `${page}#${f.provenance.sentenceId}`,
		figureHref: `${page}#fig-${f.id}`,
		from: page ? { text: `${source.publisher}, ${longDate(source.published)}`, href: page } : null,
		quote: f.provenance.selectors[0].exact,
		textFragmentUrl: f.provenance.textFragmentUrl,
		citation: citation(f, source),
		official: officialView(comparison)
	};
}
