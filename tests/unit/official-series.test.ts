// The official series (src/lib/official/series.ts): sums over named rows, each value with the
// rows it sums. The end-2019 values are the worked check of ../shared/official/README.md.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listInWords } from '$lib/display/format';
import { OFFICIAL_SERIES } from '$lib/figures/schema';
import { computeSeries, NEIGHBOURS_OF_SYRIA, readOfficial, SERIES, valueAt, type OfficialRow } from '$lib/official';

const read = (name: string) => readFileSync(`data/official/${name}`, 'utf8');
const { official, problems } = readOfficial({
	folder: 'data/official',
	datasets: { file: 'data/official/datasets.csv', text: read('datasets.csv') },
	table: (id) => ({ file: `data/official/${id}.csv`, text: read(`${id}.csv`) })
});
const seriesOf = (id: keyof typeof OFFICIAL_SERIES) => official.series.find((s) => s.spec.id === id)!;
const at2019 = (id: keyof typeof OFFICIAL_SERIES) => valueAt(seriesOf(id), 2019)!;
const fileLines = {
	'unhcr-population-syria': read('unhcr-population-syria.csv').split('\n'),
	'idmc-idps-syria': read('idmc-idps-syria.csv').split('\n')
};

describe('the series at the end of 2019 (the shared README’s worked check)', () => {
	it('reads the data without a problem', () => expect(problems).toEqual([]));

	it.each([
		['unhcr-syria-refugees', 6_615_249],
		['unhcr-syria-refugees-neighbours', 5_516_668],
		['unhcr-syria-idps', 6_146_994],
		['idmc-syria-idps', 6_495_000]
	] as const)('%s is %d', (id, value) => {
		expect(at2019(id).value).toBe(value);
	});

	it('sums, for the neighbouring countries, the rows of Türkiye, Lebanon, Jordan, Iraq and Egypt, each with its line', () => {
		expect(at2019('unhcr-syria-refugees-neighbours')).toEqual({
			series: 'unhcr-syria-refugees-neighbours',
			dataset: 'unhcr-population-syria',
			year: 2019,
			value: 5_516_668,
			rows: [
				{ place: 'EGY', line: 857, value: 129_210 },
				{ place: 'IRQ', line: 873, value: 245_810 },
				{ place: 'JOR', line: 876, value: 654_692 },
				{ place: 'LBN', line: 883, value: 910_586 },
				{ place: 'TUR', line: 933, value: 3_576_370 }
			],
			missing: []
		});
	});

	it('sums, for all countries, every row of the year: 119 countries of asylum', () => {
		const value = at2019('unhcr-syria-refugees');
		expect(value.rows).toHaveLength(119);
		expect(new Set(value.rows.map((r) => r.place)).size).toBe(119);
		expect(value.rows[0]).toEqual({ place: 'ALB', line: 824, value: 13 });
		expect(value.rows.at(-1)).toEqual({ place: 'ZMB', line: 942, value: 15 });
	});

	it('takes the IDPs of concern to UNHCR from the row of Syria itself, and IDMC’s from its one row', () => {
		expect(at2019('unhcr-syria-idps').rows).toEqual([{ place: 'SYR', line: 927, value: 6_146_994 }]);
		expect(at2019('idmc-syria-idps').rows).toEqual([{ place: 'SYR', line: 10, value: 6_495_000 }]);
	});
});

describe('every value of every series', () => {
	it('is the sum of its rows, and each row is that count on that line of the published file', () => {
		let checked = 0;
		for (const series of official.series) {
			const lines = fileLines[series.spec.dataset];
			for (const value of series.values) {
				expect(value.value).toBe(value.rows.reduce((sum, row) => sum + row.value, 0));
				for (const row of value.rows) {
					// Read from the raw line, not through the reader: year first, the count in its column.
					const [cells, header] = [lines[row.line - 1]!, lines[0]!].map((line) => Papa.parse<string[]>(line).data[0]!) as [string[], string[]];
					expect(Number(cells[0])).toBe(value.year);
					expect(cells[header.indexOf(series.spec.dataset === 'unhcr-population-syria' ? 'coa_iso' : 'coo_iso')]).toBe(row.place);
					expect(Number(cells[header.indexOf(series.spec.column)])).toBe(row.value);
					checked++;
				}
			}
		}
		expect(checked).toBe(1673 + 15 * 5 + 14 + 15);
	});

	it('runs from the end of 2011 to the end of 2025, but UNHCR’s IDPs, which have no row for 2011', () => {
		expect(official.series.map((s) => [s.spec.id, s.values[0]!.year, s.values.at(-1)!.year, s.values.length])).toEqual([
			['unhcr-syria-refugees', 2011, 2025, 15],
			['unhcr-syria-refugees-neighbours', 2011, 2025, 15],
			['unhcr-syria-idps', 2012, 2025, 14],
			['idmc-syria-idps', 2011, 2025, 15]
		]);
		expect(valueAt(seriesOf('unhcr-syria-idps'), 2011)).toBeUndefined();
	});
});

describe('the declared series', () => {
	it('are exactly the ids figures.csv may name, each counting what OFFICIAL_SERIES says', () => {
		expect(Object.keys(SERIES)).toEqual(Object.keys(OFFICIAL_SERIES));
		for (const [id, spec] of Object.entries(SERIES)) {
			expect(spec.id).toBe(id);
			expect({ indicator: spec.indicator, measure: spec.measure, country_iso3: spec.country_iso3 }).toEqual(OFFICIAL_SERIES[spec.id]);
		}
	});

	it('name the neighbouring countries in words as the data names them', () => {
		const rows = official.datasets[0]!.rows;
		const names = NEIGHBOURS_OF_SYRIA.map((code) => rows.find((r) => r.place === code)!.placeName);
		expect(listInWords(names)).toBe('Türkiye, Lebanon, Jordan, Iraq and Egypt');
		expect(SERIES['unhcr-syria-refugees-neighbours'].placeWords).toBe(listInWords(names));
	});
});

describe('computeSeries', () => {
	const row = (line: number, year: number, place: string, refugees: number, origin = 'SYR'): OfficialRow => ({
		line,
		year,
		origin,
		place,
		placeName: place,
		counts: { refugees, asylum_seekers: 0, idps: 0 }
	});

	it('lists the named places with no row in a year, and sums the others', () => {
		const series = computeSeries(SERIES['unhcr-syria-refugees-neighbours'], {
			id: 'unhcr-population-syria',
			rows: [row(2, 2012, 'TUR', 10), row(3, 2012, 'LBN', 5), row(4, 2012, 'DEU', 100), row(5, 2013, 'JOR', 7)]
		});
		expect(series.values.map((v) => [v.year, v.value, v.rows.map((r) => r.place), v.missing])).toEqual([
			[2012, 15, ['TUR', 'LBN'], ['JOR', 'IRQ', 'EGY']],
			[2013, 7, ['JOR'], ['TUR', 'LBN', 'IRQ', 'EGY']]
		]);
	});

	it('sums only rows of the series’ origin, and sorts the years', () => {
		const series = computeSeries(SERIES['unhcr-syria-refugees'], {
			id: 'unhcr-population-syria',
			rows: [row(2, 2014, 'DEU', 3), row(3, 2013, 'DEU', 2), row(4, 2013, 'FRA', 1, 'IRQ')]
		});
		expect(series.values.map((v) => [v.year, v.value, v.rows.map((r) => r.line)])).toEqual([
			[2013, 2, [3]],
			[2014, 3, [2]]
		]);
	});

	it('refuses the rows of another dataset', () => {
		expect(() => computeSeries(SERIES['idmc-syria-idps'], { id: 'unhcr-population-syria', rows: [] })).toThrow(
			'computeSeries: idmc-syria-idps sums idmc-idps-syria, not unhcr-population-syria'
		);
	});
});
