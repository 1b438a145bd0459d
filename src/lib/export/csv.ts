/**
 * RFC 4180 CSV (CRLF line ends, UTF-8, fields quoted where needed) with spreadsheet formula
 * injection neutralised: a text cell that begins with = + - @ tab, CR or NUL gets a leading
 * apostrophe, which spreadsheets show as text. Numbers are written as numbers, untouched, so
 * -5 stays -5. papaparse's own escapeFormulae default misses cells that span lines, hence the
 * pattern here.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

/** Start of a cell that a spreadsheet would read as a formula (or that hides one). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvCell>[]): string {
	const body = Papa.unparse(
		{ fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? null)) },
		{ newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false }
	);
	// papaparse ends a header with no rows after it with its line end already, and rows without one.
	return rows.length === 0 ? body : `${body}\r\n`;
}
