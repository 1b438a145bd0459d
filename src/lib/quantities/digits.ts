import { endOfMatch, isWordChar, matchAt, tidy } from './text';
import type { NumeralReading } from './types';

/**
 * "700,000", "1,234,567", "12", "5.5": groups must be exactly three digits. A thin or narrow
 * no-break space also separates groups ("5 000", the SI style); a plain space does not.
 */
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u2009\u202F]\d{3})+|\d+)(?:\.\d+)?/uy;

/** Scale written straight after the digits: "700k", "3.2m", "1.2bn". */
const ATTACHED_SCALE = /(billion|million|thousand|bn|mn|m|k)(?![\p{L}\p{N}])/iuy;

/** Scale written as a separate word: "5.5 million", "1.2 bn". A lone "m" is not accepted (metres). */
const SPACED_SCALE = /\s+(hundred|thousand|million|billion|trillion|mn|bn)(?![\p{L}\p{N}])/iuy;

const SCALE_VALUES: ReadonlyMap<string, number> = new Map(Object.entries({
	hundred: 1e2,
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	mn: 1e6,
	m: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12
}));

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
