/**
 * The rows of /data/figures.csv: every data column of data/figures.csv, then the provenance
 * derived from the article (the sentence, the quote's offsets, a text-fragment link), so a
 * download can be cited and checked against the verbatim text without this site.
 */
import type { Dataset, SourcedFigure } from '../figures/dataset';
import { FIGURE_COLUMNS, type ColumnSpec } from '../figures/schema';
import { toCsv, type CsvCell } from './csv';

/** Derived for every figure, so never empty. */
export const PROVENANCE_COLUMNS: readonly ColumnSpec[] = [
	// `s<paragraph>-<sentence>`, as $lib/provenance/paragraphs numbers them.
	{ name: 'sentence_id', type: 'string', required: true, pattern: 's[0-9]+-[0-9]+', description: 'Anchor id of the sentence on the dashboard page (#<id>).' },
	{ name: 'sentence', type: 'string', required: true, description: 'The sentence of the article that holds the quote, verbatim.' },
	{ name: 'start', type: 'integer', required: true, minimum: 0, description: 'Offset of the quote in the verbatim article text, in UTF-16 code units from 0 (W3C TextPositionSelector start).' },
	{ name: 'end', type: 'integer', required: true, minimum: 0, description: 'Offset just past the quote in the verbatim article text (W3C TextPositionSelector end).' },
	{ name: 'text_fragment_url', type: 'url', required: true, description: 'Link to the original article that highlights the quote (Text Fragment).' }
];

export const FIGURES_CSV_COLUMNS: readonly string[] = [
	...FIGURE_COLUMNS.map((c) => c.name),
	...PROVENANCE_COLUMNS.map((c) => c.name)
];

export function figureRecord(figure: SourcedFigure): Record<string, CsvCell> {
	const { provenance, ...row } = figure;
	return {
		...row,
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
