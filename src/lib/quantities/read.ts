import { isNonCount, startsInsideToken } from './noncounts';
import { readNumber } from './numbers';
import { qualifierBefore } from './qualifiers';
import { readRange, type RangeReading } from './ranges';
import { readShare } from './shares';
import type { NumeralReading, Quantity } from './types';
import { VAGUE_FIRST_WORDS, vagueAmountEnd } from './vague';
import { isNumberWord } from './words';

/** Numbers can only begin where a word begins. */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

function nextWordStart(text: string, from: number): number {
	WORD_START.lastIndex = from;
	const m = WORD_START.exec(text);
	return m ? m.index : -1;
}

function quantity(
	text: string,
	start: number,
	end: number,
	fields: Pick<Quantity, 'value' | 'upper' | 'qualifier' | 'kind'>
): Quantity {
	return { ...fields, start, end, text: text.slice(start, end) };
}

function fromRange(text: string, range: RangeReading): Quantity {
	const { lower, upper, kind } = range;
	return quantity(text, range.start, range.end, { value: lower.value, upper: upper.value, qualifier: 'range', kind });
}

function fromSingle(text: string, n: NumeralReading): Quantity {
	const qualifier = qualifierBefore(text, n.start);
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
	const qualifier = qualifierBefore(text, at);
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

const DIGIT = /\p{Nd}/u;
const LETTERS = /\p{L}+/uy;

/**
 * Cheap test first: most words are not numbers, and trying every reader on each of them would
 * make reading a long article several times slower. Shares, ranges and number words all begin
 * with a number word; vague amounts with one of their own first words.
 */
function couldStartQuantity(text: string, at: number): boolean {
	if (DIGIT.test(text[at]!)) return true;
	LETTERS.lastIndex = at;
	const word = LETTERS.exec(text)?.[0].toLowerCase() ?? '';
	return isNumberWord(word) || VAGUE_FIRST_WORDS.has(word);
}

/** Read whatever number starts at `at`; null when nothing numeric starts there. */
function readQuantityAt(text: string, at: number): Found | null {
	if (!couldStartQuantity(text, at) || startsInsideToken(text, at)) return null;
	// Shares first: "one in five" and "two-thirds" begin with words that are also numbers.
	const first = readShare(text, at) ?? readNumber(text, at);
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
	for (let start = nextWordStart(text, at); start !== -1; start = nextWordStart(text, at)) {
		const result = readQuantityAt(text, start);
		if (result?.quantity) found.push(result.quantity);
		// Step a whole code point: stopping inside a surrogate pair ("𝐀") would find the same start again.
		at = result ? result.end : start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
	}
	return found;
}
