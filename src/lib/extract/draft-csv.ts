/**
 * The draft as CSV: the columns of data/figures.csv in their order, then the derived ones an
 * editor reads but does not keep (sentence_id, sentence, start, end, guessed).
 */
import { toCsv } from '../export/csv';
import { FIGURE_COLUMNS } from '../figures/schema';
import type { DraftFigure } from './extract';

export const DERIVED_COLUMNS = ['sentence_id', 'sentence', 'start', 'end', 'guessed'] as const;
export const DRAFT_COLUMNS: readonly string[] = [...FIGURE_COLUMNS.map((c) => c.name), ...DERIVED_COLUMNS];

export function draftCsv(figures: readonly DraftFigure[]): string {
	return toCsv(
		DRAFT_COLUMNS,
		figures.map((f) => ({
			id: f.id,
			source: f.source,
			quote: f.quote,
			label: f.label,
			indicator: f.indicator,
			measure: f.measure,
			value: f.value,
			qualifier: f.qualifier,
			upper: f.upper,
			unit: f.unit,
			note: f.note,
			sentence_id: f.sentence_id,
			sentence: f.sentence,
			start: f.start,
			end: f.end,
			guessed: f.guessed
		}))
	);
}
