// figures.excel.csv: figures.csv behind a byte-order mark (src/lib/export/excel-csv.ts).
import { describe, expect, it } from 'vitest';
import { figuresExcelCsv } from '$lib/export/excel-csv';
import { figuresCsv } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';

const dataset = buildDataset(dataFiles());
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('figuresExcelCsv', () => {
	it('is figures.csv behind a UTF-8 byte-order mark', () => {
		const bytes = utf8(figuresExcelCsv(dataset));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.subarray(3)).toEqual(utf8(figuresCsv(dataset)));
	});
});
