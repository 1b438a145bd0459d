/**
 * `--check`: which quantities of the article no figure row covers, and which rows no longer
 * match the article. A row covers a quantity when its quote, placed in the article, overlaps
 * the quantity's number phrase.
 */
import { readCsvTable } from '../figures/csv-table';
import type { DataProblem } from '../figures/problems';
import { findQuote } from '../provenance';
import type { DraftFigure } from './extract';

export interface FigureQuoteRow {
	line: number;
	id: string;
	source: string;
	quote: string;
}

export interface Coverage {
	/** Quantities of the article that no row covers. */
	missing: DraftFigure[];
	/** Rows whose quote is not in the article. */
	stale: DataProblem[];
}

/** The rows of a figures CSV (the dashboard's, or a draft with extra columns), with their lines. */
export function readFigureQuotes(csv: string, file: string): { rows: FigureQuoteRow[]; problems: DataProblem[] } {
	const table = readCsvTable(csv, file, ['id', 'source', 'quote'], { extraColumns: 'ignore' });
	const rows = table.records.map(({ line, cells }) => ({
		line,
		id: cells.id ?? '',
		source: cells.source ?? '',
		quote: cells.quote ?? ''
	}));
	return { rows, problems: table.problems };
}

export function checkCoverage(
	text: string,
	figures: readonly DraftFigure[],
	rows: readonly FigureQuoteRow[],
	file: string
): Coverage {
	const stale: DataProblem[] = [];
	const covered: { start: number; end: number }[] = [];
	for (const row of rows) {
		const spans = row.quote.trim() === '' ? [] : findQuote(text, row.quote);
		if (spans.length === 0) {
			stale.push({ file, line: row.line, message: `quote ${JSON.stringify(row.quote)} (${row.id}) is not in the article` });
		}
		for (const span of spans) covered.push(span);
	}
	const missing = figures.filter(({ number }) =>
		covered.every((span) => span.end <= number.start || number.end <= span.start)
	);
	return { missing, stale };
}
