import {
	ASCII_CLASSES,
	classOf,
	codePointAt,
	DIGIT,
	isHighSurrogate,
	isLowSurrogate,
	isWordBefore,
	LETTER,
	unitsAt,
	WORD,
	wordLengthAt
} from './chars';
import { isNonCount, phoneEnd, startsInsideToken } from './noncounts';
import { readNumber, readNumeral } from './numbers';
import { LEAST_MARK, qualifierBefore } from './qualifiers';
import { readRange, type RangeReading } from './ranges';
import { readShare } from './shares';
import { gapEnd, letterRunEnd } from './text';
import type { NumeralReading, Quantity } from './types';
import { VAGUE_FIRST_WORDS, vagueAmountEnd } from './vague';
import { DOZEN, FRACTIONS, HUNDRED, LARGE_SCALES, VAGUE_QUANTIFIERS } from './vocabulary';
import { FIRST_NUMBER_WORDS } from './words';

function quantity(
	text: string,
	start: number,
	end: number,
	fields: Pick<Quantity, 'value' | 'upper' | 'qualifier' | 'kind'>
): Quantity {
	const { value, upper, qualifier, kind } = fields;
	return { value, upper, qualifier, kind, start, end, text: text.slice(start, end) };
}

function fromRange(text: string, range: RangeReading): Quantity {
	const { lower, upper, kind } = range;
	return quantity(text, range.start, range.end, { value: lower.value, upper: upper.value, qualifier: 'range', kind });
}

function fromSingle(text: string, n: NumeralReading): Quantity {
	const found = qualifierBefore(text, n.start);
	const qualifier = found?.mark && !(n.value >= LEAST_MARK) ? null : found;
	return quantity(text, qualifier?.start ?? n.start, n.end, {
		value: n.value,
		upper: null,
		qualifier: qualifier?.qualifier ?? 'exact',
		kind: n.kind
	});
}

function readVagueAt(text: string, at: number): Found | null {
	const end = vagueAmountEnd(text, at);
	if (end === null) return null;
	const found = qualifierBefore(text, at);
	// "passed hundreds of checkpoints": a vague amount is no mark.
	const qualifier = found?.mark ? null : found;
	return {
		end,
		quantity: quantity(text, qualifier?.start ?? at, end, {
			value: null,
			upper: null,
			qualifier: qualifier?.qualifier ?? 'approx',
			kind: 'count'
		})
	};
}

interface Found {
	/** Where scanning resumes; past anything consumed, even when it was not a quantity. */
	end: number;
	quantity: Quantity | null;
}

/** Every word that can begin a quantity: a number word that can begin a number, or a vague amount's first word. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...FIRST_NUMBER_WORDS, ...VAGUE_FIRST_WORDS]);
const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((word) => word.length));

/**
 * The first words by length and first and last letter: a word of ASCII letters whose shape none
 * has is not one, which is told without making a string of it (most words of an article).
 */
const shapeOf = (length: number, first: number, last: number): number => (length * 32 + (first & 31)) * 32 + (last & 31);
const FIRST_WORD_SHAPES = new Uint8Array(shapeOf(LONGEST_FIRST_WORD + 1, 0, 0));
for (const word of FIRST_WORDS) FIRST_WORD_SHAPES[shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1;

/**
 * Cheap test first: most words are not numbers, and trying every reader on each of them would
 * make reading a long article several times slower. Shares, ranges and number words all begin
 * with a number word that can begin a number; vague amounts with one of their own first words. A
 * digit is one code unit of \p{Nd}; a word is the letters (\p{L}) at `at`, in lower case, which is
 * never shorter.
 */
function couldStartQuantity(text: string, at: number): boolean {
	if (classOf(text.charCodeAt(at)) & DIGIT) return true;
	let end = at;
	let ascii = true;
	for (let code = codePointAt(text, end); code !== -1 && classOf(code) & LETTER; code = codePointAt(text, end)) {
		ascii &&= code < 0x80;
		end += code > 0xffff ? 2 : 1;
		if (end - at > LONGEST_FIRST_WORD) return false;
	}
	return end > at && isFirstWord(text, at, end, ascii);
}

/** True when text[start, end), letters, is a first word in lower case; `ascii` when they are all ASCII. */
function isFirstWord(text: string, start: number, end: number, ascii: boolean): boolean {
	// ASCII letters lower-case by setting one bit, which shapeOf ignores anyway.
	if (ascii && !FIRST_WORD_SHAPES[shapeOf(end - start, text.charCodeAt(start), text.charCodeAt(end - 1))]) return false;
	return FIRST_WORDS.has(text.slice(start, end).toLowerCase());
}

/**
 * Numbers can only begin where a word begins: the offset of the next letter or digit at or after
 * `from` that does not follow one (what /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu finds) and at which a
 * quantity could begin (couldStartQuantity), or -1. This runs over every character of the text, so
 * ASCII, nearly all of it, is read from a table, and a word that cannot begin a quantity is passed
 * over whole; anything else is read the general way.
 */
function nextCandidate(text: string, from: number): number {
	// As the regex engine does, a search from inside a surrogate pair starts at the pair.
	if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from -= 1;
	let previousIsWord = isWordBefore(text, from);
	for (let at = from; at < text.length; ) {
		const code = text.charCodeAt(at);
		if (code >= 0x80) {
			const length = wordLengthAt(text, at);
			if (length > 0 && !previousIsWord && couldStartQuantity(text, at)) return at;
			previousIsWord = length > 0;
			at += length > 0 ? length : unitsAt(text, at);
			continue;
		}
		const bits = ASCII_CLASSES[code]!;
		if (!(bits & WORD) || previousIsWord) {
			previousIsWord = (bits & WORD) !== 0;
			at++;
			continue;
		}
		if (bits & DIGIT) return at;
		// A word of ASCII letters: a first word, or passed over.
		let end = at + 1;
		while (end < text.length && end - at <= LONGEST_FIRST_WORD) {
			const next = text.charCodeAt(end);
			if (next >= 0x80 || !(ASCII_CLASSES[next]! & LETTER)) break;
			end++;
		}
		if (end < text.length && end - at <= LONGEST_FIRST_WORD && text.charCodeAt(end) >= 0x80) {
			// Letters may go on outside ASCII: read the general way.
			if (couldStartQuantity(text, at)) return at;
		} else if (end - at <= LONGEST_FIRST_WORD && isFirstWord(text, at, end, true)) return at;
		previousIsWord = true;
		at = end;
	}
	return -1;
}

/**
 * The words that can follow "a" or "an" in a quantity, any case: "a hundred", "a dozen", "a
 * million" (words.ts), "a third" (shares.ts), "a few hundred" (vague.ts).
 */
const AFTER_ARTICLE: ReadonlySet<string> = new Set([
	HUNDRED,
	DOZEN,
	...Object.keys(LARGE_SCALES),
	...FRACTIONS.map((fraction) => fraction.singular),
	...VAGUE_QUANTIFIERS.filter((phrase) => phrase.startsWith('a ')).map((phrase) => phrase.split(' ')[1]!)
]);

/**
 * True when the word at `at` is "a" or "an" and the word after it (past white space or a hyphen)
 * is none of AFTER_ARTICLE: then no reader finds anything there. An article has many an "a"
 * ("a monitor said"), and every reader tried at each made a few objects and ran a few regexes.
 */
function isBareArticle(text: string, at: number): boolean {
	const end = letterRunEnd(text, at);
	// "a" or "an" in any case: only "A" and "a" set to "a" with bit 0x20, only "N" and "n" to "n".
	if ((text.charCodeAt(at) | 0x20) !== 0x61 || end - at > 2 || (end - at === 2 && (text.charCodeAt(at + 1) | 0x20) !== 0x6e)) return false;
	const next = gapEnd(text, end);
	if (next === null) return true;
	const nextEnd = letterRunEnd(text, next);
	return nextEnd === next || !AFTER_ARTICLE.has(text.slice(next, nextEnd).toLowerCase());
}

/** Read whatever number starts at `at`, a word start that passes couldStartQuantity; null when nothing numeric starts there. */
function readQuantityAt(text: string, at: number): Found | null {
	if (startsInsideToken(text, at) || isBareArticle(text, at)) return null;
	// A telephone number is passed over whole: its groups are no counts.
	const phone = classOf(text.charCodeAt(at)) & DIGIT ? phoneEnd(text, at) : null;
	if (phone !== null) return { end: phone, quantity: null };
	// Shares first: "one in five" and "two-thirds" begin with words that are also numbers.
	const numeral = readNumeral(text, at);
	const first = readShare(text, at, numeral) ?? readNumber(text, at, numeral);
	if (!first) return readVagueAt(text, at);

	const range = readRange(text, first);
	const end = range?.end ?? first.end;
	if (isNonCount(text, range?.lower ?? first, range?.upper ?? first)) return { end, quantity: null };
	if (range) return { end, quantity: fromRange(text, range) };
	// A lone "one" is a pronoun far more often than a count ("one of the", "no one").
	if (first.bareOne) return { end, quantity: null };
	return { end, quantity: fromSingle(text, first) };
}

/**
 * Every quantity in `text`, in order of appearance, with the qualifier words before it
 * ("at least 5.5 million" -> 5,500,000, at_least). Years, dates, times, durations and
 * ordinals are skipped. Vague amounts ("tens of thousands") come with a null value. Share
 * values are exact divisions (1 / 3): compare with a tolerance.
 */
export function readQuantities(text: string): Quantity[] {
	const found: Quantity[] = [];
	let at = 0;
	for (let start = nextCandidate(text, at); start !== -1; start = nextCandidate(text, at)) {
		const result = readQuantityAt(text, start);
		if (result?.quantity) found.push(result.quantity);
		// Step a whole code point: stopping inside a surrogate pair ("𝐀") would find the same start again.
		at = result ? result.end : start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
	}
	return found;
}
