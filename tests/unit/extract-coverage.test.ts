// --check: the quantities no figure row covers, and rows not in the article (src/lib/extract/coverage.ts).
import { describe, expect, it } from 'vitest';
import { checkCoverage, draftCsv, extractFigures, readFigureQuotes } from '$lib/extract';


describe('checkCoverage', () => {
	const text = 'At least 12 people died. Around 300 fled. Half were children.';
	const figures = extractFigures(text).figures;

	it('lists the quantities no row covers and the rows not in the article, with their lines', () => {
		const rows = [
			{ line: 2, id: 'a', source: 's', quote: 'At least 12 people' },
			{ line: 3, id: 'b', source: 's', quote: 'Around 3,000 fled' }
		];
		const coverage = checkCoverage(text, figures, rows, 'f.csv');
		expect(coverage.missing.map((f) => f.quote)).toEqual(['Around 300 fled', 'Half were children']);
		expect(coverage.stale).toEqual([{ file: 'f.csv', line: 3, message: 'quote "Around 3,000 fled" (b) is not in the article' }]);
	});

	it('reads a draft CSV with its extra columns as well as figures.csv', () => {
		const { rows, problems } = readFigureQuotes(draftCsv(figures), 'draft.csv');
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.line, r.quote])).toEqual([
			[2, 'At least 12 people died'],
			[3, 'Around 300 fled'],
			[4, 'Half were children']
		]);
		expect(checkCoverage(text, figures, rows, 'draft.csv')).toEqual({ missing: [], stale: [] });
	});

	it('names a figures CSV without a quote column', () => {
		expect(readFigureQuotes('id,source\na,b\n', 'f.csv').problems).toEqual([{ file: 'f.csv', line: 1, message: 'missing column "quote"' }]);
	});
});
