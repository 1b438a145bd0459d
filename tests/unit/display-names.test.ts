// How names are written (src/lib/display/names.ts): capitalise.
import { describe, expect, it } from 'vitest';
import { capitalise, placesInWords, siteName } from '$lib/display/names';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';
import { worldFiles } from '../helpers/world';

describe('capitalise', () => {
	it.each([
		['syria’s displacement', 'Syria’s displacement'],
		['“at least” is read as the number or more', '“At least” is read as the number or more'],
		['Already', 'Already'],
		['', ''],
		['“', '“'],
		['éire', 'Éire']
	])('%s → %s', (text, expected) => {
		expect(capitalise(text)).toBe(expected);
	});
});

describe('placesInWords and siteName, with a figure about an area', () => {
	const shipped = buildDataset(dataFiles());
	const world = buildDataset(worldFiles());
	const worldOnly = { ...world, figures: world.figures.filter((f) => f.area_m49 !== null) };

	it('say the shipped data’s country as before', () => {
		expect([placesInWords(shipped.figures), siteName(shipped)]).toEqual(['Syria', 'Syria displacement figures']);
	});

	it('name an area by its M49 name, in a sentence with “the” where English wants it', () => {
		expect([placesInWords(world.figures), siteName(world)]).toEqual(['Syria and the world', 'Syria and World displacement figures']);
		expect([placesInWords(worldOnly.figures), siteName(worldOnly)]).toEqual(['the world', 'World displacement figures']);
		const westernAsia = [{ country: null, country_iso3: null, area_m49: '145' }];
		expect(placesInWords(westernAsia)).toBe('Western Asia');
	});
});
