import { classOf, SPACE, WORD } from './chars';
import { refusesSpacedGroups } from './noncounts';
import { codeAfterSpace, endOfMatch, isWordChar, matchAt, tidy } from './text';
import type { NumeralReading } from './types';
import { anyOf, CAPITAL_SCALES, SCALE_ABBREVIATIONS, SCALES } from './vocabulary';

/**
 * "700,000", "1,234,567", "12", "5.5": groups must be exactly three digits. A thin or narrow
 * no-break space also separates groups ("5\u202F000", the SI style).
 *
 * So do one plain or no-break space, as UN and French-style documents write thousands ("750 000",
 * "2 706 households"), but only between groups of exactly three digits with no digit, and no comma
 * and digit, straight after them: "2 7061" and "5 100,000" are not one number, and "2 sites, 706
 * households" never was (a word and a comma stand between). Each group's look-ahead is one
 * character or two, so the match stays linear. Where a plain space could also part a day from a
 * count ("March 15 200 people") or a name's number from one ("Phase 3 500 families"), the reader
 * takes the first group alone (see refusesSpacedGroups).
 *
 * South Asian grouping, of lakhs and crores ("1,50,000", "2,50,00,000"), is read too: groups of
 * two digits, then a last group of three.
 */
const DIGITS =
	/(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[\u2009\u202F]\d{3})+|\d{1,3}(?:[ \u00A0]\d{3}(?!\d|,\d))+|\d+)(?:\.\d+)?/uy;
/** DIGITS without the plain-space groups: what is read where refusesSpacedGroups says so. */
const DIGITS_UNSPACED = /(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[\u2009\u202F]\d{3})+|\d+)(?:\.\d+)?/uy;

const ABBREVIATIONS = Object.entries(SCALE_ABBREVIATIONS);

/** Group 1 is the scale word, which must end there: "5 mines" is not five million. */
function scaleWord(words: readonly string[]): string {
	return `(${anyOf(words)})(?![\\p{L}\\p{N}])`;
}

/** Scale written straight after the digits: "700k", "3.2m", "1.2bn", "5.5million". */
const ATTACHED_SCALE = new RegExp(
	scaleWord([...Object.keys(SCALES), ...ABBREVIATIONS.map(([abbreviation]) => abbreviation)]),
	'iuy'
);

/** Scale written as a separate word: "5.5 million", "1.2 bn"; not "5 m" (metres). */
const SPACED_SCALE = new RegExp(
	'\\s+' +
		scaleWord([
			...Object.keys(SCALES),
			...ABBREVIATIONS.filter(([, { standsAlone }]) => standsAlone).map(([abbreviation]) => abbreviation)
		]),
	'iuy'
);

const SCALE_VALUES: ReadonlyMap<string, number> = new Map([
	...Object.entries(SCALES),
	...ABBREVIATIONS.map(([abbreviation, { word }]) => [abbreviation, SCALES[word]] as const)
]);

/**
 * Every scale word and abbreviation begins with one of these letters, in either case; a character
 * outside ASCII may fold to one of them under the `i` flag ("K", the Kelvin sign, to "k").
 */
const SCALE_INITIALS = new Set([...SCALE_VALUES.keys()].flatMap((word) => [word.charCodeAt(0), word.toUpperCase().charCodeAt(0)]));

function scaleAt(re: RegExp, text: string, at: number): { scale: number; end: number } | null {
	// Cheap tests first: most numbers have no scale word, and a regex match makes an array.
	if (at >= text.length) return null;
	const next = text.charCodeAt(at);
	if (re === ATTACHED_SCALE && next < 0x80 && !SCALE_INITIALS.has(next)) return null;
	if (re === SPACED_SCALE) {
		if (!(classOf(next) & SPACE)) return null;
		// Past the white space, the same test of the scale word's first letter.
		const word = codeAfterSpace(text, at);
		if (Number.isNaN(word) || (word < 0x80 && !SCALE_INITIALS.has(word))) return null;
	}
	const m = matchAt(re, text, at);
	const word = m?.[1]?.toLowerCase();
	const scale = word === undefined ? undefined : SCALE_VALUES.get(word);
	if (!m || scale === undefined) return null;
	return { scale, end: at + m[0].length };
}

/** True when digits are grouped ("700,000", "5 000"): most numbers are not, and need no replace. */
function hasGroupSeparator(written: string): boolean {
	for (let i = 0; i < written.length; i++) {
		const code = written.charCodeAt(i);
		if (code === 0x2c || code === 0x2009 || code === 0x202f || code === 0x20 || code === 0xa0) return true;
	}
	return false;
}

/** True when the groups of `written` are parted by a plain or no-break space ("750 000"). */
function hasSpacedGroups(written: string): boolean {
	for (let i = 0; i < written.length; i++) {
		const code = written.charCodeAt(i);
		if (code === 0x20 || code === 0xa0) return true;
	}
	return false;
}

/**
 * "11.7 M", "2.7 B", "$2.7B": a capital letter of CAPITAL_SCALES straight after the digits or after
 * one space or no-break space, standing alone (no letter or digit after it), or null.
 */
function capitalScaleAt(text: string, at: number): { scale: number; end: number } | null {
	let letter = at;
	const next = text.charCodeAt(letter);
	if (next === 0x20 || next === 0xa0) letter++;
	// One character, never the name of an Object.prototype property.
	const word = CAPITAL_SCALES[text.charAt(letter)];
	if (word === undefined || classOf(text.charCodeAt(letter + 1)) & WORD) return null;
	return { scale: SCALES[word], end: letter + 1 };
}

/**
 * A number written in digits at `at`, with its scale word if any.
 * Returns null when letters or digits run on from it: "3rd", "10am", "5km", "2020s", "1,2345".
 */
export function readDigitNumber(text: string, at: number): NumeralReading | null {
	let numeralEnd = endOfMatch(DIGITS, text, at);
	if (numeralEnd === null) return null;
	let written = text.slice(at, numeralEnd);
	if (hasSpacedGroups(written) && refusesSpacedGroups(text, at)) {
		numeralEnd = endOfMatch(DIGITS_UNSPACED, text, at)!;
		written = text.slice(at, numeralEnd);
	}
	const leading = Number(hasGroupSeparator(written) ? written.replace(/[, \u00A0\u2009\u202F]/g, '') : written);

	// A capital "B" run on ("2.7B") is read first: ATTACHED_SCALE would find nothing there.
	const attached = scaleAt(ATTACHED_SCALE, text, numeralEnd) ?? (isWordChar(text, numeralEnd) ? capitalScaleAt(text, numeralEnd) : null);
	if (!attached && isWordChar(text, numeralEnd)) return null;
	const scaled = attached ?? scaleAt(SPACED_SCALE, text, numeralEnd) ?? capitalScaleAt(text, numeralEnd);
	const scale = scaled?.scale ?? 1;

	return {
		value: tidy(leading * scale),
		start: at,
		end: scaled?.end ?? numeralEnd,
		kind: 'count',
		leading,
		scale,
		form: 'digits',
		written,
		bareOne: false
	};
}
