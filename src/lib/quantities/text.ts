/**
 * Offset-based matching helpers. Every reader works on offsets into the original
 * string (never on a normalised copy) so that reported spans are exact.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when text[index] is a letter or digit; numbers must not start or end inside a word ("often", "A4", "3rd"). */
export function isWordChar(text: string, index: number): boolean {
	const ch = text[index];
	return ch !== undefined && WORD_CHAR.test(ch);
}

/** Run a sticky (`y`) regex at exactly `at`. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(text);
}

/** End offset of a sticky (`y`) regex match at `at`, or null when it does not match there. */
export function endOfMatch(re: RegExp, text: string, at: number): number | null {
	const m = matchAt(re, text, at);
	return m ? at + m[0].length : null;
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

/** Remove floating-point noise from a product such as 3.2 * 1e6 (3200000.0000000005). */
export function tidy(value: number): number {
	return Number(value.toPrecision(15));
}
