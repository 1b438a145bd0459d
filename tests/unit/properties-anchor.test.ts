// Generated texts and quotes for quote anchoring (src/lib/provenance/anchor.ts, findQuote): a
// quote is found wherever it occurs, whatever white space it was copied with, and never where it
// would begin or end inside a word ("700,00" of "700,000", "a" of "𝐀a").
import { describe, expect, it } from 'vitest';
import { findQuote, normalizeSpace } from '$lib/provenance/anchor';
import { callWithin, checkProperty, fc, PROPERTY_TIMEOUT, WHITE_SPACE } from '../helpers/properties';

/** Well above the fraction of a millisecond findQuote takes on these texts, even on a busy machine. */
const LIMIT_MS = 50;

/**
 * findQuote, interrupted after LIMIT_MS: an endless loop then fails with its input instead of
 * exhausting the heap (it did: 4 GB in three minutes).
 */
const findWithin = (text: string, quote: string) => callWithin(LIMIT_MS, findQuote, text, quote);

/**
 * findQuote for the properties about what it returns: a case on which it does not return is left
 * to the property about returning, so that each property reports its own fault.
 */
function find(text: string, quote: string) {
	try {
		return findWithin(text, quote);
	} catch (error) {
		fc.pre(!String(error).includes('did not return'));
		throw error;
	}
}

/** A word character, as the project defines it (anchor.ts, quantities/text.ts): a letter or a digit. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The code point that ends just before `i` (both halves of a surrogate pair), or undefined. */
function codePointBefore(text: string, i: number): string | undefined {
	if (i <= 0) return undefined;
	const pair = isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2));
	return text.slice(pair ? i - 2 : i - 1, i);
}

/** The code point that starts at `i`, or undefined. */
function codePointAt(text: string, i: number): string | undefined {
	const cp = text.codePointAt(i);
	return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/**
 * True when offset `i` lies between two word characters, or between the halves of one: a quote
 * starting or ending there would cut a word. Code points, not UTF-16 units: "𝐀" is one letter.
 */
function insideWord(text: string, i: number): boolean {
	const before = codePointBefore(text, i);
	const after = codePointAt(text, i);
	if (before === undefined || after === undefined) return false;
	if (isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i))) return true;
	return WORD_CHAR.test(before) && WORD_CHAR.test(after);
}

/** Offsets that are code point boundaries and not inside a word: where a quote may begin or end. */
function cutPoints(text: string): number[] {
	const points: number[] = [];
	for (let i = 0; i <= text.length; i++) if (!insideWord(text, i)) points.push(i);
	return points;
}

/** Small alphabets, so that quotes recur; astral letters, combining marks, digits and regex syntax among them. */
const wordArb = fc.oneof(
	{ arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'Z', 'é', 'e\u0301', 'ß', '中', '𝐀', '𝒳', '0', '5'), minLength: 1, maxLength: 5 }), weight: 6 },
	{ arbitrary: fc.constantFrom('(', ')', '.', ',', '*', '+', '?', '[', ']', '{', '}', '|', '\\', '^', '$', '/', '-', '"', '’', '😀', '🇸🇾', '700,000', '700,00'), weight: 3 }
);
const whiteSpaceRun = fc.string({ unit: fc.constantFrom(...WHITE_SPACE, '\r\n'), minLength: 1, maxLength: 3 });
const gapArb = fc.oneof({ arbitrary: whiteSpaceRun, weight: 4 }, { arbitrary: fc.constant(''), weight: 1 });
const textArb = fc
	.array(fc.tuple(wordArb, gapArb), { minLength: 1, maxLength: 30, size: 'medium' })
	.map((parts) => parts.map(([word, gap]) => word + gap).join(''));

/** Replaces every run of white space in `text` by the next of `runs`, in turn. */
function respace(text: string, runs: readonly string[]): string {
	let i = 0;
	return text.replace(/\s+/gu, () => runs[i++ % runs.length]!);
}

/** A text, a span of it that cuts no word and holds a word, and the white space to copy it with. */
const spanArb = fc
	.record({ text: textArb, a: fc.nat(), b: fc.nat(), runs: fc.array(whiteSpaceRun, { minLength: 1, maxLength: 4 }) })
	.map(({ text, a, b, runs }) => {
		const points = cutPoints(text);
		const [start, end] = [points[a % points.length]!, points[b % points.length]!].sort((x, y) => x - y);
		return { text, start: start!, end: end!, runs };
	})
	.filter(({ text, start, end }) => normalizeSpace(text.slice(start, end)) !== '');

/** Quotes from the text (cut anywhere, even inside a word), or made up from the same words. */
const quoteArb = fc.oneof(
	fc
		.record({ text: textArb, a: fc.nat(), b: fc.nat(), runs: fc.array(whiteSpaceRun, { minLength: 1, maxLength: 4 }) })
		.map(({ text, a, b, runs }) => {
			const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
			return { text, quote: respace(text.slice(start!, end), runs) };
		}),
	fc.record({ text: textArb, quote: textArb })
);

describe('findQuote', () => {
	it(
		'returns, for any text and quote',
		() => {
			checkProperty(fc.property(quoteArb, ({ text, quote }) => void findWithin(text, quote)), { weight: 2 });
		},
		PROPERTY_TIMEOUT
	);

	it(
		'finds any span that cuts no word, copied with other white space',
		() => {
			checkProperty(
				fc.property(spanArb, ({ text, start, end, runs }) => {
					const span = text.slice(start, end);
					const quote = respace(span, runs);
					// The match leaves out the white space at the span's edges, as the quote's words do.
					const lead = span.length - span.trimStart().length;
					const trail = span.length - span.trimEnd().length;
					expect(find(text, quote)).toContainEqual({ start: start + lead, end: end - trail });
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'returns only matches equal to the quote up to white space',
		() => {
			checkProperty(
				fc.property(quoteArb, ({ text, quote }) => {
					for (const { start, end } of find(text, quote)) {
						expect(normalizeSpace(text.slice(start, end))).toBe(normalizeSpace(quote));
					}
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'never returns a match that starts or ends inside a word (astral letters are letters)',
		() => {
			checkProperty(
				fc.property(quoteArb, ({ text, quote }) => {
					for (const { start, end } of find(text, quote)) {
						expect(insideWord(text, start), `match ${start}-${end} starts inside a word`).toBe(false);
						expect(insideWord(text, end), `match ${start}-${end} ends inside a word`).toBe(false);
					}
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);
});
