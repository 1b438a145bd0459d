// figures.csv as downloaded: the data columns, then the provenance (src/lib/export/figures-csv.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';

describe('figuresCsv', () => {
	const dataset = buildDataset(dataFiles());
	const parsed = Papa.parse<Record<string, string>>(figuresCsv(dataset), { header: true, skipEmptyLines: true });

	it('has the data columns, then the provenance columns', () => {
		expect(parsed.meta.fields).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(FIGURES_CSV_COLUMNS.slice(-5)).toEqual(['sentence_id', 'sentence', 'start', 'end', 'text_fragment_url']);
	});

	it('parses back to exactly the figures', () => {
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(dataset.figures.length);
		parsed.data.forEach((row, i) => {
			const figure = dataset.figures[i]!;
			expect(row.id).toBe(figure.id);
			expect(row.quote).toBe(figure.quote);
			expect(Number(row.value)).toBe(figure.value);
			expect(row.upper === '' ? null : Number(row.upper)).toBe(figure.upper);
			expect(row.attributed_to === '' ? null : row.attributed_to).toBe(figure.attributed_to);
			expect(row.sentence).toBe(figure.provenance.sentence);
			expect([Number(row.start), Number(row.end)]).toEqual([figure.provenance.start, figure.provenance.end]);
			expect(row.text_fragment_url).toBe(figure.provenance.textFragmentUrl);
		});
	});
});
