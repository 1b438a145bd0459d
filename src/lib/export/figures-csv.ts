/**
 * The rows of /data/figures.csv: the figure as data/figures.csv states it, with its number split
 * by kind, then the provenance derived from the article (the sentence, the quote's offsets, a
 * text-fragment link), so a download can be cited and checked against the verbatim text without
 * this site. Every figures download (CSV, HXL, Excel, JSON, each article's) is written from
 * `figureRecord`.
 *
 * Why the number is split: data/figures.csv keeps one `value` and its `unit`, which is tidy to
 * edit, but a spreadsheet, pandas or hxlcount sums a column whatever its unit, and "12 people
 * plus half" is no number. So the downloads give each kind its own column: `people` (whole
 * numbers, Int64-clean), `share` (a fraction) and `percent`, each with its range's upper end, and
 * a cell is filled only in the column of its figure's unit. `value` is whichever of the three is
 * filled, and `upper` its `_upper`: the data file's row comes back from the download, but for
 * `quote`, which is the article's own characters (exactQuote).
 */
import type { Dataset, SourcedFigure } from '../figures/dataset';
import { FIGURE_COLUMNS, UNITS, type ColumnSpec, type FigureRow, type Unit } from '../figures/schema';
import { toCsv, type CsvCell } from './csv';

const column = (name: string): ColumnSpec => FIGURE_COLUMNS.find((c) => c.name === name)!;
const MAXIMUM = column('value').maximum;

/** The number columns of the downloads, one pair per unit, in place of `value` and `upper`. */
export const AMOUNT_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'people', type: 'integer', required: false, minimum: 0, maximum: MAXIMUM, description: 'For a count of people (unit people): the number the quote states, a whole number; for a range, its lower end. Empty for a share or a percentage, so a sum of this column counts people only. Read it with the qualifier: “at least 5,500,000” is a bound, not a point.' },
	{ name: 'people_upper', type: 'integer', required: false, minimum: 0, maximum: MAXIMUM, description: 'For a range of people (qualifier range): its upper end; empty otherwise.' },
	{ name: 'share', type: 'number', required: false, minimum: 0, maximum: 1, description: 'For a share (unit share): the fraction of another figure the quote states (half = 0.5); for a range, its lower end. Empty otherwise: a share is never added to people.' },
	{ name: 'share_upper', type: 'number', required: false, minimum: 0, maximum: 1, description: 'For a range of shares: its upper end; empty otherwise.' },
	{ name: 'percent', type: 'number', required: false, minimum: 0, description: 'For a percentage (unit percent): the percentage the quote states (12% = 12); for a range, its lower end. Empty otherwise.' },
	{ name: 'percent_upper', type: 'number', required: false, minimum: 0, description: 'For a range of percentages: its upper end; empty otherwise.' }
];

const AMOUNT_OF_UNIT: Record<Unit, readonly [string, string]> = { people: ['people', 'people_upper'], share: ['share', 'share_upper'], percent: ['percent', 'percent_upper'] };
// Every unit has its columns: a unit added to schema.ts without them fails here, at load.
for (const unit of Object.keys(UNITS) as Unit[]) if (!AMOUNT_OF_UNIT[unit]) throw new Error(`no download columns for the unit "${unit}"`);

/**
 * The figure columns of the downloads: data/figures.csv's, with `value` and `upper` replaced by
 * the number columns, after the qualifier and unit that say how to read them.
 */
export const DOWNLOAD_FIGURE_COLUMNS: readonly ColumnSpec[] = FIGURE_COLUMNS.flatMap((spec) => {
	if (spec.name === 'value') return [column('qualifier'), column('unit'), ...AMOUNT_COLUMNS];
	return ['qualifier', 'upper', 'unit'].includes(spec.name) ? [] : [spec];
});

/** Derived for every figure, so never empty. */
export const PROVENANCE_COLUMNS: readonly ColumnSpec[] = [
	// `s<paragraph>-<sentence>`, as $lib/provenance/paragraphs numbers them.
	{ name: 'sentence_id', type: 'string', required: true, pattern: 's[0-9]+-[0-9]+', description: 'Anchor id of the sentence on the dashboard page (#<id>).' },
	{ name: 'sentence', type: 'string', required: true, description: 'The sentence of the article that holds the quote, verbatim.' },
	{ name: 'start', type: 'integer', required: true, minimum: 0, description: 'Offset of the quote in the verbatim article text, in UTF-16 code units from 0 (W3C TextPositionSelector start); the text from start to end is the quote, character for character.' },
	{ name: 'end', type: 'integer', required: true, minimum: 0, description: 'Offset just past the quote in the verbatim article text (W3C TextPositionSelector end).' },
	{ name: 'text_fragment_url', type: 'url', required: true, description: 'Link to the original article that highlights the quote (Text Fragment).' }
];

export const FIGURES_CSV_COLUMNS: readonly string[] = [
	...DOWNLOAD_FIGURE_COLUMNS.map((c) => c.name),
	...PROVENANCE_COLUMNS.map((c) => c.name)
];

/** The number columns of one figure: its value and upper end in its unit's pair, null in the others. */
export function amounts(figure: Pick<FigureRow, 'value' | 'upper' | 'unit'>): Record<string, number | null> {
	const [value, upper] = AMOUNT_OF_UNIT[figure.unit];
	return { ...Object.fromEntries(AMOUNT_COLUMNS.map((c) => [c.name, null])), [value]: figure.value, [upper]: figure.upper };
}

/**
 * The quote as the article has it, character for character (`text[start:end]`): the data file's
 * quote is what the editor typed, whose white space may differ (a plain space for a no-break one).
 */
export const exactQuote = (figure: SourcedFigure) => figure.provenance.selectors[0].exact;

/** The figure's data columns as the downloads have them, without its provenance. */
export function downloadFigure(figure: SourcedFigure): Record<string, CsvCell> {
	const { provenance: _provenance, value, upper, ...row } = figure;
	return { ...row, quote: exactQuote(figure), ...amounts({ value, upper, unit: figure.unit }) };
}

export function figureRecord(figure: SourcedFigure): Record<string, CsvCell> {
	const { provenance } = figure;
	return {
		...downloadFigure(figure),
		sentence_id: provenance.sentenceId,
		sentence: provenance.sentence,
		start: provenance.start,
		end: provenance.end,
		text_fragment_url: provenance.textFragmentUrl
	};
}

export function figuresCsv(dataset: Dataset): string {
	return toCsv(FIGURES_CSV_COLUMNS, dataset.figures.map(figureRecord));
}
