/**
 * /data/figures.excel.csv: /data/figures.csv behind a UTF-8 byte-order mark. Excel (and other
 * spreadsheets) read a CSV without one in the system's legacy code page and garble "≈" or the
 * non-breaking spaces of the quotes; with it they read UTF-8. The plain CSV stays without a BOM
 * because most other tools would take the mark for part of the first column's name.
 */
import type { Dataset } from '../figures/dataset';
import { figuresCsv } from './figures-csv';

export const UTF8_BOM = '\uFEFF';

export function figuresExcelCsv(dataset: Dataset): string {
	return UTF8_BOM + figuresCsv(dataset);
}
