// figures.csv as downloaded: the data columns with the number split by kind, then the provenance
// (src/lib/export/figures-csv.ts), read back the way an analyst's tools read it.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { ARTICLE } from '../helpers/article';
import { dataFiles, FIGURES_CSV } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('figuresCsv', () => {
	const dataset = buildDataset(dataFiles());
	const parsed = parse(figuresCsv(dataset));

	it('has the data columns, the number split by unit after its qualifier and unit, then the provenance columns', () => {
		expect(parsed.meta.fields).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(FIGURES_CSV_COLUMNS).toEqual([
			'id', 'source', 'quote', 'label', 'indicator', 'measure',
			'qualifier', 'unit', 'people', 'people_upper', 'share', 'share_upper', 'percent', 'percent_upper',
			'country', 'country_iso3', 'area_m49', 'admin1', 'reported', 'period_start', 'period_end',
			'attributed_to', 'note', 'official_series',
			'sentence_id', 'sentence', 'start', 'end', 'text_fragment_url'
		]);
	});

	it('sums to people only: grouped by indicator, the people column adds no share', () => {
		// What an analyst does first: pandas' df.groupby('indicator')['people'].sum(), or a pivot table.
		const sums = new Map<string, number>();
		for (const row of parsed.data) {
			if (row.people !== '') sums.set(row.indicator!, (sums.get(row.indicator!) ?? 0) + Number(row.people));
		}
		expect(Object.fromEntries(sums)).toEqual({ refugees: 5500000, idps: 6000000, new_displacement: 700000, combatants: 8000, casualties: 12 });
		// The half is in its own column, where no count of people is.
		expect(parsed.data.filter((row) => row.share !== '').map((row) => [row.id, row.share, row.people])).toEqual([['idlib-killed-minors-share', '0.5', '']]);
	});

	it('writes counts of people as whole numbers, so pandas reads them as Int64 (no ".0", no exponent)', () => {
		const cells = parsed.data.flatMap((row) => [row.people, row.people_upper]).filter((cell) => cell !== '');
		expect(cells).toEqual(['5500000', '6000000', '700000', '8000', '10000', '12']);
		for (const cell of cells) expect(cell).toMatch(/^(0|[1-9][0-9]*)$/u);
	});

	it('round-trips: each row gives back the data file’s value, upper and unit, and every other data column', () => {
		const data = parse(FIGURES_CSV).data;
		expect(parsed.data).toHaveLength(data.length);
		parsed.data.forEach((row, i) => {
			const source = data[i]!;
			const [value, upper] = [row[row.unit!], row[`${row.unit}_upper`]];
			expect([value, upper]).toEqual([source.value, source.upper]);
			for (const { name } of FIGURE_COLUMNS) {
				if (name !== 'value' && name !== 'upper' && name !== 'quote') expect([name, row[name]]).toEqual([name, source[name] ?? '']);
			}
		});
	});

	it('quotes the article’s own characters: text[start:end] is the quote, no-break spaces kept', () => {
		for (const row of parsed.data) expect(ARTICLE.slice(Number(row.start), Number(row.end))).toBe(row.quote);
		const idlib = parsed.data.find((row) => row.id === 'idlib-offensive-displaced')!;
		// The data file has a plain space where the article has U+00A0; the download has the article's.
		expect(parse(FIGURES_CSV).data.find((row) => row.id === 'idlib-offensive-displaced')!.quote).toBe('around 700,000 Syrians flee a regime offensive in nearby Idlib');
		expect(idlib.quote).not.toBe('around 700,000 Syrians flee a regime offensive in nearby Idlib');
		expect(idlib.quote!.replace(/\u00a0/gu, ' ')).toBe('around 700,000 Syrians flee a regime offensive in nearby Idlib');
	});

	it('keeps each figure’s sentence and text-fragment link', () => {
		parsed.data.forEach((row, i) => {
			const figure = dataset.figures[i]!;
			expect(row.sentence).toBe(figure.provenance.sentence);
			expect(row.text_fragment_url).toBe(figure.provenance.textFragmentUrl);
		});
	});

	it('writes a flow’s period, and leaves it empty where the article states none', () => {
		expect(parsed.data.map((row) => [row.id, row.measure, row.period_start, row.period_end])).toEqual([
			['syria-refugees', 'stock', '', ''],
			['syria-idps', 'stock', '', ''],
			['idlib-offensive-displaced', 'flow', '', ''],
			['nujaba-fighters', 'stock', '', ''],
			['idlib-civilians-killed', 'flow', '2020-02-11', '2020-02-11'],
			['idlib-killed-minors-share', 'share', '', '']
		]);
	});
});

describe('figuresCsv with a figure about an area', () => {
	it('puts the M49 code in a column of its own, after the country’s, empty for a figure about a country', () => {
		expect(FIGURES_CSV_COLUMNS.slice(14, 18)).toEqual(['country', 'country_iso3', 'area_m49', 'admin1']);
		expect(parse(figuresCsv(buildDataset(dataFiles()))).data.map((row) => [row.country, row.country_iso3, row.area_m49])).toEqual(Array(6).fill(['Syria', 'SYR', '']));
		const rows = parse(figuresCsv(buildDataset(worldFiles()))).data;
		expect(rows.map((row) => [row.id, row.country, row.country_iso3, row.area_m49, row.admin1]).at(-1)).toEqual(['world-refugees', '', '', '001', '']);
	});

	it('writes the code as text, its leading zeros kept', () => {
		const line = figuresCsv(buildDataset(worldFiles())).split('\r\n').find((l) => l.startsWith('world-refugees,'))!;
		expect(line).toContain(',26000000,,,,,,,,001,,2020-02-11,,,UNHCR,');
	});
});
