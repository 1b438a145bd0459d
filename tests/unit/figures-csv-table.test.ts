// Reading a CSV with the line each record starts on (src/lib/figures/csv-table.ts).
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '$lib/figures/csv-table';
import { readFigureRows } from '$lib/figures/rows';

const read = (text: string) => readCsvTable(text, 'f.csv', ['a', 'b']);
const lines = (text: string) => read(text).records.map((r) => [r.line, r.cells.a, r.cells.b]);

describe('readCsvTable', () => {
	it.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['a lone CR', '\r']
	])('numbers the lines of a file whose lines end in %s, a multi-line cell included', (_name, end) => {
		expect(lines(['a,b', '1,2', '"3', 'three",4', '5,6', ''].join(end))).toEqual([
			[2, '1', '2'],
			[3, `3${end}three`, '4'],
			[5, '5', '6']
		]);
	});

	it('reads a file by the line end of its first line, so a stray CR in CRLF lines cannot misread every row', () => {
		const table = read('a,b\r\n1,2\r3,4\r\n5,6\r\n');
		expect(table.problems).toEqual([{ file: 'f.csv', line: 2, message: 'has 3 cells but the header has 2 columns' }]);
		expect(table.records.map((r) => [r.line, r.cells.a])).toEqual([[4, '5']]);
	});

	it('leaves a byte-order mark out of the first column’s name', () => {
		expect(lines('\uFEFFa,b\n1,2\n')).toEqual([[2, '1', '2']]);
	});
});

describe('readCsvTable on a header that is odd', () => {
	it('finds the line end after a header cell quoted across lines', () => {
		const table = readCsvTable('"a\nb",c\r\n1,2\r\n', 'f.csv', ['a\nb', 'c']);
		expect(table.problems).toEqual([]);
		expect(table.records.map((r) => [r.line, r.cells.c])).toEqual([[3, '2']]);
	});

	it('quotes a column name with control characters as escapes, and cuts a long one', () => {
		const table = readCsvTable(`a,b,"x\u001b[2J\r",${'y'.repeat(300)}\n`, 'f.csv', ['a', 'b']);
		expect(table.problems.map((p) => p.message)).toEqual([
			'unknown column "x\\u001b[2J\\r" (expected: a, b)',
			`unknown column "${'y'.repeat(200)}"… (expected: a, b)`
		]);
	});

	it('lets the header leave out an optional column, whose cells are then missing; never a required one', () => {
		const optional = (text: string) => readCsvTable(text, 'f.csv', ['a', 'b', 'c'], { optionalColumns: ['c'] });
		expect(optional('a,b\n1,2\n')).toEqual({ records: [{ line: 2, cells: { a: '1', b: '2' } }], problems: [], headerValid: true });
		expect(optional('c,a,b\n3,1,2\n').records).toEqual([{ line: 2, cells: { c: '3', a: '1', b: '2' } }]);
		expect(optional('a,c\n1,3\n')).toEqual({ records: [], problems: [{ file: 'f.csv', line: 1, message: 'missing column "b"' }], headerValid: false });
	});
});

describe('readCsvTable on a big file', () => {
	/**
	 * A file of `rows` records, a cell quoted across lines in some (LF, CRLF, a lone CR, a blank
	 * line, quotes inside), with the line each record starts on counted as it is written.
	 */
	function bigCsv(rows: number, end: string, broken: number) {
		const breaks = ['one\ntwo', 'one\r\ntwo\r\nthree', 'one\rtwo', 'para\n\npara', 'say ""hi""\nthen, go'];
		let text = `a,b${end}`;
		let line = 2;
		const starts: number[] = [];
		for (let i = 1; i <= rows; i++) {
			starts.push(line);
			const note = i % 7 === 0 ? breaks[i % breaks.length]! : `plain ${i}`;
			const record = i === broken ? `${i},"${note}",extra${end}` : `${i},"${note}"${end}`;
			text += record;
			// Line breaks as an editor's text editor counts them: CRLF once, a lone CR or LF once each.
			line += record.match(/\r\n|\r|\n/g)!.length;
		}
		return { text, starts };
	}

	it.each([
		['LF', '\n'],
		['CRLF', '\r\n']
	])('names the right line for a problem on row 4,321 of 5,000, cells quoted across lines before it (%s)', (_name, end) => {
		const { text, starts } = bigCsv(5_000, end, 4_321);
		const table = read(text);
		expect(table.problems).toEqual([{ file: 'f.csv', line: starts[4_320], message: 'has 3 cells but the header has 2 columns' }]);
		// Far below the row number: 714 cells before it span more than one line.
		expect(starts[4_320]).toBeGreaterThan(4_321 + 700);
		const byId = new Map(table.records.map((r) => [Number(r.cells.a), r.line]));
		expect(byId.size).toBe(4_999);
		for (const [id, line] of byId) expect(line, `record ${id}`).toBe(starts[id - 1]);
	});

	it('names the right line through buildDataset too, for a bad cell on the last of 2,000 figures', () => {
		// Every figure's note runs over two lines, so the last is on line 2 + 2 × 1,999.
		const header = 'id,source,quote,label,indicator,measure,value,qualifier,upper,unit,country,country_iso3,admin1,reported,attributed_to,note';
		const rows = Array.from({ length: 2_000 }, (_, i) => `f${i},s,q,l,${i === 1_999 ? 'idp' : 'idps'},stock,1,exact,,people,Syria,SYR,,2020-01-01,,"a note\non two lines"`);
		const table = readFigureRows(`${header}\n${rows.join('\n')}\n`, 'data/figures.csv');
		expect(table.problems).toEqual([
			{ file: 'data/figures.csv', line: 2 + 2 * 1_999, message: 'indicator "idp" is not one of: refugees, idps, new_displacement, casualties, combatants' }
		]);
		expect(table.rows.at(-1)).toMatchObject({ line: 2 + 2 * 1_998, row: { id: 'f1998' } });
	});
});
