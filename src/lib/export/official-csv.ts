/**
 * /data/official.csv: the official series as tidy rows, one per series and year, each with the
 * rows of the dataset it sums, so a reader can find them in the published file and add them up.
 * Written like every CSV here (formulas neutralised).
 */
import type { ColumnSpec } from '../figures/schema';
import { sourceLine, type Official, type SummedRow } from '../official';
import { toCsv, type CsvCell } from './csv';

export const OFFICIAL_CSV_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'series', type: 'string', required: true, description: 'Identifier of the series (what figures.csv names in official_series).' },
	{ name: 'title', type: 'string', required: true, description: 'What the series counts, and whose count it is.' },
	{ name: 'dataset', type: 'string', required: true, description: 'Identifier of the dataset summed (data/official/datasets.csv).' },
	{ name: 'release', type: 'string', required: true, description: 'Release of the dataset: the publisher revises past years and overwrites the latest one in each release.' },
	{ name: 'indicator', type: 'string', required: true, description: 'What is counted, in the vocabulary of figures.csv: refugees or idps.' },
	{ name: 'measure', type: 'string', required: true, description: 'stock: how many at the end of the year.' },
	{ name: 'place', type: 'string', required: true, description: 'Where the people counted are: the countries of asylum of refugees, the country of internally displaced people.' },
	{ name: 'year', type: 'integer', required: true, description: 'Year at whose end the people are counted.' },
	{ name: 'value', type: 'integer', required: true, minimum: 0, description: 'The sum of the rows summed.' },
	{ name: 'rows_summed', type: 'string', required: true, description: 'The rows summed, each as the ISO 3166-1 alpha-3 code of its place and its line in the dataset’s file (data/official/<dataset>.csv), e.g. “EGY:857; IRQ:873”.' },
	{ name: 'source', type: 'string', required: true, description: 'The dataset’s attribution, release and licence.' }
];

/** “EGY:857; IRQ:873”: each row summed, by place and line. */
export function rowsSummed(rows: readonly SummedRow[]): string {
	return rows.map((row) => `${row.place}:${row.line}`).join('; ');
}

export function officialCsv({ official }: { official: Official }): string {
	const records = official.series.flatMap(({ spec, values }) => {
		const dataset = official.datasets.find((d) => d.id === spec.dataset);
		return values.map(
			(value): Record<string, CsvCell> => ({
				series: spec.id,
				title: spec.title,
				dataset: spec.dataset,
				release: dataset?.release ?? null,
				indicator: spec.indicator,
				measure: spec.measure,
				place: spec.placeWords,
				year: value.year,
				value: value.value,
				rows_summed: rowsSummed(value.rows),
				source: dataset ? sourceLine(dataset) : null
			})
		);
	});
	return toCsv(OFFICIAL_CSV_COLUMNS.map((c) => c.name), records);
}
