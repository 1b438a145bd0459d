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
