// RFC 4180 CSV with spreadsheet formulas neutralised (src/lib/export/csv.ts).
import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/export/csv';

describe('toCsv', () => {
	it('writes RFC 4180: CRLF line ends, quotes only where needed, quotes doubled', () => {
		expect(toCsv(['a', 'b'], [{ a: 'plain', b: 'has, comma' }, { a: 'say "hi"', b: 'two\nlines' }])).toBe(
			'a,b\r\nplain,"has, comma"\r\n"say ""hi""","two\nlines"\r\n'
		);
	});

	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1', `"'+1"`],
		['-1+2', `"'-1+2"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\tcmd', `"'\tcmd"`],
		['\rcmd', `"'\rcmd"`],
		['\0cmd', `"'\0cmd"`],
		['=1\n+2', `"'=1\n+2"`]
	])('neutralises the text cell %j with a leading apostrophe', (cell, written) => {
		expect(toCsv(['x'], [{ x: cell }])).toBe(`x\r\n${written}\r\n`);
	});

	it('leaves numbers as numbers, negative ones included, and empty cells empty', () => {
		expect(toCsv(['n', 'm', 'e'], [{ n: -5, m: 0.5, e: null }])).toBe('n,m,e\r\n-5,0.5,\r\n');
	});

	it('writes a table without rows as its header line alone, with no blank line after it', () => {
		expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
	});

	it('leaves text that merely contains formula characters alone', () => {
		expect(toCsv(['x'], [{ x: 'a=b, c-d' }])).toBe('x\r\n"a=b, c-d"\r\n');
	});
});
