import { readDigitNumber } from './digits';
import { codeAfterSpace, endOfMatch, lowerAscii } from './text';
import type { NumeralReading } from './types';
import { readWordNumber } from './words';

/** "12%", "12 %", "12 percent", "12 per cent", "12 per-cent" (any white space, incl. U+00A0). */
const PERCENT = /\s?%|\s+per(?:\s+|-)?cent(?![\p{L}\p{N}])/iuy;

/** The number written at `at`, in digits or words, before any percent sign. */
export function readNumeral(text: string, at: number): NumeralReading | null {
	return readDigitNumber(text, at) ?? readWordNumber(text, at);
}

/**
 * A count or percentage starting at `at`, written in digits or words, or null. `numeral` is
 * readNumeral(text, at), passed by a caller that read it already (shares begin with it too).
 */
export function readNumber(text: string, at: number, numeral = readNumeral(text, at)): NumeralReading | null {
	if (!numeral) return null;
	// PERCENT begins with "%", or with white space and "%" or "p": most numbers are followed by neither.
	const next = codeAfterSpace(text, numeral.end);
	const percentEnd = next === 0x25 || lowerAscii(next) === 0x70 ? endOfMatch(PERCENT, text, numeral.end) : null;
	return percentEnd === null ? numeral : { ...numeral, kind: 'percent', end: percentEnd };
}
