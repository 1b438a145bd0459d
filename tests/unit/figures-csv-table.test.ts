// Reading a CSV with the line each record starts on (src/lib/figures/csv-table.ts).
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '$lib/figures/csv-table';

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
