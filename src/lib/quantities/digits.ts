import { classOf, SPACE } from './chars';
import { codeAfterSpace, endOfMatch, isWordChar, matchAt, tidy } from './text';
import type { NumeralReading } from './types';
import { anyOf, SCALE_ABBREVIATIONS, SCALES } from './vocabulary';

/**
 * "700,000", "1,234,567", "12", "5.5": groups must be exactly three digits. A thin or narrow
 * no-break space also separates groups ("5 000", the SI style); a plain space does not.
 */
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u2009\u202F]\d{3})+|\d+)(?:\.\d+)?/uy;

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
		if (code === 0x2c || code === 0x2009 || code === 0x202f) return true;
	}
	return false;
}

/**
 * A number written in digits at `at`, with its scale word if any.
 * Returns null when letters or digits run on from it: "3rd", "10am", "5km", "2020s", "1,2345".
 */
export function readDigitNumber(text: string, at: number): NumeralReading | null {
	const numeralEnd = endOfMatch(DIGITS, text, at);
	if (numeralEnd === null) return null;
	const written = text.slice(at, numeralEnd);
	const leading = Number(hasGroupSeparator(written) ? written.replace(/[,\u2009\u202F]/g, '') : written);

	const attached = scaleAt(ATTACHED_SCALE, text, numeralEnd);
	if (!attached && isWordChar(text, numeralEnd)) return null;
	const scaled = attached ?? scaleAt(SPACED_SCALE, text, numeralEnd);
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
