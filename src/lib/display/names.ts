/**
 * How the site and the places of its figures are named in prose, shared by the pages and the
 * metadata (data package, JSON-LD), so they name things alike.
 */
import type { Dataset } from '../figures/dataset';
import { placeInProse, placeName } from '../figures/places';
import type { FigureRow } from '../figures/schema';
import { listInWords } from './format';

/** The items in first-seen order, each once. */
export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** "the Philippines’ displacement" → "The Philippines’ displacement": a sentence starts with a capital. */
/** The first letter in capitals, past an opening quotation mark: “at least” → “At least”. */
export const capitalise = (text: string) => text.replace(/^([“‘"']?)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());

/** "Syria" → "Syria’s", "the Philippines" → "the Philippines’". */
export const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

/** The cells that say where a figure is: a country, or an area of UN M49 (see figures/places.ts). */
export type Placed = Pick<FigureRow, 'country' | 'country_iso3' | 'area_m49'>;

/**
 * The places figures are about, as a sentence says them, in first-seen order: "Syria", "Sudan
 * and Chad", "Syria and the world" (an area by its M49 name, "the" where English wants it).
 */
export function placesInWords(figures: readonly Placed[]): string {
	return listInWords(unique(figures.map(placeInProse)));
}

/** The most places a site's name lists; past them it is plain "Displacement figures", so it does not grow with the collection. */
const MOST_PLACES_NAMED = 3;

/**
 * What the site is, named after the places of all its figures: "Syria displacement figures",
 * "World displacement figures", or "Displacement figures" for many places.
 */
export function siteName(dataset: Dataset): string {
	const places = unique(dataset.figures.map(placeName));
	return capitalise(`${places.length <= MOST_PLACES_NAMED ? listInWords(places) : ''} displacement figures`.trimStart());
}
