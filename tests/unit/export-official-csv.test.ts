// official.csv as downloaded: the series as tidy rows, each with the rows it sums (src/lib/export/official-csv.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_CSV_COLUMNS, officialCsv, rowsSummed } from '$lib/export/official-csv';
import { NO_OFFICIAL_DATA } from '$lib/official';
import { loadDataset } from '$lib/server/read-data';

const { official } = loadDataset('data');
const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('officialCsv', () => {
	const csv = officialCsv({ official });
	const parsed = records(csv);

	it('has one row per series and year, in the columns the issue asks for', () => {
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(['series', 'title', 'dataset', 'release', 'indicator', 'measure', 'place', 'year', 'value', 'rows_summed', 'source']);
		expect(OFFICIAL_CSV_COLUMNS.map((c) => c.name)).toEqual(parsed.meta.fields);
		expect(parsed.data).toHaveLength(15 + 15 + 14 + 15);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('gives each value with the lines it sums', () => {
		expect(parsed.data.find((r) => r.series === 'unhcr-syria-refugees-neighbours' && r.year === '2019')).toEqual({
			series: 'unhcr-syria-refugees-neighbours',
			title: 'Refugees from Syria in Türkiye, Lebanon, Jordan, Iraq and Egypt (UNHCR)',
			dataset: 'unhcr-population-syria',
			release: '2025.12.1',
			indicator: 'refugees',
			measure: 'stock',
			place: 'Türkiye, Lebanon, Jordan, Iraq and Egypt',
			year: '2019',
			value: '5516668',
			rows_summed: 'EGY:857; IRQ:873; JOR:876; LBN:883; TUR:933',
			source: 'UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0)'
		});
		expect(parsed.data.find((r) => r.series === 'idmc-syria-idps' && r.year === '2019')).toMatchObject({
			value: '6495000',
			place: 'Syria',
			rows_summed: 'SYR:10',
			source: '© IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0)'
		});
	});

	it('parses back to exactly the series', () => {
		const expected = official.series.flatMap((s) => s.values.map((v) => [s.spec.id, Number(v.year), v.value, rowsSummed(v.rows)]));
		expect(parsed.data.map((r) => [r.series, Number(r.year), Number(r.value), r.rows_summed])).toEqual(expected);
	});

	it('neutralises a text cell that a spreadsheet would run as a formula', () => {
		const hostile = { ...official, datasets: official.datasets.map((d) => ({ ...d, release: '=HYPERLINK("http://x")', attribution: '-1+2' })) };
		const row = records(officialCsv({ official: hostile })).data[0]!;
		expect([row.release, row.source]).toEqual([`'=HYPERLINK("http://x")`, `'-1+2, release =HYPERLINK("http://x") (CC BY 4.0)`]);
	});

	it('is only its header without official data', () => {
		expect(officialCsv({ official: NO_OFFICIAL_DATA })).toBe('series,title,dataset,release,indicator,measure,place,year,value,rows_summed,source\r\n');
	});
});
