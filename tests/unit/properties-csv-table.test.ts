// Generated inputs for the CSV reader with line numbers (src/lib/figures/csv-table.ts): whatever
// an editor's spreadsheet saves, readCsvTable answers with records or located problems, never an
// exception, and every line it names is one the editor can find in the file.
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '$lib/export/csv';
import { readCsvTable } from '$lib/figures/csv-table';
import {
	anyText,
	checkProperty,
	fc,
	lineAt,
	lineCount,
	PROPERTY_TIMEOUT,
	sampleOne,
	textUnit,
	timeGrowth
} from '../helpers/properties';

/** The characters CSV gives a meaning to, and those a spreadsheet treats specially. */
const CSV_PIECES = [',', '"', '""', '\r', '\n', '\r\n', '\uFEFF', '=', '+', '-', '@', '\t', '\0', "'", 'a,b', '"a"'];

/** Column names are the program's, not the editor's: plain words. */
const columnName = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const columnsArb = fc.uniqueArray(columnName, { minLength: 2, maxLength: 6 });

/** Cell text of every kind: CSV syntax, all three line ends, controls, astral letters, emoji, formulas. */
const cellText = fc.string({ unit: textUnit(CSV_PIECES), maxLength: 24 });

/** A table's rows, each cell text, a number or empty; `columns` fixed first so rows fit them. */
function tableArb(maxRows: number) {
	return columnsArb.chain((columns) =>
		fc.record({
			columns: fc.constant(columns),
			rows: fc.array(
				fc.tuple(...columns.map(() => fc.oneof(cellText, fc.integer(), fc.constant(null)))).map(
					(cells): Record<string, CsvCell> => Object.fromEntries(columns.map((c, i) => [c, cells[i]!]))
				),
				{ maxLength: maxRows }
			)
		})
	);
}

const NEWLINES = { CRLF: '\r\n', LF: '\n', CR: '\r' } as const;

/**
 * A second writer, independent of toCsv: every cell quoted, records ended with LF or CR alone
 * as well as CRLF (old spreadsheets and editors), so line numbering is checked under each style.
 * Returns the text and the offset each data row starts at.
 */
function writeQuoted(columns: readonly string[], rows: readonly string[][], newline: string) {
	const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
	let text = columns.map(quote).join(',') + newline;
	const starts: number[] = [];
	for (const row of rows) {
		starts.push(text.length);
		text += row.map(quote).join(',') + newline;
	}
	return { text, starts };
}

/** Offsets where each record toCsv wrote begins: after the header, each CRLF that no quote encloses. */
function recordStarts(csv: string): number[] {
	const starts: number[] = [];
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		if (csv[i] === '"') quoted = !quoted;
		else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') {
			i += 1;
			if (i + 1 < csv.length) starts.push(i + 1);
		}
	}
	return starts;
}

describe('readCsvTable time', () => {
	// First in the file: the property runs below leave a heap and JIT state that slow big inputs
	// unevenly (4n rows took 3 ms alone, 12 ms after them), which is noise, not the parser.
	// Rows of generated cells, line breaks in some. Numbering each row's line by rescanning the
	// text from its start (lineAndColumn per row, as csv-table.ts did before lineCounter) gave a
	// ratio of 16 here; one pass gives 3 or less.
	const table = (rows: number) => {
		const columns = ['id', 'quote', 'note'];
		const cells = sampleOne(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 64, maxLength: 64 }));
		const data = Array.from({ length: rows }, (_, i) => {
			const [id, quote, note] = cells[i % cells.length]!;
			return { id: `${i}-${id}`, quote: quote!, note: note! };
		});
		return { columns, csv: toCsv(columns, data) };
	};

	it('grows linearly with the number of rows: 4n rows take at most 5 times as long as n', () => {
		const { ratio, small, large } = timeGrowth({
			input: table,
			run: ({ csv, columns }) => readCsvTable(csv, 'data/x.csv', columns),
			// 4,000 rows: at 1,000 a run took 2 ms, where a busy machine's noise alone gave 5.6
			// (CI, 2026-12-02); a quadratic reader would still give 16.
			size: 4_000
		});
		expect(ratio, `n rows: ${small.toFixed(1)} ms, 4n rows: ${large.toFixed(1)} ms`).toBeLessThanOrEqual(5);
	}, 60_000);
});

describe('readCsvTable on any text', () => {
	// Half the cases start with a good header, so that the rows behind it are read, not only refused.
	const input = columnsArb.chain((columns) =>
		fc.record({
			columns: fc.constant(columns),
			text: fc.oneof(
				anyText(200, CSV_PIECES),
				fc
					.tuple(fc.shuffledSubarray(columns, { minLength: columns.length }), fc.constantFrom('\r\n', '\n', '\r'), anyText(200, CSV_PIECES))
					.map(([header, newline, body]) => `${header.join(',')}${newline}${body}`)
			),
			extraColumns: fc.constantFrom('refuse' as const, 'ignore' as const)
		})
	);

	it(
		'never throws, and every problem names the file and a line of the text',
		() => {
			checkProperty(
				fc.property(input, ({ columns, text, extraColumns }) => {
					const table = readCsvTable(text, 'data/x.csv', columns, { extraColumns });
					const lines = lineCount(text);
					for (const problem of table.problems) {
						expect(problem.file).toBe('data/x.csv');
						expect(problem.line).toBeGreaterThanOrEqual(1);
						expect(problem.line).toBeLessThanOrEqual(lines);
						expect(problem.message).not.toBe('');
					}
					// Not "after the header's line": in a file of mixed line ends papaparse may split at
					// CR and start a record with the LF of a CRLF, which is still on the header's line.
					for (const record of table.records) {
						expect(record.line).toBeGreaterThanOrEqual(1);
						expect(record.line).toBeLessThanOrEqual(lines);
					}
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('readCsvTable on a table toCsv wrote', () => {
	it(
		'gives each record the line its row starts on (line breaks inside cells counted: CRLF, LF, CR)',
		() => {
			checkProperty(
				fc.property(tableArb(12), ({ columns, rows }) => {
					const csv = toCsv(columns, rows);
					const { records, problems } = readCsvTable(csv, 'data/x.csv', columns);
					expect(problems).toEqual([]);
					// A table of no rows comes out as the header and a blank line, which the reader skips.
					const starts = recordStarts(csv).slice(0, rows.length);
					expect(records.map((r) => r.line)).toEqual(starts.map((start) => lineAt(csv, start)));
				})
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('readCsvTable on a table with LF, CR or CRLF record ends', () => {
	const input = fc.record({
		columns: columnsArb,
		cells: fc.array(fc.array(cellText, { minLength: 6, maxLength: 6 }), { maxLength: 12 }),
		newline: fc.constantFrom(...(Object.keys(NEWLINES) as (keyof typeof NEWLINES)[]))
	});

	it(
		'reads back every cell and gives each record the line its row starts on',
		() => {
			checkProperty(
				fc.property(input, ({ columns, cells, newline }) => {
					const rows = cells.map((row) => row.slice(0, columns.length));
					const { text, starts } = writeQuoted(columns, rows, NEWLINES[newline]);
					const { records, problems } = readCsvTable(text, 'data/x.csv', columns);
					expect(problems).toEqual([]);
					expect(records.map((r) => r.cells)).toEqual(
						rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])))
					);
					expect(records.map((r) => r.line)).toEqual(starts.map((start) => lineAt(text, start)));
				})
			);
		},
		PROPERTY_TIMEOUT
	);
});
