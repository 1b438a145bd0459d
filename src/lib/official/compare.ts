/**
 * A figure beside the official count: the series it names, at the last year-end on or before
 * the figure was reported, read through the figure's qualifier. The result is worded as
 * agreement, never as truth: “consistent with UNHCR’s count of …”, “below UNHCR’s count of …”.
 * A flow (people who fled during a period) has no official series here, only stocks: it gets an
 * explained no-comparison, never a stock to be measured against.
 */
import { figureInWords, fullCount, listInWords, longDate, percentOf, QUALIFIER_WORDS } from '../display/format';
import { possessive, unique } from '../display/names';
import { INDICATORS, type FigureRow } from '../figures/schema';
import type { Official, OfficialDataset } from './read';
import { SERIES, valueAt, type Series, type SeriesSpec, type SeriesValue } from './series';

/**
 * How far an approximate figure (“around”, “about”, “some”) may be from the official count and
 * still agree with it: ±10 % of the figure's number; and how far below its number “nearly” may go.
 */
export const APPROX_TOLERANCE = 0.1;

/** What of a figure the comparison reads. */
export type ComparableFigure = Pick<
	FigureRow,
	'id' | 'indicator' | 'measure' | 'unit' | 'value' | 'upper' | 'qualifier' | 'reported' | 'official_series'
>;

/**
 * The official values a figure's words allow: from `low` to `high` (null: no upper end), each end
 * included or not. “At least 5.5 million” allows 5,500,000 and up; “more than 6 million”, above 6,000,000.
 */
export interface Allowed {
	low: number;
	lowIncluded: boolean;
	high: number | null;
	highIncluded: boolean;
}

/**
 * The figure's number against the official one: consistent (the official value is one its words
 * allow), above (its words allow only more than the official value) or below (only less).
 */
export type Agreement = 'consistent' | 'above' | 'below';

/**
 * The place of a number's last non-zero digit: 5500000 → 100000, 6000000 → 1000000, 12 → 1.
 * An exact figure is read as the article rounds it there (“5.5 million”, not 5,500,000 people to the person).
 */
export function roundingUnit(value: number): number {
	if (value === 0 || !Number.isInteger(value)) return 1;
	let unit = 1;
	while (value % (unit * 10) === 0) unit *= 10;
	return unit;
}

/** The official values the figure's number and qualifier allow. */
export function allowedValues(figure: Pick<FigureRow, 'value' | 'upper' | 'qualifier'>): Allowed {
	const { value } = figure;
	// value / 10 rather than value × 0.1: a division by 10 is exact whenever its result is a whole
	// number, so 700,000 allows 630,000 and 770,000 themselves, not 629,999.99….
	const off = value / (1 / APPROX_TOLERANCE);
	switch (figure.qualifier) {
		case 'exact': {
			// Rounded half up at its last non-zero digit: 5,500,000 stands for 5,450,000 up to 5,549,999;
			// a count to the person (12, 6,615,249) for itself alone.
			const unit = roundingUnit(value);
			return unit === 1
				? { low: value, lowIncluded: true, high: value, highIncluded: true }
				: { low: value - unit / 2, lowIncluded: true, high: value + unit / 2, highIncluded: false };
		}
		case 'approx':
			return { low: value - off, lowIncluded: true, high: value + off, highIncluded: true };
		case 'at_least':
			return { low: value, lowIncluded: true, high: null, highIncluded: false };
		case 'more_than':
			return { low: value, lowIncluded: false, high: null, highIncluded: false };
		case 'at_most':
			return { low: 0, lowIncluded: true, high: value, highIncluded: true };
		case 'less_than':
			return { low: 0, lowIncluded: true, high: value, highIncluded: false };
		case 'nearly':
			return { low: value - off, lowIncluded: true, high: value, highIncluded: false };
		case 'range':
			return { low: value, lowIncluded: true, high: figure.upper ?? value, highIncluded: true };
	}
}

/** Where the figure's words stand against an official value. */
export function agreementWith(official: number, allowed: Allowed): Agreement {
	if (official < allowed.low || (official === allowed.low && !allowed.lowIncluded)) return 'above';
	if (allowed.high !== null && (official > allowed.high || (official === allowed.high && !allowed.highIncluded))) return 'below';
	return 'consistent';
}

/** How the words are read, in words, with the values they allow: shown beside the comparison. */
export function readingOf(figure: Pick<FigureRow, 'value' | 'upper' | 'qualifier'>): string {
	const { low, high } = allowedValues(figure);
	const tolerance = percentOf(APPROX_TOLERANCE);
	const value = fullCount(figure.value);
	switch (figure.qualifier) {
		case 'exact': {
			const unit = roundingUnit(figure.value);
			return unit === 1
				? `a number without a qualifier, to the person, is read as exact: ${value}`
				: `a number without a qualifier is read as rounded to the nearest ${fullCount(unit)}, as the article writes it: from ${fullCount(low)} up to but not including ${fullCount(high!)}`;
		}
		case 'approx':
			return `“${QUALIFIER_WORDS.approx}” is read as within ±${tolerance} of the number: from ${fullCount(low)} to ${fullCount(high!)}`;
		case 'at_least':
			return `“${QUALIFIER_WORDS.at_least}” is read as the number or more: ${value} or more`;
		case 'more_than':
			return `“${QUALIFIER_WORDS.more_than}” is read as above the number: more than ${value}`;
		case 'at_most':
			return `“${QUALIFIER_WORDS.at_most}” is read as the number or fewer: ${value} or fewer`;
		case 'less_than':
			return `“${QUALIFIER_WORDS.less_than}” is read as below the number: fewer than ${value}`;
		case 'nearly':
			return `“${QUALIFIER_WORDS.nearly}” is read as just below the number, by ${tolerance} of it at most: from ${fullCount(low)} up to but not including ${value}`;
		case 'range':
			return `a range is read with both ends included: from ${value} to ${fullCount(high!)}`;
	}
}

/** The year whose end is the last on or before a date (YYYY-MM-DD): 2020-02-11 → 2019, 2019-12-31 → 2019. */
export function lastYearEndOnOrBefore(date: string): number {
	const year = Number(date.slice(0, 4));
	return date.slice(5) === '12-31' ? year : year - 1;
}

interface Common {
	/** The figure's id. */
	figure: string;
	/** The figure's number in words, as the sentence quotes it: “at least 5.5 million”. */
	claim: string;
	/** The comparison as a phrase that follows the figure: “consistent with UNHCR’s count of …”. */
	phrase: string;
	/** The same as a sentence: “The article’s “at least 5.5 million” is consistent with …”. */
	sentence: string;
}

export interface Compared extends Common {
	outcome: 'compared';
	series: SeriesSpec;
	/** The official value compared with, and the rows it sums. */
	official: SeriesValue;
	/** The value of the series given alongside, at the same year-end, if it has one. */
	alongside: SeriesValue | null;
	allowed: Allowed;
	agreement: Agreement;
	/** How the figure's qualifier is read, with the values it allows (shown with the comparison). */
	reading: string;
	/** The dataset and release the official value comes from, with its attribution. */
	dataset: OfficialDataset;
	/** “UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0)”. */
	source: string;
}

/**
 * Why there is no comparison: a flow (the series here are stocks); a figure reported before the
 * series' first year-end; a series whose dataset is not in the data.
 */
export type NoComparisonReason = 'flow' | 'before-series' | 'no-data';

export interface NotCompared extends Common {
	outcome: 'not-compared';
	reason: NoComparisonReason;
	series: SeriesSpec | null;
}

export type Comparison = Compared | NotCompared;

/** A dataset's attribution with its release and licence, as a source line gives it. */
export function sourceLine(dataset: Pick<OfficialDataset, 'attribution' | 'release' | 'licence'>): string {
	return `${dataset.attribution}, release ${dataset.release} (${dataset.licence})`;
}

function claimOf(figure: ComparableFigure): string {
	return figureInWords(figure);
}

function notCompared(figure: ComparableFigure, reason: NoComparisonReason, series: SeriesSpec | null, why: string): NotCompared {
	const claim = claimOf(figure);
	const phrase = `no official count to compare it with: ${why}`;
	return { outcome: 'not-compared', figure: figure.id, claim, reason, series, phrase, sentence: `The article’s “${claim}” has ${phrase}.` };
}

/** “UNHCR’s count of 5,516,668 Syrian refugees in Türkiye, … at the end of 2019 (6,615,249 in all countries)”. */
function officialInWords(series: Series, value: SeriesValue, dataset: OfficialDataset, alongside: { value: SeriesValue; dataset: OfficialDataset; spec: SeriesSpec } | null): string {
	const { spec } = series;
	const main = `${possessive(dataset.publisher)} ${spec.noun} of ${fullCount(value.value)} ${spec.counted} in ${spec.placeWords} at the end of ${value.year}`;
	if (!alongside) return main;
	const beside =
		alongside.dataset.publisher === dataset.publisher
			? `${fullCount(alongside.value.value)} in ${alongside.spec.placeWords}`
			: `${possessive(alongside.dataset.publisher)} ${alongside.spec.noun}: ${fullCount(alongside.value.value)}`;
	return `${main} (${beside})`;
}

const AGREEMENT_WORDS: Record<Agreement, string> = { consistent: 'consistent with', above: 'above', below: 'below' };

/**
 * The figure beside its official series, or null when there is nothing to say: a figure that
 * names no series and is not a flow of displaced people, or a flow when there is no official data.
 */
export function compareFigure(figure: ComparableFigure, official: Official): Comparison | null {
	if (figure.official_series === null) {
		const isFlowOfDisplaced = figure.measure === 'flow' && INDICATORS[figure.indicator].group === 'displacement';
		if (!isFlowOfDisplaced || official.datasets.length === 0) return null;
		const publishers = listInWords(unique(official.datasets.map((d) => d.publisher)));
		return notCompared(
			figure,
			'flow',
			null,
			`it counts people who fled during a period (a flow), and the ${publishers} series here count people displaced at the end of each year (stocks)`
		);
	}
	const series = official.series.find((s) => s.spec.id === figure.official_series);
	const dataset = series && official.datasets.find((d) => d.id === series.spec.dataset);
	if (!series || !dataset) return notCompared(figure, 'no-data', SERIES[figure.official_series], `the series “${figure.official_series}” has no data here`);
	const yearEnd = lastYearEndOnOrBefore(figure.reported);
	const value = series.values.filter((v) => v.year <= yearEnd).at(-1);
	if (!value) {
		const first = series.values[0];
		const starts = first ? `starts at the end of ${first.year}` : 'has no year';
		return notCompared(figure, 'before-series', series.spec, `${possessive(dataset.publisher)} series ${starts}, after it was reported (${longDate(figure.reported)})`);
	}
	const alongsideSeries = series.spec.alongside === null ? undefined : official.series.find((s) => s.spec.id === series.spec.alongside);
	const alongsideValue = alongsideSeries && valueAt(alongsideSeries, value.year);
	const alongsideDataset = alongsideSeries && official.datasets.find((d) => d.id === alongsideSeries.spec.dataset);
	const alongside = alongsideSeries && alongsideValue && alongsideDataset ? { spec: alongsideSeries.spec, value: alongsideValue, dataset: alongsideDataset } : null;

	const allowed = allowedValues(figure);
	const agreement = agreementWith(value.value, allowed);
	const verb = agreement === 'consistent' && figure.qualifier === 'approx' ? `consistent (within ±${percentOf(APPROX_TOLERANCE)}) with` : AGREEMENT_WORDS[agreement];
	const phrase = `${verb} ${officialInWords(series, value, dataset, alongside)}`;
	const claim = claimOf(figure);
	return {
		outcome: 'compared',
		figure: figure.id,
		claim,
		series: series.spec,
		official: value,
		alongside: alongside?.value ?? null,
		allowed,
		agreement,
		reading: readingOf(figure),
		dataset,
		source: sourceLine(dataset),
		phrase,
		sentence: `The article’s “${claim}” is ${phrase}.`
	};
}

/** Every figure that has something to say beside an official count, in the figures' order. */
export function compareFigures(figures: readonly ComparableFigure[], official: Official): Comparison[] {
	return figures.flatMap((figure) => compareFigure(figure, official) ?? []);
}
