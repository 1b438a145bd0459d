// sources.csv as downloaded (src/lib/export/sources-csv.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sourcesCsv } from '$lib/export/sources-csv';
import { buildDataset } from '$lib/figures/dataset';
import { SOURCE_COLUMNS } from '$lib/figures/schema';
import { dataFiles, SOURCES_CSV } from '../helpers/data';

const dataset = buildDataset(dataFiles());
const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('sourcesCsv', () => {
	it('has the columns of sources.csv and parses back to its rows', () => {
		const built = records(sourcesCsv(dataset));
		expect(built.errors).toEqual([]);
		expect(built.meta.fields).toEqual(SOURCE_COLUMNS.map((c) => c.name));
		expect(built.data).toEqual(records(SOURCES_CSV).data);
		expect(sourcesCsv(dataset).endsWith('\r\n')).toBe(true);
	});
});
