import { endOfMatch, isWordChar, matchAt, tidy } from './text';
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

function scaleAt(re: RegExp, text: string, at: number): { scale: number; end: number } | null {
	const m = matchAt(re, text, at);
	const word = m?.[1]?.toLowerCase();
	const scale = word === undefined ? undefined : SCALE_VALUES.get(word);
	if (!m || scale === undefined) return null;
	return { scale, end: at + m[0].length };
}

/**
 * A number written in digits at `at`, with its scale word if any.
 * Returns null when letters or digits run on from it: "3rd", "10am", "5km", "2020s", "1,2345".
 */
export function readDigitNumber(text: string, at: number): NumeralReading | null {
	const numeralEnd = endOfMatch(DIGITS, text, at);
	if (numeralEnd === null) return null;
	const written = text.slice(at, numeralEnd);
	const leading = Number(written.replace(/[,\u2009\u202F]/g, ''));

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
