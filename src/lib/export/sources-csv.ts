/** /data/sources.csv: one row per article, the columns of data/sources.csv, written like every CSV here. */
import type { Dataset } from '../figures/dataset';
import { SOURCE_COLUMNS } from '../figures/schema';
import { toCsv } from './csv';

export const SOURCES_CSV_COLUMNS: readonly string[] = SOURCE_COLUMNS.map((c) => c.name);

export function sourcesCsv(dataset: Dataset): string {
	return toCsv(SOURCES_CSV_COLUMNS, dataset.sources.map((source) => ({ ...source })));
}
