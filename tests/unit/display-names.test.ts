// How names are written (src/lib/display/names.ts): capitalise.
import { describe, expect, it } from 'vitest';
import { capitalise } from '$lib/display/names';

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
