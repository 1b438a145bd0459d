import { isNonCount, isYearLike } from './noncounts';
import { readNumeral } from './numbers';
import { codeAfterSpace, endOfMatch, gapEnd, letterRunEnd, lowerAscii, matchAt, startOfMatchBefore } from './text';
import type { NumeralReading } from './types';
import { anyOf, FRACTIONS, LARGE_SCALES, ONES, TIME_UNITS } from './vocabulary';

/**
 * Shares of a whole written in words: "half", "a third", "two-thirds", "three quarters",
 * "one in five". Values are exact JS divisions (1 / 3), so callers compare with a tolerance.
 */

/** "a third", "one quarter": one part in n. */
const SINGULAR: ReadonlyMap<string, number> = new Map(FRACTIONS.map((f) => [f.singular, f.denominator]));
/** "two-thirds", "three quarters": several parts in n. */
const PLURAL: ReadonlyMap<string, number> = new Map(FRACTIONS.map((f) => [f.plural, f.denominator]));
/** "one thirds" is not English and "zero thirds" not a share: "one third" is read as singular. */
const NUMERATORS: ReadonlyMap<string, number> = new Map(Object.entries(ONES).filter(([, n]) => n >= 2));

/** "half-brother", "a third-party", "quarter-final": a compound word, not a share. */
const HYPHENATED_AFTER = /-\p{L}/uy;

/**
 * "half an hour", "a quarter of an hour", "half a million" (a count, read in words.ts). Only the
 * scales words.ts reads after "half a": "half a hundred" is a share and then a hundred.
 */
const HALF_OF_UNIT_AFTER = new RegExp(
	`\\s+(?:of\\s+)?an?\\s+${anyOf([...TIME_UNITS.map((t) => t.singular), ...Object.keys(LARGE_SCALES)])}(?![\\p{L}])`,
	'iuy'
);

/** "the first half of 2020", "the other half": a part of a period or group, not a share. */
const HALF_PERIOD_BEFORE = /(?:first|second|last|other|latter|former|back|front|top|bottom)\s+$/iu;

/**
 * After "a third" or "a quarter" the words could be an ordinal with its noun ("a third time",
 * "a quarter century"). It is read as a share only when the next word is one that a share is
 * typically followed by, or when punctuation or the end of the line follows.
 */
const SHARE_FOLLOWERS = new Set(
	[
		['of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'than', 'since'],
		['and', 'or', 'but', 'more', 'less', 'fewer'],
		['were', 'was', 'are', 'is', 'have', 'had', 'has', 'said', 'will', 'would']
	].flat()
);
const NEXT_WORD_ON_LINE = /[^\S\r\n]+(\p{L}+)/uy;

/** "one in five", "1 in 10", "two out of every three" */
const IN_EVERY = /\s+(?:in|out\s+of)\s+(?:every\s+)?/iuy;

interface Word {
	word: string;
	start: number;
	end: number;
}

/** The letters at `at` (/\p{L}+/uy), in lower case, or null. */
function wordAt(text: string, at: number): Word | null {
	const end = letterRunEnd(text, at);
	return end === at ? null : { word: text.slice(at, end).toLowerCase(), start: at, end };
}

/** The word after `after` and a gap of white space or one hyphen (/\s+|-/uy), or null. */
function nextWord(text: string, after: Word): Word | null {
	const gap = gapEnd(text, after.end);
	return gap === null ? null : wordAt(text, gap);
}

function share(text: string, start: number, end: number, value: number): NumeralReading {
	const written = text.slice(start, end);
	return {
		value,
		start,
		end,
		kind: 'share',
		leading: value,
		scale: 1,
		form: 'words',
		written,
		bareOne: false
	};
}

function articleShareFits(text: string, end: number): boolean {
	const m = matchAt(NEXT_WORD_ON_LINE, text, end);
	if (m) return SHARE_FOLLOWERS.has((m[1] ?? '').toLowerCase());
	return !isHyphenatedAfter(text, end);
}

/** HYPHENATED_AFTER at `at`, which can only begin with a hyphen (most words are followed by none). */
function isHyphenatedAfter(text: string, at: number): boolean {
	return text.charCodeAt(at) === 0x2d && endOfMatch(HYPHENATED_AFTER, text, at) !== null;
}

/** HALF_OF_UNIT_AFTER at `at`, which can only begin with white space and "of" or "a". */
function isHalfOfUnitAfter(text: string, at: number): boolean {
	const next = lowerAscii(codeAfterSpace(text, at));
	return (next === 0x6f || next === 0x61) && endOfMatch(HALF_OF_UNIT_AFTER, text, at) !== null;
}

/** "a third", "one-third", "an eighth", "two-thirds", "three quarters" */
function readFractionWords(text: string, at: number): NumeralReading | null {
	const first = wordAt(text, at);
	const second = first && nextWord(text, first);
	if (!first || !second) return null;
	if (isHyphenatedAfter(text, second.end) || isHalfOfUnitAfter(text, second.end)) return null;

	const singular = SINGULAR.get(second.word);
	if (singular !== undefined && (first.word === 'a' || first.word === 'an')) {
		return articleShareFits(text, second.end) ? share(text, at, second.end, 1 / singular) : null;
	}
	if (singular !== undefined && first.word === 'one') return share(text, at, second.end, 1 / singular);

	const plural = PLURAL.get(second.word);
	const numerator = NUMERATORS.get(first.word);
	if (plural !== undefined && numerator !== undefined && numerator < plural) {
		return share(text, at, second.end, numerator / plural);
	}
	return null;
}

/** A bare "half": "Half of those killed...", "nearly half". */
function readHalf(text: string, at: number): NumeralReading | null {
	const word = wordAt(text, at);
	if (word?.word !== 'half') return null;
	const compound =
		isHyphenatedAfter(text, word.end) || isHalfOfUnitAfter(text, word.end);
	if (compound || startOfMatchBefore(HALF_PERIOD_BEFORE, text, at) !== null) return null;
	return share(text, at, word.end, 0.5);
}

function whole(n: NumeralReading | null): NumeralReading | null {
	return n && Number.isInteger(n.value) && n.value > 0 ? n : null;
}

/** "one in five" (0.2), "1 in 10", "two out of every three". Not "12 in 24 hours" or "3 in 2019". */
function readOneInN(text: string, at: number, numeral: NumeralReading | null): NumeralReading | null {
	const numerator = whole(numeral);
	if (!numerator || numerator.scale !== 1) return null;
	// IN_EVERY begins with white space and "in" or "out": most numbers are followed by neither.
	const next = lowerAscii(codeAfterSpace(text, numerator.end));
	const inEveryEnd = next === 0x69 || next === 0x6f ? endOfMatch(IN_EVERY, text, numerator.end) : null;
	const denominator = inEveryEnd === null ? null : whole(readNumeral(text, inEveryEnd));
	if (!denominator || denominator.value <= numerator.value) return null;
	if (isYearLike(denominator) || isNonCount(text, denominator, denominator)) return null;
	return share(text, at, denominator.end, numerator.value / denominator.value);
}

/** A share starting at `at`, or null. `numeral` is readNumeral(text, at), passed by a caller that read it already. */
export function readShare(text: string, at: number, numeral = readNumeral(text, at)): NumeralReading | null {
	return readFractionWords(text, at) ?? readHalf(text, at) ?? readOneInN(text, at, numeral);
}
