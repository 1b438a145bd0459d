/**
 * /data/comparisons.csv: one row per figure set beside an official count, or told why it is not
 * (a flow), with the official value, how the figure's words were read, and the result in words
 * as the page gives it. Written like every CSV here (formulas neutralised).
 */
import type { ColumnSpec } from '../figures/schema';
import { compareFigures, type ComparableFigure, type Official } from '../official';
import { toCsv, type CsvCell } from './csv';

export const COMPARISONS_CSV_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'figure_id', type: 'string', required: true, description: 'Identifier of the figure (figures.csv id).' },
	{ name: 'quote', type: 'string', required: true, description: 'The article’s words that state the figure, character for character.' },
	{ name: 'qualifier', type: 'string', required: true, description: 'How the article qualifies the number (figures.csv qualifier).' },
	{ name: 'people', type: 'integer', required: true, description: 'The figure’s number of people; for a range, its lower end. Only counts of people are compared.' },
	{ name: 'people_upper', type: 'integer', required: false, description: 'Upper end of a range; empty otherwise.' },
	{ name: 'series', type: 'string', required: false, description: 'The official series the figure is compared with; empty for a flow, which has none.' },
	{ name: 'dataset', type: 'string', required: false, description: 'The dataset of the series (data/official/datasets.csv id).' },
	{ name: 'release', type: 'string', required: false, description: 'Release of the dataset the official value comes from.' },
	{ name: 'year', type: 'integer', required: false, description: 'Year at whose end the official value counts: the last year-end on or before the figure was reported.' },
	{ name: 'official_value', type: 'integer', required: false, description: 'The series’ value at the end of that year.' },
	{ name: 'agreement', type: 'string', required: true, enum: ['consistent', 'above', 'below', 'not_compared'], description: 'consistent: the official value is one the figure’s words allow; above or below: the words allow only more, or only less, than it; not_compared: see reason.' },
	{ name: 'reason', type: 'string', required: false, enum: ['flow', 'before-series', 'no-data'], description: 'Why a figure is not compared: a flow (the series are stocks), reported before the series begins, or no data for its series.' },
	{ name: 'reading', type: 'string', required: false, description: 'How the figure’s qualifier was read, with the official values it allows (e.g. “around” as within ±10%).' },
	{ name: 'statement', type: 'string', required: true, description: 'The result in words, as the page gives it: agreement with a count, never a verdict on the truth.' }
];

export function comparisonsCsv({ figures, official }: { figures: readonly (ComparableFigure & { quote: string })[]; official: Official }): string {
	// Only counts of people are set beside official counts of people; a percentage is not one.
	const counts = figures.filter((f) => f.unit === 'people');
	const quotes = new Map(counts.map((f) => [f.id, f]));
	const records = compareFigures(counts, official).map((comparison): Record<string, CsvCell> => {
		const figure = quotes.get(comparison.figure)!;
		const common = {
			figure_id: figure.id,
			quote: figure.quote,
			qualifier: figure.qualifier,
			people: figure.value,
			people_upper: figure.upper,
			series: comparison.series?.id ?? null,
			dataset: comparison.series?.dataset ?? null,
			statement: comparison.sentence
		};
		if (comparison.outcome === 'not-compared') return { ...common, agreement: 'not_compared', reason: comparison.reason };
		return {
			...common,
			release: comparison.dataset.release,
			year: comparison.official.year,
			official_value: comparison.official.value,
			agreement: comparison.agreement,
			reading: comparison.reading
		};
	});
	return toCsv(COMPARISONS_CSV_COLUMNS.map((c) => c.name), records);
}
