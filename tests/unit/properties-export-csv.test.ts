// Generated rows for the CSV writer of every download (src/lib/export/csv.ts, which
// figures-csv.ts, hxl.ts and the others call): "parsing the download gives back exactly the
// data", read here with the project's own reader (src/lib/figures/csv-table.ts), whatever the
// cells hold, and a cell a spreadsheet would run as a formula comes back neutralised, once.
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '$lib/export/csv';
import { readCsvTable } from '$lib/figures/csv-table';
import { checkProperty, fc, PROPERTY_TIMEOUT, textUnit } from '../helpers/properties';

/** What toCsv neutralises (csv.ts's FORMULA_START), restated so that a change to it is noticed. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\0'];
const startsLikeFormula = (text: string) => FORMULA_STARTS.some((start) => text.startsWith(start));

/** CSV syntax, all three line ends, control characters, formulas anywhere but at the start. */
const PIECES = [',', '"', '""', '\r', '\n', '\r\n', '\uFEFF', '\u0001', '\u001B', '\u007F', '\u0085', "'", ...FORMULA_STARTS, '=SUM(A1:A9)', '@cmd', '-5'];
const anyCell = fc.string({ unit: textUnit(PIECES), maxLength: 30 });
const plainCell = anyCell.filter((text) => !startsLikeFormula(text));
const formulaCell = fc.tuple(fc.constantFrom(...FORMULA_STARTS), anyCell).map(([start, rest]) => start + rest);

/** Column names are the program's: plain words. */
const columnsArb = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), { minLength: 2, maxLength: 6 });

/**
 * Rows of cells drawn from `cell`, numbers and empty cells. At least two columns: in a table of
 * one column an empty cell is written as a blank line, which every reader skips (RFC 4180 cannot
 * tell the two apart), and no download has a single column.
 */
function tableOf(cell: fc.Arbitrary<CsvCell>) {
	return columnsArb.chain((columns) =>
		fc.record({
			columns: fc.constant(columns),
			rows: fc.array(
				fc.tuple(...columns.map(() => cell)).map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]!]))),
				{ maxLength: 10 }
			)
		})
	);
}

/** What a cell reads back as: text as written, a number in its shortest form, null as empty. */
const asRead = (cell: CsvCell) => (cell === null ? '' : String(cell));

describe('toCsv read back with readCsvTable', () => {
	it(
		'gives back every cell that does not start like a formula, numbers as written',
		() => {
			const cell = fc.oneof(
				{ arbitrary: plainCell, weight: 4 },
				fc.integer(),
				fc.double({ noNaN: true, noDefaultInfinity: true }),
				fc.constant(null)
			);
			checkProperty(
				fc.property(tableOf(cell), ({ columns, rows }) => {
					const { records, problems, headerValid } = readCsvTable(toCsv(columns, rows), 'figures.csv', columns);
					expect(problems).toEqual([]);
					expect(headerValid).toBe(true);
					expect(records.map((r) => r.cells)).toEqual(
						rows.map((row) => Object.fromEntries(columns.map((c) => [c, asRead(row[c]!)])))
					);
				})
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		"gives back a cell that starts like a formula with exactly one ' in front",
		() => {
			checkProperty(
				fc.property(tableOf(fc.oneof(formulaCell, plainCell)), ({ columns, rows }) => {
					const { records, problems } = readCsvTable(toCsv(columns, rows), 'figures.csv', columns);
					expect(problems).toEqual([]);
					expect(records.map((r) => r.cells)).toEqual(
						rows.map((row) =>
							Object.fromEntries(
								columns.map((c) => {
									const written = row[c] as string;
									return [c, startsLikeFormula(written) ? `'${written}` : written];
								})
							)
						)
					);
				})
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'leaves negative numbers as numbers: -5 is no formula',
		() => {
			checkProperty(
				fc.property(fc.integer({ max: -1 }), fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (int, real) => {
					const csv = toCsv(['a', 'b'], [{ a: int, b: real }]);
					expect(csv).toBe(`a,b\r\n${int},${real}\r\n`);
				})
			);
		},
		PROPERTY_TIMEOUT
	);
});
