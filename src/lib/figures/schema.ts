/**
 * The shape of data/figures.csv, data/sources.csv and data/pages.csv: every column, its type,
 * whether it is required, its vocabulary, its longest value and what it means. Parsing,
 * validation and the downloads all read this one table, so a column is described once.
 *
 * The longest values are what the page, its charts and its share image are laid out for (a
 * label wraps onto a few lines, never more), and they keep a data file from holding a 50 MB
 * cell that would make a 50 MB page.
 */
// From the module that defines them: the quantities index would bring the number reader and its
// vocabulary (10 KB gzip) to every page that only needs the column specs, the workbench's first visit too.
import { QUALIFIERS, type Qualifier } from '../quantities/types';

export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'url';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	required: boolean;
	description: string;
	/** Closed vocabulary of allowed values. */
	enum?: readonly string[];
	/** Regular expression (anchored) a value must match. */
	pattern?: string;
	/** What a value that does not match should look like, said after the pattern in the message. */
	patternHint?: string;
	/** Lowest allowed value of a number column. */
	minimum?: number;
	/** Highest allowed value of a number column. */
	maximum?: number;
	/** Most characters (code points) a text cell may hold. */
	maxLength?: number;
	/** Whether a text cell may hold line breaks and tabs; no other control character is ever allowed. */
	multiline?: true;
	/** Whether a file's header may leave the column out (a column added to the format later): its cells are then empty. */
	optionalInHeader?: true;
}

/**
 * Indicators: what a figure counts. `group` keeps displacement apart from other claims on the
 * page; `plural` is how a sentence names the people counted ("fighters and casualties").
 */
export const INDICATORS = {
	refugees: { name: 'Refugees', plural: 'refugees', group: 'displacement' },
	idps: { name: 'Internally displaced people', plural: 'internally displaced people', group: 'displacement' },
	new_displacement: { name: 'New displacement', plural: 'newly displaced people', group: 'displacement' },
	casualties: { name: 'Casualties', plural: 'casualties', group: 'other' },
	combatants: { name: 'Combatants', plural: 'fighters', group: 'other' }
} as const;
export type Indicator = keyof typeof INDICATORS;

/**
 * Stock: how many at a date. Flow: how many during a period or event. Share: a part of another
 * figure, kept as the article words it ("half") rather than turned into a count it never states.
 */
export const MEASURES = ['stock', 'flow', 'share'] as const;
export type Measure = (typeof MEASURES)[number];

/** Units, each tied to the kind of quantity the words must state. */
export const UNITS = { people: 'count', share: 'share', percent: 'percent' } as const;
export type Unit = keyof typeof UNITS;

export { QUALIFIERS, type Qualifier };

/**
 * The official series a figure can be compared with (figures.csv's `official_series`), and what
 * each counts: a figure may name a series only if it counts the same thing (indicator, measure,
 * country, in people). The sums themselves, over the rows of data/official/, are declared in
 * src/lib/official/series.ts, keyed by these ids; they live there because they need the
 * official data, and the ids live here because figures.csv is checked against them.
 */
export const OFFICIAL_SERIES = {
	'unhcr-syria-refugees': { indicator: 'refugees', measure: 'stock', country_iso3: 'SYR' },
	'unhcr-syria-refugees-neighbours': { indicator: 'refugees', measure: 'stock', country_iso3: 'SYR' },
	'unhcr-syria-idps': { indicator: 'idps', measure: 'stock', country_iso3: 'SYR' },
	'idmc-syria-idps': { indicator: 'idps', measure: 'stock', country_iso3: 'SYR' }
} as const satisfies Record<string, { indicator: Indicator; measure: Measure; country_iso3: string }>;
export type OfficialSeriesId = keyof typeof OFFICIAL_SERIES;

const SLUG = '[a-z0-9]+(-[a-z0-9]+)*';

/**
 * No count of people comes near a trillion; and from 10^15 up, a number is no longer read from
 * the words exactly (15 significant digits), so the build could not check it.
 */
const MAXIMUM_VALUE = 1e12;

export const FIGURE_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'id', type: 'string', required: true, maxLength: 80, pattern: SLUG, description: 'Stable identifier of the figure; also its anchor on the page (#fig-<id>).' },
	{ name: 'source', type: 'string', required: true, maxLength: 80, pattern: SLUG, description: 'Identifier of the article the figure comes from (sources.csv id).' },
	{ name: 'quote', type: 'string', required: true, maxLength: 600, description: 'The exact words of the article that state the number; white space runs match any white space.' },
	{ name: 'label', type: 'string', required: true, maxLength: 100, description: 'Short label for the figure.' },
	{ name: 'indicator', type: 'string', required: true, enum: Object.keys(INDICATORS), description: 'What is counted: refugees, idps (internally displaced people), new_displacement, casualties or combatants.' },
	{ name: 'measure', type: 'string', required: true, enum: MEASURES, description: 'stock (how many at a date), flow (how many during a period or event) or share (a part of another figure).' },
	{ name: 'value', type: 'number', required: true, minimum: 0, maximum: MAXIMUM_VALUE, description: 'The number the quote states; for a range, its lower end; for a share, a fraction (half = 0.5).' },
	{ name: 'qualifier', type: 'string', required: true, enum: QUALIFIERS, description: 'How the article qualifies the number: exact, approx (around, about), at_least, more_than, at_most (up to), less_than, nearly or range.' },
	{ name: 'upper', type: 'number', required: false, minimum: 0, maximum: MAXIMUM_VALUE, description: 'Upper end of a range; empty unless the qualifier is range.' },
	{ name: 'unit', type: 'string', required: true, enum: Object.keys(UNITS), description: 'people for a stock or a flow; for a share, share (a fraction of another figure: half = 0.5) or percent (12% = 12).' },
	{ name: 'country', type: 'string', required: false, maxLength: 60, description: 'Country the figure is about, named as the article names it (Syria); empty for a figure about an area (area_m49).' },
	{ name: 'country_iso3', type: 'string', required: false, pattern: '[A-Z]{3}', description: 'ISO 3166-1 alpha-3 code of the country, one that ISO 3166-1 assigns (not WLD, not XKX); empty for a figure about an area (area_m49).' },
	{ name: 'area_m49', type: 'string', required: false, optionalInHeader: true, pattern: '[0-9]{3}', patternHint: 'three digits, leading zeros kept: 001 for the world', description: 'UN M49 code of the area a figure is about when it is about no single country: 001 World, a region (002 Africa, 142 Asia) or a subregion (145 Western Asia, 202 Sub-Saharan Africa); never a country’s code. Each figure gives either country and country_iso3 or area_m49, not both; a file may leave the column out.' },
	{ name: 'admin1', type: 'string', required: false, maxLength: 60, description: 'First-level administrative area (governorate) where the figure is about one, e.g. Idlib.' },
	{ name: 'reported', type: 'date', required: true, description: 'Date the figure was reported (YYYY-MM-DD).' },
	{ name: 'period_start', type: 'date', required: false, optionalInHeader: true, description: 'For a flow: the first day of the period it counts (YYYY-MM-DD), as the article states it; empty when the article does not say, and for a stock or a share. A file may leave the column out.' },
	{ name: 'period_end', type: 'date', required: false, optionalInHeader: true, description: 'For a flow: the last day of the period it counts (YYYY-MM-DD), on or before "reported"; empty when the article does not say, and for a stock or a share. A file may leave the column out.' },
	{ name: 'attributed_to', type: 'string', required: false, maxLength: 100, description: 'Who the article attributes the figure to; empty when the article names no source.' },
	{ name: 'note', type: 'string', required: false, maxLength: 1000, multiline: true, description: 'Editorial note on how to read the figure.' },
	{ name: 'official_series', type: 'string', required: false, optionalInHeader: true, enum: Object.keys(OFFICIAL_SERIES), description: 'The official series the figure is compared with (UNHCR or IDMC, from data/official/); it must count what the figure counts (same indicator, measure and country). Empty when none fits, as for a flow; a file may leave the column out.' }
];

export const SOURCE_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'id', type: 'string', required: true, maxLength: 80, pattern: SLUG, description: 'Stable identifier of the article; its text is data/articles/<id>.txt.' },
	{ name: 'title', type: 'string', required: true, maxLength: 300, description: 'Headline as published.' },
	{ name: 'publisher', type: 'string', required: true, maxLength: 100, description: 'Publisher of the article.' },
	{ name: 'published', type: 'date', required: true, description: 'Publication date (YYYY-MM-DD).' },
	{ name: 'url', type: 'url', required: true, maxLength: 2000, description: 'Address of the article as published.' },
	{ name: 'rights', type: 'string', required: true, maxLength: 500, description: 'Note on the rights to the article text and figures.' }
];

/**
 * data/pages.csv, optional: the words of an article's page that its data cannot say. Without a
 * row the page uses plainer words of its own ("displaced in Sudan", "during a period").
 */
export const PAGE_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'source', type: 'string', required: true, maxLength: 80, pattern: SLUG, description: 'Identifier of the article (sources.csv id) whose page these words are for.' },
	{ name: 'displaced_by', type: 'string', required: false, maxLength: 80, description: 'What displaced the people the article counts, as the lede says “the numbers of people displaced by …”: the war in Sudan.' },
	{ name: 'fled_during', type: 'string', required: false, maxLength: 40, description: 'The event the article’s flows count people fleeing, a noun without an article, as the page says “fled during one …”: flood.' }
];

/** Where an article's text is: in a data folder, and under /data/ where the site serves it alike. */
export const articleTextFile = (sourceId: string) => `articles/${sourceId}.txt` as const;

export interface Source {
	id: string;
	title: string;
	publisher: string;
	published: string;
	url: string;
	rights: string;
}

/** One row of pages.csv, typed. */
export interface PageWords {
	source: string;
	displaced_by: string | null;
	fled_during: string | null;
}

/** One row of figures.csv, typed. Empty optional cells are null. */
export interface FigureRow {
	id: string;
	source: string;
	quote: string;
	label: string;
	indicator: Indicator;
	measure: Measure;
	value: number;
	qualifier: Qualifier;
	upper: number | null;
	unit: Unit;
	/** Null for a figure about an area; exactly one of country (with country_iso3) and area_m49 is given. */
	country: string | null;
	country_iso3: string | null;
	area_m49: string | null;
	admin1: string | null;
	reported: string;
	/** A flow's period as the article states it; null when it does not say, and always for a stock or a share. */
	period_start: string | null;
	period_end: string | null;
	attributed_to: string | null;
	note: string | null;
	official_series: OfficialSeriesId | null;
}
