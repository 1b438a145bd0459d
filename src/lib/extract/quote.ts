/**
 * The quote a draft figure gets: the number phrase and the rest of its clause, so the words say
 * what is counted ("around 700,000 Syrians flee a regime offensive in nearby Idlib"), never
 * reaching into the next number of the sentence, and widened until it occurs once in the article,
 * because the build refuses a quote it cannot place.
 */
import { FIGURE_COLUMNS } from '../figures/schema';
import type { Span } from '../provenance';
import { matchAt } from '../quantities/text';
import type { QuoteIndex } from './occurrences';

/** A word, with apostrophes, hyphens and dots inside it ("Syria's", "al-Nujaba", "U.N"). */
const WORD = String.raw`[\p{L}\p{N}]+(?:['’.\-–][\p{L}\p{N}]+)*`;
/** The next word of the clause. Only white space may come before it: the clause ends at any punctuation. */
const WORD_AFTER = new RegExp(String.raw`\s*(${WORD})`, 'uy');
/** The next word past any punctuation: widening a repeated quote may cross a comma. */
const NEXT_WORD = new RegExp(String.raw`[^\p{L}\p{N}]*${WORD}`, 'uy');
/** The last word before a point, past any punctuation. */
const WORD_BEFORE = new RegExp(String.raw`(${WORD})[^\p{L}\p{N}]*$`, 'u');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
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

/** End of the clause that starts at `from`: after at most MAX_WORDS_AFTER words, never past `limit`. */
function clauseEnd(text: string, from: number, limit: number): number {
	let end = from;
	let lastKept = from;
	for (let words = 0; words < MAX_WORDS_AFTER; words++) {
		WORD_AFTER.lastIndex = end;
		const m = WORD_AFTER.exec(text);
		if (!m || end + m[0].length > limit) break;
		end += m[0].length;
		if (!TRAILING.has(m[1]!.toLowerCase())) lastKept = end;
	}
	return lastKept;
}

/** The word before `start`, past any punctuation, if it lies within `[floor, start)`, whole. */
function wordBefore(text: string, floor: number, start: number): { start: number; word: string } | null {
	const before = text.slice(floor, start);
	const m = WORD_BEFORE.exec(before);
	if (!m || (m.index === 0 && LETTER_OR_DIGIT.test(text[floor - 1] ?? ''))) return null;
	return { start: floor + m.index, word: m[1]! };
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
	return /^\s+$/u.test(text.slice(from, to));
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
	const occurrences = (s: number, e: number) => index.count(text.slice(s, e), 2);

	let seen = occurrences(start, end);
	// Widen to the left, then to the right, a word at a time, until the quote is unique.
	const floor = Math.max(room.start, end - MAX_QUOTE_LENGTH);
	for (let previous = wordBefore(text, floor, start); seen > 1 && previous; previous = wordBefore(text, floor, start)) {
		start = previous.start;
		seen = occurrences(start, end);
	}
	while (seen > 1) {
		const m = matchAt(NEXT_WORD, text, end);
		if (!m || end + m[0].length > Math.min(room.end, start + MAX_QUOTE_LENGTH)) break;
		end += m[0].length;
		seen = occurrences(start, end);
	}
	if (seen > 1) seen = index.count(text.slice(start, end));
	return { start, end, occurrences: seen };
}
