// comparisons.csv as downloaded: one row per figure set beside an official count (src/lib/export/comparisons-csv.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COMPARISONS_CSV_COLUMNS, comparisonsCsv } from '$lib/export/comparisons-csv';
import { NO_OFFICIAL_DATA } from '$lib/official';
import { loadDataset } from '$lib/server/read-data';

const dataset = loadDataset('data');
const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const HEADER = 'figure_id,quote,qualifier,people,people_upper,series,dataset,release,year,official_value,agreement,reason,reading,statement';

describe('comparisonsCsv', () => {
	const csv = comparisonsCsv(dataset);
	const parsed = records(csv);

	it('has one row per compared figure, and one for the flow that says why it is not', () => {
		expect(parsed.errors).toEqual([]);
		expect(csv.split('\r\n')[0]).toBe(HEADER);
		expect(COMPARISONS_CSV_COLUMNS.map((c) => c.name).join(',')).toBe(HEADER);
		expect(parsed.data.map((r) => [r.figure_id, r.series, r.year, r.official_value, r.agreement, r.reason])).toEqual([
			['syria-refugees', 'unhcr-syria-refugees-neighbours', '2019', '5516668', 'consistent', ''],
			['syria-idps', 'unhcr-syria-idps', '2019', '6146994', 'consistent', ''],
			['idlib-offensive-displaced', '', '', '', 'not_compared', 'flow']
		]);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('writes the figure, the count and the words of the page', () => {
		expect(parsed.data[0]).toEqual({
			figure_id: 'syria-refugees',
			quote: 'at least 5.5 million people fleeing the country',
			qualifier: 'at_least',
			people: '5500000',
			people_upper: '',
			series: 'unhcr-syria-refugees-neighbours',
			dataset: 'unhcr-population-syria',
			release: '2025.12.1',
			year: '2019',
			official_value: '5516668',
			agreement: 'consistent',
			reason: '',
			reading: '“at least” is read as the number or more: 5,500,000 or more',
			statement:
				'The article’s “at least 5.5 million” is consistent with UNHCR’s count of 5,516,668 Syrian refugees in Türkiye, Lebanon, Jordan, Iraq and Egypt at the end of 2019 (6,615,249 in all countries).'
		});
		expect(parsed.data[2]!.statement).toBe(
			'The article’s “around 700,000” has no official count to compare it with: it counts people who fled during a period (a flow), and the UNHCR and IDMC series here count people displaced at the end of each year (stocks).'
		);
	});

	it('neutralises a text cell that a spreadsheet would run as a formula', () => {
		const figures = dataset.figures.map((f) => (f.id === 'syria-idps' ? { ...f, quote: '=cmd|" /C calc"!A0' } : f));
		expect(records(comparisonsCsv({ figures, official: dataset.official })).data[1]!.quote).toBe(`'=cmd|" /C calc"!A0`);
	});

	it('sets only counts of people beside the official counts: a flow in percent has no row, and no number of another kind', () => {
		const figures = dataset.figures.map((f) => (f.id === 'idlib-offensive-displaced' ? { ...f, unit: 'percent' as const, value: 12 } : f));
		expect(records(comparisonsCsv({ figures, official: dataset.official })).data.map((r) => [r.figure_id, r.people])).toEqual([
			['syria-refugees', '5500000'],
			['syria-idps', '6000000']
		]);
	});

	it('is only its header when there is nothing to compare', () => {
		const figures = dataset.figures.map((f) => ({ ...f, official_series: null }));
		expect(comparisonsCsv({ figures, official: NO_OFFICIAL_DATA })).toBe(`${HEADER}\r\n`);
	});
});
