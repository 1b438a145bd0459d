/**
 * Character classes looked up in a table, for the loops that walk a text a character at a time
 * (the sentence splitter, the quote widener, the quote index): testing a regular expression on a
 * one-character string for each character of a 20 MB article allocates a string and runs the
 * regex engine twenty million times.
 *
 * Each class is the Unicode property that the regular expressions of these modules use, and a
 * character's entry is filled from that very expression the first time the character is met, so
 * the table cannot disagree with them. Classes are of code points, as with the `u` flag: a
 * surrogate pair is one character ("𝐀" is a letter), a lone surrogate is neither letter nor space.
 */

/** [\p{L}\p{N}]: what words and numbers are made of. */
export const WORD = 1;
/** \s: JavaScript's white space, line ends included (U+00A0, U+2028, ...). */
export const SPACE = 2;
/** \p{N}: a number (digits in any script, "½", "Ⅻ"). */
export const NUMBER = 4;
/** \p{L}: a letter. */
export const LETTER = 8;
/** \p{Nd}: a decimal digit in any script. */
export const DIGIT = 16;
/**
 * What may end a sentence in Unicode's sentence rules (UAX #29, which Intl.Segmenter follows): a
 * sentence terminal (\p{STerm}: . ! ? 。 ...), the other full stops (Sentence_Break=ATerm) and
 * the separators of lines and paragraphs. No other character ever lets a sentence end.
 */
export const TERMINATOR = 32;
/** Set on every filled entry, so that 0 means "not looked at yet". */
const KNOWN = 128;

const CLASSES: ReadonlyArray<readonly [number, RegExp]> = [
	[WORD, /^[\p{L}\p{N}]$/u],
	[SPACE, /^\s$/u],
	[NUMBER, /^\p{N}$/u],
	[LETTER, /^\p{L}$/u],
	[DIGIT, /^\p{Nd}$/u],
	[TERMINATOR, /^[\p{STerm}.\u2024\uFE52\uFF0E\r\n\u0085\u2028\u2029]$/u]
];

/** One entry per UTF-16 code unit; surrogates stand for themselves, as lone ones. */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function classify(character: string): number {
	let bits = KNOWN;
	for (const [bit, re] of CLASSES) if (re.test(character)) bits |= bit;
	return bits;
}

/** The classes of the ASCII characters, filled at once: loops over a text look them up first. */
export const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) => classify(String.fromCharCode(code)));
BMP.set(ASCII_CLASSES);

/** The classes of a code point (a lone surrogate's code unit included). */
export function classOf(codePoint: number): number {
	if (codePoint < 0x10000) {
		const known = BMP[codePoint]!;
		if (known !== 0) return known;
		return (BMP[codePoint] = classify(String.fromCharCode(codePoint)));
	}
	// Past the end of a string (charCodeAt gives NaN): no class.
	if (!(codePoint <= 0x10ffff)) return KNOWN;
	let bits = ASTRAL.get(codePoint);
	if (bits === undefined) ASTRAL.set(codePoint, (bits = classify(String.fromCodePoint(codePoint))));
	return bits;
}

export function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point at `index`, as `codePointAt` reads it: a pair whole, a lone surrogate alone; -1 past the end. */
export function codePointAt(text: string, index: number): number {
	if (index < 0 || index >= text.length) return -1;
	return text.codePointAt(index)!;
}

/** The code point that ends at `index` (a surrogate pair whole), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
	if (index <= 0 || index > text.length) return -1;
	const low = text.charCodeAt(index - 1);
	if (index >= 2 && isLowSurrogate(low)) {
		const high = text.charCodeAt(index - 2);
		if (isHighSurrogate(high)) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
	}
	return low;
}

/** True when the character at `index` is a letter or digit (false past the end). */
export function isWordAt(text: string, index: number): boolean {
	const unit = text.charCodeAt(index);
	if (unit < 0x80) return (ASCII_CLASSES[unit]! & WORD) !== 0;
	const code = codePointAt(text, index);
	return code !== -1 && (classOf(code) & WORD) !== 0;
}

/** True when the character that ends at `index` is a letter or digit (false at the start). */
export function isWordBefore(text: string, index: number): boolean {
	const unit = text.charCodeAt(index - 1);
	if (unit < 0x80) return (ASCII_CLASSES[unit]! & WORD) !== 0;
	const code = codePointBefore(text, index);
	return code !== -1 && (classOf(code) & WORD) !== 0;
}

/** UTF-16 length of the letter or digit at `index` (2 for a surrogate pair), or 0 when there is none. */
export function wordLengthAt(text: string, index: number): number {
	if (index >= text.length) return 0;
	const code = text.charCodeAt(index);
	if (isHighSurrogate(code) && index + 1 < text.length) {
		const low = text.charCodeAt(index + 1);
		if (isLowSurrogate(low)) return classOf((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) & WORD ? 2 : 0;
	}
	return classOf(code) & WORD ? 1 : 0;
}

/** UTF-16 length of the character at `index`: 2 for a surrogate pair, else 1. */
export function unitsAt(text: string, index: number): number {
	return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
}
