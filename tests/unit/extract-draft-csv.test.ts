// The draft as CSV, the columns of figures.csv first (src/lib/extract/draft-csv.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { draftCsv, DRAFT_COLUMNS, extractFigures } from '$lib/extract';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { generateArticle } from '../../scripts/lib/generate-article';


describe('draftCsv', () => {
	it('writes the columns of figures.csv, then the derived ones, and neutralises formulas', () => {
		const text = '=HYPERLINK("x") said 12 people died.';
		const csv = draftCsv(extractFigures(text, { source: 'src' }).figures);
		const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
		expect(parsed[0]).toEqual([...DRAFT_COLUMNS]);
		expect(DRAFT_COLUMNS.slice(0, FIGURE_COLUMNS.length)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
		const row = Object.fromEntries(DRAFT_COLUMNS.map((c, i) => [c, parsed[1]![i]]));
		expect(row).toMatchObject({
			id: '12-people-died',
			source: 'src',
			quote: '12 people died',
			value: '12',
			qualifier: 'exact',
			upper: '',
			unit: 'people',
			indicator: 'casualties',
			measure: 'flow',
			guessed: 'indicator measure',
			sentence: `'${text}`,
			start: '21',
			end: '35'
		});
	});

	it('writes the draft of a 2 MB article on one line with no sentence end: the sentence column is cut', () => {
		// Every row holding the whole 2 MB sentence made a string too long for JavaScript (RangeError).
		const text = generateArticle(2 * 1024 * 1024).replace(/[.!?]/g, '').replace(/\n+/g, ' ');
		const { figures, sentences } = extractFigures(text);
		// The line is cut into sentences of about 4,096 characters (provenance/paragraphs.ts).
		expect(sentences).toBeGreaterThan((2 * 1024 * 1024) / 8192);
		expect(figures.length).toBeGreaterThan(10_000);
		const csv = draftCsv(figures);
		expect(csv.length).toBeLessThan(5 * text.length);
	}, 60_000);
});
