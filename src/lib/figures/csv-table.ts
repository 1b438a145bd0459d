/**
 * Reads a CSV file into records keyed by header, remembering the line each record starts on,
 * so that every later check can point an editor at the exact line.
 * The header must hold exactly the expected columns (any order; a column added later to a file's
 * format may be left out, see `optionalColumns`); papaparse does the CSV grammar.
 */
import Papa from 'papaparse';
import { lineCounter, shown, type DataProblem } from './problems';

/** The first line end outside quotes: a header cell may be quoted across lines. */
function firstLineEnd(text: string): '\r\n' | '\n' | '\r' | undefined {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) return ch === '\r' && text[i + 1] === '\n' ? '\r\n' : ch;
	}
	return undefined;
}

export interface CsvRecord {
	/** 1-based line the record starts on. */
	line: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	records: CsvRecord[];
	problems: DataProblem[];
	/** False when the header is missing or does not hold exactly the expected columns. */
	headerValid: boolean;
}

export interface CsvTableOptions {
	/** 'ignore' reads files that carry more columns than `columns` (a draft with derived columns). */
	extraColumns?: 'refuse' | 'ignore';
	/**
	 * Columns the header may leave out: every record then reads them as empty. A column added to
	 * a format later (figures.csv's official_series) keeps the files written before it valid.
	 */
	optionalColumns?: readonly string[];
}

export function readCsvTable(
	text: string,
	file: string,
	columns: readonly string[],
	{ extraColumns = 'refuse', optionalColumns = [] }: CsvTableOptions = {}
): CsvTable {
	const problems: DataProblem[] = [];
	const records: CsvRecord[] = [];
	// A byte-order mark from a spreadsheet export is not part of the first column's name.
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let header: string[] | null = null;
	let rowStart = 0;
	const lineAt = lineCounter(body);
	let headerValid = false;

	Papa.parse<string[]>(body, {
		delimiter: ',',
		// The line end of the first line, not papaparse's guess: it counts line ends, and a file of
		// CRLF lines with a few lone CRs can make it take CR for the line end and misread every row.
		newline: firstLineEnd(body),
		step(result) {
			const start = rowStart;
			rowStart = result.meta.cursor;
			const line = lineAt(start);
			const fields = result.data;
			for (const error of result.errors) {
				problems.push({ file, line, message: `CSV syntax: ${error.message}` });
			}
			if (fields.length === 1 && fields[0] === '') return; // blank line
			if (header === null) {
				header = fields;
				const headerProblems = checkHeader(header, columns, file, line, extraColumns, optionalColumns);
				headerValid = headerProblems.length === 0;
				for (const problem of headerProblems) problems.push(problem);
				return;
			}
			if (!headerValid) return; // every row would be misread; the header problem says why
			if (fields.length !== header.length) {
				problems.push({
					file,
					line,
					message: `has ${fields.length} cells but the header has ${header.length} columns`
				});
				return;
			}
			const cells: Record<string, string> = {};
			header.forEach((name, i) => (cells[name] = fields[i] ?? ''));
			records.push({ line, cells });
		}
	});

	if (header === null) problems.push({ file, line: 1, message: 'is empty: expected a header row' });
	return { records, problems, headerValid };
}

function checkHeader(
	header: readonly string[],
	columns: readonly string[],
	file: string,
	line: number,
	extraColumns: 'refuse' | 'ignore',
	optionalColumns: readonly string[]
): DataProblem[] {
	const problems: DataProblem[] = [];
	const seen = new Set<string>();
	for (const name of header) {
		if (seen.has(name)) problems.push({ file, line, message: `column ${shown(name)} appears twice` });
		seen.add(name);
		if (!columns.includes(name) && extraColumns === 'refuse') {
			problems.push({ file, line, message: `unknown column ${shown(name)} (expected: ${columns.join(', ')})` });
		}
	}
	for (const name of columns) {
		if (!seen.has(name) && !optionalColumns.includes(name)) problems.push({ file, line, message: `missing column "${name}"` });
	}
	return problems;
}
