/**
 * The official series: a short, declared list, each a sum over named rows of one dataset,
 * computed when the data is read. Every value carries what it sums (dataset, year, and each
 * row's country and line), so a reader can find the rows in the published file and add them up.
 */
import { OFFICIAL_SERIES, type Indicator, type Measure, type OfficialSeriesId } from '../figures/schema';
import type { OfficialDatasetId, OfficialRow } from './schema';

export interface SeriesSpec {
	id: OfficialSeriesId;
	/** What it counts, as figures.csv names it (OFFICIAL_SERIES). */
	indicator: Indicator;
	measure: Measure;
	country_iso3: string;
	/** Title, for tables and downloads. */
	title: string;
	dataset: OfficialDatasetId;
	/** The count summed. */
	column: string;
	/** ISO 3166-1 alpha-3 of the country the people come from. */
	origin: string;
	/** The rows summed: those of these places (ISO 3166-1 alpha-3, see OfficialTableFormat.place), or every place. */
	places: readonly string[] | 'all';
	/** The people counted, as a sentence names them: “UNHCR’s count of 5,516,668 Syrian refugees …”. */
	counted: string;
	/** The places, in words, as the sentence goes on (“… in Türkiye, Lebanon, Jordan, Iraq and Egypt”) and official.csv names them. */
	placeWords: string;
	/** Its label at the end of its line on the chart, short: what sets it apart from the other lines of its panel. */
	lineLabel: string;
	/** The publisher's word for its number: a count (UNHCR registers people), an estimate (IDMC). */
	noun: 'count' | 'estimate';
	/** A series whose value at the same year-end is given in brackets beside this one's, for scale. */
	alongside: OfficialSeriesId | null;
}

/** Syria's neighbours that host most of its refugees: the “neighbouring countries” UN statements usually mean. */
export const NEIGHBOURS_OF_SYRIA = ['TUR', 'LBN', 'JOR', 'IRQ', 'EGY'] as const;

type Declared = Omit<SeriesSpec, 'id' | keyof (typeof OFFICIAL_SERIES)[OfficialSeriesId]>;

const DECLARED: Record<OfficialSeriesId, Declared> = {
	'unhcr-syria-refugees': {
		title: 'Refugees from Syria, all countries of asylum (UNHCR)',
		dataset: 'unhcr-population-syria',
		column: 'refugees',
		origin: 'SYR',
		places: 'all',
		counted: 'Syrian refugees',
		placeWords: 'all countries',
		lineLabel: 'All countries',
		noun: 'count',
		alongside: 'unhcr-syria-refugees-neighbours'
	},
	'unhcr-syria-refugees-neighbours': {
		title: 'Refugees from Syria in Türkiye, Lebanon, Jordan, Iraq and Egypt (UNHCR)',
		dataset: 'unhcr-population-syria',
		column: 'refugees',
		origin: 'SYR',
		places: NEIGHBOURS_OF_SYRIA,
		counted: 'Syrian refugees',
		placeWords: 'Türkiye, Lebanon, Jordan, Iraq and Egypt',
		lineLabel: 'Neighbouring countries',
		noun: 'count',
		alongside: 'unhcr-syria-refugees'
	},
	'unhcr-syria-idps': {
		title: 'Internally displaced people in Syria of concern to UNHCR (UNHCR)',
		dataset: 'unhcr-population-syria',
		column: 'idps',
		origin: 'SYR',
		places: ['SYR'],
		counted: 'people internally displaced',
		placeWords: 'Syria',
		lineLabel: 'UNHCR',
		noun: 'count',
		alongside: 'idmc-syria-idps'
	},
	'idmc-syria-idps': {
		title: 'People internally displaced by conflict and violence in Syria (IDMC)',
		dataset: 'idmc-idps-syria',
		column: 'idps',
		origin: 'SYR',
		places: ['SYR'],
		counted: 'people internally displaced by conflict and violence',
		placeWords: 'Syria',
		lineLabel: 'IDMC',
		noun: 'estimate',
		alongside: 'unhcr-syria-idps'
	}
};

/** Every series, by id: what figures.csv may name, with how it is summed. */
export const SERIES: Readonly<Record<OfficialSeriesId, SeriesSpec>> = Object.fromEntries(
	(Object.keys(DECLARED) as OfficialSeriesId[]).map((id) => [id, { id, ...OFFICIAL_SERIES[id], ...DECLARED[id] }])
) as Record<OfficialSeriesId, SeriesSpec>;

/** One row summed into a value: where its people are, its line in the dataset's file, and its count. */
export interface SummedRow {
	place: string;
	line: number;
	value: number;
}

/** A series' value at the end of one year, with what it sums. */
export interface SeriesValue {
	series: OfficialSeriesId;
	dataset: OfficialDatasetId;
	year: number;
	value: number;
	/** The rows summed, in file order. */
	rows: SummedRow[];
	/** Named places with no row that year (the publisher leaves out a country with none to count). */
	missing: string[];
}

export interface Series {
	spec: SeriesSpec;
	/** One value per year that has at least one of the series' rows, oldest first. */
	values: SeriesValue[];
}

/** Sums a series over the rows of its dataset, year by year. */
export function computeSeries(spec: SeriesSpec, dataset: { id: OfficialDatasetId; rows: readonly OfficialRow[] }): Series {
	if (dataset.id !== spec.dataset) throw new Error(`computeSeries: ${spec.id} sums ${spec.dataset}, not ${dataset.id}`);
	const byYear = new Map<number, SummedRow[]>();
	for (const row of dataset.rows) {
		if (row.origin !== spec.origin) continue;
		if (spec.places !== 'all' && !spec.places.includes(row.place)) continue;
		const summed = byYear.get(row.year) ?? [];
		summed.push({ place: row.place, line: row.line, value: row.counts[spec.column] ?? 0 });
		byYear.set(row.year, summed);
	}
	const values = [...byYear.entries()]
		.sort(([a], [b]) => a - b)
		.map(([year, rows]): SeriesValue => ({
			series: spec.id,
			dataset: spec.dataset,
			year,
			value: rows.reduce((sum, row) => sum + row.value, 0),
			rows,
			missing: spec.places === 'all' ? [] : spec.places.filter((place) => !rows.some((row) => row.place === place))
		}));
	return { spec, values };
}

/** The value of a series at the end of `year`, or undefined when it has none. */
export function valueAt(series: Series, year: number): SeriesValue | undefined {
	return series.values.find((v) => v.year === year);
}
