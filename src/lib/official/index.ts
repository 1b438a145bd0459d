/**
 * The official counts beside the article's figures: UNHCR's and IDMC's series on Syrian
 * displacement (data/official/), read and checked like the rest of data/, summed into a few
 * declared series with the rows of each value, and compared with the figures that name them.
 * Pure TypeScript: the caller reads the files.
 */
export {
	DATASET_COLUMNS,
	EARLIEST_YEAR,
	MAXIMUM_COUNT,
	OFFICIAL_DATASET_IDS,
	OFFICIAL_TABLES,
	type DatasetInfo,
	type OfficialDatasetId,
	type OfficialRow,
	type OfficialTableFormat
} from './schema';
export { NO_OFFICIAL_DATA, readOfficial, unavailableSeries, type Official, type OfficialDataset, type OfficialFiles } from './read';
export { computeSeries, NEIGHBOURS_OF_SYRIA, SERIES, valueAt, type Series, type SeriesSpec, type SeriesValue, type SummedRow } from './series';
export {
	agreementWith,
	allowedValues,
	APPROX_TOLERANCE,
	compareFigure,
	compareFigures,
	lastYearEndOnOrBefore,
	readingOf,
	roundingUnit,
	sourceLine,
	type Agreement,
	type Allowed,
	type ComparableFigure,
	type Compared,
	type Comparison,
	type NoComparisonReason,
	type NotCompared
} from './compare';
