import { isYearLike } from './noncounts';
import { readNumber, readNumeral } from './numbers';
import { readShare } from './shares';
import { codeAfterSpace, endOfMatch, lowerAscii, mayEndWith, startOfMatchBefore, tidy } from './text';
import type { NumeralReading, QuantityKind } from './types';

/** "8,000-10,000", "8,000 – 10,000" (hyphen or en dash), "8,000 to 10,000" */
const DASH_OR_TO = /\s*[-–]\s*|\s+to\s+/iuy;
/** "between 8,000 and 10,000"; "and" only makes a range after "between". */
const AND = /\s+and\s+/iuy;
const BETWEEN_BEFORE = /between\s+$/iu;
const FROM_BEFORE = /from\s+$/iu;
/**
 * "rose from 4.1 million to 6.3 million" states two figures, a before and an after, not a
 * range; "estimates range from 8,000 to 10,000" is a range.
 */
const CHANGE_FROM_BEFORE =
	/(?:ris(?:e|es|en|ing)|rose|gr(?:ow|ows|owing|ew|own)|increas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|swell(?:s|ed|ing)?|swollen|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|f(?:all|alls|alling|ell|allen)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|shr(?:ink|inks|inking|ank|unk)|up|down|went|gone|going|moved|shot|leapt|leaped|plunged|plummeted|slipped|edged|reduced|cut)(?:\s+\p{L}+ly)?\s+from\s+$/iu;

export interface RangeReading {
	/** Includes a leading "between"/"from". */
	start: number;
	end: number;
	lower: NumeralReading;
	upper: NumeralReading;
	kind: QuantityKind;
}

/**
 * "5-6 million": the scale written once applies to both ends. Only when the lower number
 * is below the upper's leading number, so "500 to 6 million" stays 500 to 6,000,000.
 */
function shareScale(lower: NumeralReading, upper: NumeralReading): NumeralReading {
	if (lower.scale !== 1 || upper.scale === 1 || lower.value >= upper.leading) return lower;
	return { ...lower, value: tidy(lower.value * upper.scale), scale: upper.scale };
}

/**
 * Kind of the whole range, or null when the ends do not belong together. A percent sign
 * written once covers both ends ("10-12%"); a share never pairs with a count.
 */
function rangeKind(lower: NumeralReading, upper: NumeralReading): QuantityKind | null {
	if (lower.kind === upper.kind) return lower.kind;
	if (lower.kind === 'share' || upper.kind === 'share') return null;
	const plain = lower.kind === 'count' ? lower : upper;
	return plain.scale === 1 ? 'percent' : null;
}

function connectorEnd(text: string, lower: NumeralReading, afterBetween: boolean): number | null {
	const and = afterBetween ? endOfMatch(AND, text, lower.end) : null;
	if (and !== null) return and;
	// DASH_OR_TO begins, past any white space, with a dash or "t": most numbers are followed by neither.
	const next = codeAfterSpace(text, lower.end);
	return next === 0x2d || next === 0x2013 || lowerAscii(next) === 0x74 ? endOfMatch(DASH_OR_TO, text, lower.end) : null;
}

/** A range whose lower end is `lower`, or null when no second number follows as a range. */
export function readRange(text: string, lower: NumeralReading): RangeReading | null {
	// The patterns before the number all end in "from" or "between": most numbers follow neither.
	const afterFrom = mayEndWith(text, lower.start, 'from');
	if (afterFrom && startOfMatchBefore(CHANGE_FROM_BEFORE, text, lower.start) !== null) return null;
	const between = mayEndWith(text, lower.start, 'between') ? startOfMatchBefore(BETWEEN_BEFORE, text, lower.start) : null;
	const prefixStart = between ?? (afterFrom ? startOfMatchBefore(FROM_BEFORE, text, lower.start) : null);

	const upperStart = connectorEnd(text, lower, between !== null);
	if (upperStart === null) return null;
	const numeral = readNumeral(text, upperStart);
	const upper = readShare(text, upperStart, numeral) ?? readNumber(text, upperStart, numeral);
	if (!upper) return null;

	const kind = rangeKind(lower, upper);
	// "from 12 to 2020" and "in 2019 to 6.3 million" are not ranges; "2011-2020" is one, of
	// years, and is dropped later. After "between" a year-like end is a count: "between 2000 and
	// 3000 fighters", "between 1,000 and 2000 people".
	if (kind === null || (between === null && isYearLike(upper) !== isYearLike(lower))) return null;
	const scaledLower = shareScale(lower, upper);
	if (scaledLower.value >= upper.value) return null;

	return {
		start: prefixStart ?? lower.start,
		end: upper.end,
		lower: { ...scaledLower, kind },
		upper: { ...upper, kind },
		kind
	};
}
