/**
 * The quote a draft figure gets: the number phrase and the rest of its clause, so the words say
 * what is counted ("around 700,000 Syrians flee a regime offensive in nearby Idlib"), never
 * reaching into the next number of the sentence, and widened until it occurs once in the article,
 * because the build refuses a quote it cannot place.
 */
import { FIGURE_COLUMNS } from '../figures/schema';
import type { Span } from '../provenance';
import { classOf, isHighSurrogate, isLowSurrogate, SPACE, WORD, wordLengthAt } from '../quantities/chars';
import { cutsWord, splitsPair, type QuoteIndex } from './occurrences';

/*
 * A word is letters and digits with apostrophes, hyphens and dots inside it ("Syria's",
 * "al-Nujaba", "U.N"): [\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*. The quote is widened a word at
 * a time, so words are found by walking the characters next to the quote, not by running a
 * regular expression over the sentence at every step (that made widening quadratic in the quote).
 */
const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || code === 0x2013;
const MAX_WORDS_AFTER = 12;
/**
 * The longest quote figures.csv takes. Widening stops there: a longer quote would be refused
 * anyway, and widening a sentence that repeats word by word to its ends is quadratic in its length.
 */
export const MAX_QUOTE_LENGTH = FIGURE_COLUMNS.find((c) => c.name === 'quote')!.maxLength!;

/** Words a quote should not end on: they begin whatever comes next. */
const TRAILING = new Set(
	[
		['and', 'or', 'but', 'nor', 'while', 'whereas', 'as', 'than', 'compared', 'including'],
		['to', 'from', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'into', 'since', 'after', 'before'],
		['the', 'a', 'an', 'who', 'which', 'that', 'when', 'where', 'its', 'their']
	].flat()
);

/**
 * Verbs that say what happened to the counted people. Written straight before the number they
 * belong in its quote: "killed at least 12 civilians" is the claim, "at least 12 civilians" is not.
 */
const ACTION_VERBS = new Set(
	[
		['killed', 'kills', 'kill', 'killing', 'injured', 'injuring', 'wounded', 'wounding', 'hurt'],
		['displaced', 'displacing', 'displaces', 'uprooted', 'uprooting', 'forced', 'forcing', 'drove', 'driven'],
		['evacuated', 'evacuating', 'rescued', 'relocated', 'resettled', 'resettling', 'repatriated', 'returned'],
		['deported', 'deporting', 'expelled', 'detained', 'arrested', 'abducted'],
		['hosts', 'hosting', 'hosted', 'sheltered', 'sheltering', 'shelters', 'registered', 'recorded', 'received', 'admitted']
	].flat()
);

/**
 * End of the word that starts at `at` (a letter or digit), or any offset past `limit` once the
 * word is known to run past it: a megabyte of digits is not walked for every quote near it.
 */
function wordEnd(text: string, at: number, limit: number): number {
	let end = at;
	for (;;) {
		for (let length = wordLengthAt(text, end); length > 0 && end <= limit; length = wordLengthAt(text, end)) end += length;
		if (end > limit) return end;
		const broken = brokenWordGap(text, end);
		if (broken > 0) {
			end += broken;
			continue;
		}
		if (!isJoiner(text.charCodeAt(end)) || wordLengthAt(text, end + 1) === 0) return end;
		end += 1;
	}
}

const isLowerAscii = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/**
 * A word broken at the end of a line of a PDF and pasted with the line end turned into a space:
 * "in- jured", "house- holds". At `at`, just past letters, a hyphen, one white space character and
 * a lower-case letter: the length of the hyphen and the space (2), else 0. A dash between words
 * has a space before it too ("people - many"), and a capital after the gap begins a new word.
 */
export function brokenWordGap(text: string, at: number): number {
	if (text.charCodeAt(at) !== 0x2d || !(classOf(text.charCodeAt(at + 1)) & SPACE) || !isLowerAscii(text.charCodeAt(at + 2))) return 0;
	return at > 0 && classOf(text.charCodeAt(at - 1)) & WORD ? 2 : 0;
}

/**
 * "22 million (2017) refugees": a year in parentheses straight after the number dates it and says
 * nothing of what is counted, so the clause, and the words read for its unit, go on past it. The
 * end of " (2017)" at `at`, or `at` when there is none.
 */
export function yearInParenthesesEnd(text: string, at: number): number {
	let open = at;
	while (open < at + 2 && classOf(text.charCodeAt(open)) & SPACE) open++;
	if (text.charCodeAt(open) !== 0x28 || text.charCodeAt(open + 5) !== 0x29) return at; // ( )
	for (let i = open + 1; i < open + 5; i++) if (!isAsciiDigit(text.charCodeAt(i))) return at;
	const year = Number(text.slice(open + 1, open + 5));
	return year >= 1800 && year <= 2100 ? open + 6 : at;
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** End of the clause that starts at `from`: after at most MAX_WORDS_AFTER words, never past `limit`. */
function clauseEnd(text: string, from: number, limit: number): number {
	let end = Math.min(yearInParenthesesEnd(text, from), limit);
	let lastKept = end;
	for (let words = 0; words < MAX_WORDS_AFTER; words++) {
		// Only white space may come before the next word: the clause ends at any punctuation, and
		// at a tab, which parts the cells of a table pasted as text.
		let at = end;
		while (at < limit && classOf(text.charCodeAt(at)) & SPACE && text.charCodeAt(at) !== 0x09) at++;
		if (at >= limit || wordLengthAt(text, at) === 0) break;
		const after = wordEnd(text, at, limit);
		if (after > limit) break;
		end = after;
		if (!isTrailing(text, at, after)) lastKept = end;
	}
	return lastKept;
}

/** The longest of TRAILING: no longer word is worth lowering to compare (lower case is never shorter). */
const LONGEST_TRAILING = Math.max(...[...TRAILING].map((w) => w.length));

/** A word's length and its first and last characters, any case (an ASCII letter's case is its bit 0x20). */
const shapeOf = (length: number, first: number, last: number): number => (length * 32 + (first & 31)) * 32 + (last & 31);
/**
 * The shapes of TRAILING: a word of another shape, its first and last characters ASCII, is none of
 * them, which is told without making a lower-case copy of it (most words after a number: "people",
 * "fled", "Idlib"). A shape may stand for other words too (a digit for a letter): those are looked up.
 */
const TRAILING_SHAPES = new Uint8Array(shapeOf(LONGEST_TRAILING + 1, 0, 0));
for (const word of TRAILING) TRAILING_SHAPES[shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1;

function isTrailing(text: string, start: number, end: number): boolean {
	if (end - start > LONGEST_TRAILING) return false;
	const first = text.charCodeAt(start);
	const last = text.charCodeAt(end - 1);
	if (first < 0x80 && last < 0x80 && !TRAILING_SHAPES[shapeOf(end - start, first, last)]) return false;
	return TRAILING.has(text.slice(start, end).toLowerCase());
}

/** The letter or digit that ends at `index`, read inside [floor, index) only: its UTF-16 length, or 0. */
function wordLengthBefore(text: string, floor: number, index: number): number {
	if (index <= floor) return 0;
	const low = text.charCodeAt(index - 1);
	if (isLowSurrogate(low) && index - 2 >= floor) {
		const high = text.charCodeAt(index - 2);
		if (isHighSurrogate(high)) return classOf((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) & WORD ? 2 : 0;
	}
	return classOf(low) & WORD ? 1 : 0;
}

/** Start of the run of letters and digits that ends at `index`, not before `floor`. */
function runStart(text: string, floor: number, index: number): number {
	for (let length = wordLengthBefore(text, floor, index); length > 0; length = wordLengthBefore(text, floor, index)) index -= length;
	return index;
}

/**
 * The word before `start`, past any punctuation, if it lies within `[floor, start)`, whole: what
 * /([WORD])[^\p{L}\p{N}]*$/u finds in text.slice(floor, start), read backwards from `start`.
 */
function wordBefore(text: string, floor: number, start: number): { start: number; word: string } | null {
	const end = lastWordEnd(text, floor, start);
	const from = end === -1 ? -1 : wordStartBefore(text, floor, end);
	return from === -1 ? null : { start: from, word: text.slice(from, end) };
}

/** The end of the last letter or digit before `start`, past any punctuation, inside `[floor, start)`; -1 when there is none. */
function lastWordEnd(text: string, floor: number, start: number): number {
	let end = start;
	while (end > floor && wordLengthBefore(text, floor, end) === 0) end -= isLowSurrogate(text.charCodeAt(end - 1)) && end - 2 >= floor && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
	return end <= floor ? -1 : end;
}

/** Start of the whole word that ends at `end` (a letter or digit ends there), not before `floor`; -1 when `floor` cuts it. */
function wordStartBefore(text: string, floor: number, end: number): number {
	// Back over runs joined by one apostrophe, hyphen or dot: the leftmost start the pattern takes.
	let from = runStart(text, floor, end);
	while (from - 1 > floor && isJoiner(text.charCodeAt(from - 1)) && wordLengthBefore(text, floor, from - 1) > 0) {
		from = runStart(text, floor, from - 1);
	}
	// A word cut by `floor` is not whole (the one character before it read alone, as text[floor - 1]).
	if (from === floor && floor > 0 && classOf(text.charCodeAt(floor - 1)) & WORD) return -1;
	return from;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
	if (from >= to) return false;
	for (let i = from; i < to; i++) if (!(classOf(text.charCodeAt(i)) & SPACE)) return false;
	return true;
}

/** End of the next word past any punctuation, or null when there is none, or it would end past `limit`. */
function nextWordEnd(text: string, from: number, limit: number): number | null {
	let at = from;
	while (at <= limit && at < text.length && wordLengthAt(text, at) === 0) at += isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
	if (at > limit || at >= text.length) return null;
	const end = wordEnd(text, at, limit);
	return end > limit ? null : end;
}

/**
 * True when a quote may begin at `start`: on a character that is not white space, and not inside a
 * word or a surrogate pair. Then the quote's words are whole where it stands (see `narrowing`).
 */
function cleanStart(text: string, start: number): boolean {
	return !(classOf(text.charCodeAt(start)) & SPACE) && !splitsPair(text, start) && !cutsWord(text, start, start);
}

/** True when a quote may end at `end`: after a character that is not white space, not inside a word or a surrogate pair. */
function cleanEnd(text: string, end: number): boolean {
	return !(classOf(text.charCodeAt(end - 1)) & SPACE) && !splitsPair(text, end) && !cutsWord(text, end, end);
}

/** True when every offset of `offsets` is clean, as a start (cleanStart) or as an end (cleanEnd). */
function allClean(text: string, offsets: readonly number[], asStart: boolean): boolean {
	for (const at of offsets) if (!(asStart ? cleanStart(text, at) : cleanEnd(text, at))) return false;
	return true;
}

/**
 * Widening a quote a word at a time stops at the first step where it occurs at most once. Counting
 * at every step made a quote that repeats to its sentence's ends cost as many counts as it has
 * words, each as long as the quote. But when every step's quote is clean (`cleanStart`,
 * `cleanEnd`), a wider quote occurs no more often than a narrower one at the same place: each
 * occurrence of the wider holds one of the narrower, whole words at both ends, since around it
 * stand the same characters as where it was taken from. The counts then never grow, and the first
 * step with a count of 1 is found by bisection: the widest first (when it repeats, so does every
 * step), then halving.
 *
 * The steps are the quote's new starts, to the left of `fixed`, its end (`left`), or its new
 * ends, to the right of `fixed`, its start; the quote before the first step occurs more than
 * once. Returns the step the loop would stop at and its count (at most 2), or null when there is
 * no step.
 */
function narrowing(
	text: string,
	index: QuoteIndex,
	steps: readonly number[],
	fixed: number,
	left: boolean,
	monotone: boolean
): { step: number; seen: number } | null {
	if (steps.length === 0) return null;
	if (!monotone) {
		let seen = 2;
		for (let step = 0; step < steps.length; step++) if ((seen = countStep(text, index, steps[step]!, fixed, left)) <= 1) return { step, seen };
		return { step: steps.length - 1, seen };
	}
	const widest = countStep(text, index, steps.at(-1)!, fixed, left);
	if (widest > 1) return { step: steps.length - 1, seen: widest };
	// The first step counted at most once lies in [low, high]; high's count is `seen`.
	let low = 0;
	let high = steps.length - 1;
	let seen = widest;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const atMiddle = countStep(text, index, steps[middle]!, fixed, left);
		if (atMiddle <= 1) [high, seen] = [middle, atMiddle];
		else low = middle + 1;
	}
	return { step: high, seen };
}

/** The count (at most 2) of the quote from `step` to `fixed` (`left`), or from `fixed` to `step`. */
function countStep(text: string, index: QuoteIndex, step: number, fixed: number, left: boolean): number {
	return left ? index.countAt(text, step, fixed, 2) : index.countAt(text, fixed, step, 2);
}

/**
 * The quote for the quantity at `number`, inside `room` (the part of its sentence between the
 * neighbouring quantities). Returns the span and how many times its words occur in the article
 * (1 when unique; more when even the widest quote repeats, e.g. a sentence written twice).
 */
export function quoteFor(text: string, number: Span, room: Span, index: QuoteIndex): Span & { occurrences: number } {
	let start = number.start;
	const verb = wordBefore(text, room.start, start);
	if (verb && ACTION_VERBS.has(verb.word.toLowerCase()) && onlySpaceBetween(text, verb.start + verb.word.length, start)) {
		start = verb.start;
	}
	let end = Math.max(number.end, clauseEnd(text, number.end, room.end));
	let seen = index.countAt(text, start, end, 2);
	if (seen <= 1) return { start, end, occurrences: seen };

	// Widen to the left, then to the right, a word at a time, until the quote is unique.
	const floor = Math.max(room.start, end - MAX_QUOTE_LENGTH);
	const starts = wordStartsBefore(text, floor, start);
	const leftmost = starts.at(-1) ?? start;
	let ends = wordEndsAfter(text, end, Math.min(room.end, leftmost + MAX_QUOTE_LENGTH));
	// While every quote tried is clean, a wider one never occurs more often (see narrowing).
	const leftClean = start < end && cleanStart(text, start) && cleanEnd(text, end) && allClean(text, starts, true);
	if (leftClean && allClean(text, ends, false)) {
		// The widest quote first: when even it repeats, so does every narrower one, and widening
		// would end there (in a repetitive text, at almost every quote, whose count is then known).
		const widestEnd = ends.at(-1) ?? end;
		const widest = index.countAt(text, leftmost, widestEnd);
		if (widest > 1) return { start: leftmost, end: widestEnd, occurrences: widest };
	}
	const left = narrowing(text, index, starts, end, true, leftClean);
	if (left) [start, seen] = [starts[left.step]!, left.seen];
	if (seen > 1) {
		if (start !== leftmost) ends = wordEndsAfter(text, end, Math.min(room.end, start + MAX_QUOTE_LENGTH));
		const rightClean = cleanStart(text, start) && cleanEnd(text, end) && allClean(text, ends, false);
		const right = narrowing(text, index, ends, start, false, rightClean);
		if (right) [end, seen] = [ends[right.step]!, right.seen];
	}
	if (seen > 1) seen = index.countAt(text, start, end);
	return { start, end, occurrences: seen };
}

/** The starts of the words before `start`, nearest first, as far as `floor`: where widening to the left stops. */
function wordStartsBefore(text: string, floor: number, start: number): number[] {
	const starts: number[] = [];
	// As wordBefore, without making a string of every word.
	for (let end = lastWordEnd(text, floor, start); end !== -1; ) {
		const from = wordStartBefore(text, floor, end);
		if (from === -1) break;
		starts.push(from);
		end = lastWordEnd(text, floor, from);
	}
	return starts;
}

/** The ends of the words after `end`, past any punctuation, as far as `limit`: where widening to the right stops. */
function wordEndsAfter(text: string, end: number, limit: number): number[] {
	const ends: number[] = [];
	for (let next = nextWordEnd(text, end, limit); next !== null; next = nextWordEnd(text, next, limit)) ends.push(next);
	return ends;
}
