// figures.csv as downloaded: the data columns, then the provenance (src/lib/export/figures-csv.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';
import { worldFiles } from '../helpers/world';

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

describe('figuresCsv with a figure about an area', () => {
	const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

	it('puts the M49 code in a column of its own, after the country’s, empty for a figure about a country', () => {
		expect(FIGURES_CSV_COLUMNS.slice(10, 14)).toEqual(['country', 'country_iso3', 'area_m49', 'admin1']);
		expect(parse(figuresCsv(buildDataset(dataFiles()))).map((row) => [row.country, row.country_iso3, row.area_m49])).toEqual(Array(6).fill(['Syria', 'SYR', '']));
		const rows = parse(figuresCsv(buildDataset(worldFiles())));
		expect(rows.map((row) => [row.id, row.country, row.country_iso3, row.area_m49, row.admin1]).at(-1)).toEqual(['world-refugees', '', '', '001', '']);
	});

	it('writes the code as text, its leading zeros kept', () => {
		const line = figuresCsv(buildDataset(worldFiles())).split('\r\n').find((l) => l.startsWith('world-refugees,'))!;
		expect(line).toContain(',people,,,001,,2020-02-11,UNHCR,');
	});
});
