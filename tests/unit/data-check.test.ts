// What a refused build prints (scripts/lib/data-check.ts); tests/build/broken-data.test.ts runs it in a real build.
import { describe, expect, it } from 'vitest';
import { dataReport } from '../../scripts/lib/data-check';

const problem = (line: number, file = 'data/figures.csv') => ({ file, line, message: `problem ${line}` });

describe('dataReport', () => {
	it('lists each problem once, then how many in which files, and that nothing was built', () => {
		expect(dataReport([problem(2), problem(4, 'data/pages.csv')])).toBe(
			'data/figures.csv:2: problem 2\ndata/pages.csv:4: problem 4\n\nThe data do not validate: 2 problems in data/figures.csv, data/pages.csv. Nothing was built.\n'
		);
	});

	it('prints the first 200 of a flood of problems, and counts the rest', () => {
		const report = dataReport(Array.from({ length: 120_000 }, (_, i) => problem(i + 2)));
		const lines = report.trimEnd().split('\n');
		expect(lines).toHaveLength(203);
		expect(lines[199]).toBe('data/figures.csv:201: problem 201');
		expect(lines[200]).toBe('… and 119,800 more');
		expect(lines.at(-1)).toBe('The data do not validate: 120,000 problems in data/figures.csv. Nothing was built.');
	});
});
