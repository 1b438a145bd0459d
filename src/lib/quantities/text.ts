/**
 * Offset-based matching helpers. Every reader works on offsets into the original
 * string (never on a normalised copy) so that reported spans are exact.
 */

import { ASCII_CLASSES, classOf, codePointAt, LETTER, SPACE, WORD } from './chars';

/**
 * True when the code unit text[index] is a letter or digit (/[\p{L}\p{N}]/u on that one unit, so
 * half a surrogate pair is neither); numbers must not start or end inside a word ("often", "A4", "3rd").
 */
export function isWordChar(text: string, index: number): boolean {
	return index >= 0 && index < text.length && (classOf(text.charCodeAt(index)) & WORD) !== 0;
}

/**
 * End of the letters (\p{L}, code points) from `at`: where /\p{L}+/uy matches there ends, or `at`
 * when it does not. Read with the character table: a regex match makes an array, and the number
 * words are read a word at a time.
 */
export function letterRunEnd(text: string, at: number): number {
	let end = at;
	for (;;) {
		const code = text.charCodeAt(end);
		if (code < 0x80) {
			if (!(ASCII_CLASSES[code]! & LETTER)) return end;
			end += 1;
			continue;
		}
		// Past the end codePointAt is -1, which has no class.
		const point = codePointAt(text, end);
		if (point === -1 || !(classOf(point) & LETTER)) return end;
		end += point > 0xffff ? 2 : 1;
	}
}

/**
 * The first character at or after `at` that is not white space: its code unit, NaN past the end.
 * Most of the patterns tried after every number begin with white space and a word, or a sign: one
 * look at the character there tells most of them that they cannot match, without running them
 * (each run of a regex costs more than reading the few characters it needs).
 */
export function codeAfterSpace(text: string, at: number): number {
	return text.charCodeAt(spaceEnd(text, at));
}

/** The end of the white space from `at` (`at` when there is none). */
export function spaceEnd(text: string, at: number): number {
	while (at < text.length && classOf(text.charCodeAt(at)) & SPACE) at++;
	return at;
}

/**
 * An ASCII letter in lower case, anything else as it is. With the `i` and `u` flags a pattern's
 * ASCII letter matches only that letter in either case, except "k" and "s", which the Kelvin sign
 * and the long s fold to.
 */
export function lowerAscii(code: number): number {
	return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/** End of what /\s+|-/uy matches at `at` (a run of white space, or one hyphen), or null. */
export function gapEnd(text: string, at: number): number | null {
	const end = spaceEnd(text, at);
	if (end > at) return end;
	return text.charCodeAt(at) === 0x2d ? at + 1 : null;
}

/** Run a sticky (`y`) regex at exactly `at`. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(text);
}

/**
 * End offset of a sticky (`y`) regex match at `at`, or null when it does not match there. `test`
 * leaves lastIndex at the end of the match and, unlike `exec`, makes no array of it.
 */
export function endOfMatch(re: RegExp, text: string, at: number): number | null {
	re.lastIndex = at;
	return re.test(text) ? re.lastIndex : null;
}

/** Longest phrase any look-behind pattern needs; keeps look-behind cost independent of text length. */
const LOOKBEHIND_WINDOW = 64;

/**
 * Start offset of a match of `re` (which must be anchored with `$`) that ends exactly at `end`,
 * or null. Only a short window before `end` is searched, so the match must also begin at a
 * word boundary of the full text: "handsome 12" must not read as "some 12".
 */
export function startOfMatchBefore(re: RegExp, text: string, end: number): number | null {
	const from = Math.max(0, end - LOOKBEHIND_WINDOW);
	const m = re.exec(text.slice(from, end));
	if (!m) return null;
	const start = from + m.index;
	if (isWordChar(text, start - 1) && isWordChar(text, start)) return null;
	return start;
}

/**
 * False when no pattern ending in `word` and white space ("between\s+$") can match right before
 * `end`: `word` (lower-case ASCII letters) does not stand, in any case, before the white space
 * that ends at `end`. True when it does, or when the letters there are not all ASCII: the `i` flag
 * folds some others to ASCII ("ſ" to "s", "K" to "k"), so the pattern itself must decide. A cheap
 * test before startOfMatchBefore, which slices the text.
 */
export function mayEndWith(text: string, end: number, word: string): boolean {
	let at = end;
	while (at > 0 && classOf(text.charCodeAt(at - 1)) & SPACE) at--;
	if (at === end || at < word.length) return false;
	for (let i = 1; i <= word.length; i++) {
		const code = text.charCodeAt(at - i);
		if (code >= 0x80) return true;
		// ASCII upper case to lower; only letters can equal a letter after it.
		if ((code >= 0x41 && code <= 0x5a ? code | 0x20 : code) !== word.charCodeAt(word.length - i)) return false;
	}
	return true;
}

/** Integers below this have at most 15 digits, which toPrecision(15) writes exactly. */
const EXACT_BELOW = 1e15;

/** Remove floating-point noise from a product such as 3.2 * 1e6 (3200000.0000000005). */
export function tidy(value: number): number {
	// Most values are whole numbers, which 15 significant digits leave as they are (but -0 becomes
	// 0); formatting and parsing them again is the slowest step of reading a number.
	if (Number.isInteger(value) && Math.abs(value) < EXACT_BELOW) return value === 0 ? 0 : value;
	return Number(value.toPrecision(15));
}
