import { readDigitNumber } from './digits';
import { endOfMatch } from './text';
import type { NumeralReading } from './types';
import { readWordNumber } from './words';

/** "12%", "12 %", "12 percent", "12 per cent", "12 per-cent" (any white space, incl. U+00A0). */
const PERCENT = /\s?%|\s+per(?:\s+|-)?cent(?![\p{L}\p{N}])/iuy;

/** A count or percentage starting at `at`, written in digits or words, or null. */
export function readNumber(text: string, at: number): NumeralReading | null {
	const numeral = readDigitNumber(text, at) ?? readWordNumber(text, at);
	if (!numeral) return null;
	const percentEnd = endOfMatch(PERCENT, text, numeral.end);
	return percentEnd === null ? numeral : { ...numeral, kind: 'percent', end: percentEnd };
}
