/**
 * The shape of data/official/: datasets.csv (one row per dataset: where it comes from, its
 * release and licence) and each dataset's table, as UNHCR's `refugees` package exports it. Every
 * column is described once, here, with the project's column specs (src/lib/figures/schema.ts),
 * so the official files are read and checked by the same code as figures.csv, with the same
 * `file:line: problem` messages.
 */
import type { ColumnSpec } from '../figures/schema';

/** ISO 3166-1 alpha-3, checked for its shape as figures.csv's country_iso3 is. */
const ISO3 = '[A-Z]{3}';

/**
 * No count of people comes near ten billion; the cap also keeps a sum of every row a 10 MB file
 * can hold (some 200,000) exact in a double (below 2^53).
 */
export const MAXIMUM_COUNT = 1e10;
/** Years as figures' dates may have them: none before 1900 (nor after this year, checked as it is read). */
export const EARLIEST_YEAR = 1900;

/** The datasets this code can read, each with the format of its file (data/official/<id>.csv). */
export const OFFICIAL_DATASET_IDS = ['unhcr-population-syria', 'idmc-idps-syria'] as const;
export type OfficialDatasetId = (typeof OFFICIAL_DATASET_IDS)[number];

export const DATASET_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'id', type: 'string', required: true, enum: OFFICIAL_DATASET_IDS, description: 'Identifier of the dataset; its rows are data/official/<id>.csv.' },
	{ name: 'title', type: 'string', required: true, maxLength: 300, description: 'Title of the dataset as its publisher names it.' },
	{ name: 'publisher', type: 'string', required: true, maxLength: 100, description: 'Who publishes the figures (the page says “UNHCR’s count”).' },
	{ name: 'release', type: 'string', required: true, maxLength: 40, pattern: '[0-9A-Za-z][0-9A-Za-z.\\-]*', description: 'Release the rows were taken from: the publisher revises past years and overwrites the latest one in each release.' },
	{ name: 'licence', type: 'string', required: true, maxLength: 100, description: 'Licence of the data, e.g. CC BY 4.0.' },
	{ name: 'url', type: 'url', required: true, maxLength: 2000, description: 'Where the dataset is published.' },
	{ name: 'attribution', type: 'string', required: true, maxLength: 300, description: 'The attribution the licence asks for, shown wherever the data are.' }
];

/** One row of datasets.csv, typed. */
export interface DatasetInfo {
	id: OfficialDatasetId;
	title: string;
	publisher: string;
	release: string;
	licence: string;
	url: string;
	attribution: string;
}

const year: ColumnSpec = { name: 'year', type: 'integer', required: true, minimum: EARLIEST_YEAR, description: 'Year at whose end the people are counted (a stock).' };
const origin: ColumnSpec[] = [
	{ name: 'coo_name', type: 'string', required: true, maxLength: 100, description: 'Country of origin, as the publisher names it.' },
	{ name: 'coo_iso', type: 'string', required: true, pattern: ISO3, description: 'Country of origin, ISO 3166-1 alpha-3.' }
];
const count = (name: string, description: string): ColumnSpec => ({
	name,
	type: 'integer',
	required: true,
	minimum: 0,
	maximum: MAXIMUM_COUNT,
	description
});

/** How a dataset's file is laid out and which of its rows are one. */
export interface OfficialTableFormat {
	columns: readonly ColumnSpec[];
	/** The columns holding counts of people, each a non-negative integer. */
	counts: readonly string[];
	/** Where the people of a row are: hosted (country of asylum) or displaced inside (country of origin). */
	place: 'coa_iso' | 'coo_iso';
	/** The columns naming a row: no two rows may share them. */
	key: readonly string[];
	/**
	 * Whether an empty count means 0. Only where the dataset says so: neither of these does (they
	 * write 0), so an empty count is a problem of its row, not a zero.
	 */
	emptyCountIsZero: boolean;
}

export const OFFICIAL_TABLES: Readonly<Record<OfficialDatasetId, OfficialTableFormat>> = {
	// One row per year and country of asylum, origin Syria: refugees and asylum-seekers where they
	// are hosted, and IDPs of concern to UNHCR in the row whose country of asylum is Syria itself.
	'unhcr-population-syria': {
		columns: [
			year,
			...origin,
			{ name: 'coa_name', type: 'string', required: true, maxLength: 100, description: 'Country of asylum, as the publisher names it.' },
			{ name: 'coa_iso', type: 'string', required: true, pattern: ISO3, description: 'Country of asylum, ISO 3166-1 alpha-3.' },
			count('refugees', 'Refugees under UNHCR’s mandate at the end of the year.'),
			count('asylum_seekers', 'Asylum-seekers at the end of the year.'),
			count('idps', 'Internally displaced people of concern to UNHCR at the end of the year (only in the row of the country itself).')
		],
		counts: ['refugees', 'asylum_seekers', 'idps'],
		place: 'coa_iso',
		key: ['year', 'coa_iso'],
		emptyCountIsZero: false
	},
	// One row per year: IDMC's estimate of people internally displaced by conflict and violence.
	'idmc-idps-syria': {
		columns: [year, ...origin, count('idps', 'People internally displaced by conflict and violence at the end of the year (IDMC’s estimate).')],
		counts: ['idps'],
		place: 'coo_iso',
		key: ['year', 'coo_iso'],
		emptyCountIsZero: false
	}
};

/** One row of an official table, typed: the year, the origin, where the people are, and the counts. */
export interface OfficialRow {
	/** 1-based line in the dataset's file. */
	line: number;
	year: number;
	/** ISO 3166-1 alpha-3 of the country of origin. */
	origin: string;
	/** ISO 3166-1 alpha-3 of where the people of the row are (see OfficialTableFormat.place), and its name. */
	place: string;
	placeName: string;
	counts: Readonly<Record<string, number>>;
}
