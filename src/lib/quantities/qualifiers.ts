import { classOf, SPACE } from './chars';
import { startOfMatchBefore } from './text';
import type { Qualifier } from './types';

/**
 * Verbs that pass a mark ("the number who fled has passed 560,000"), but also things on the way
 * ("the convoy passed 3 checkpoints"): more_than only before a number of 1,000 or more, which a
 * total is and a checkpoint count seldom. "crossed" stays no qualifier at all ("crossed 2
 * borders"), and "crossing" always one ("is crossing 670,000"), as before.
 */
const MARK_VERBS = ['passed', 'passes'];
/** The least number a mark verb qualifies. */
export const LEAST_MARK = 1000;

/**
 * Phrases that qualify the number directly after them (only white space may sit between).
 * 'exact' (no phrase) and 'range' (read from the shape of the numbers) have no entry.
 */
const QUALIFIER_PHRASES: ReadonlyArray<readonly [Qualifier, readonly string[]]> = [
	[
		'approx',
		['around', 'about', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'circa', '~']
	],
	['at_least', ['at least', 'a minimum of', 'no fewer than', 'no less than']],
	[
		'more_than',
		[
			...['more than', 'over', 'above', 'in excess of', 'upwards of', 'crossing', 'exceeding', 'surpassing', 'topping'],
			// A total that "had surpassed 244 million" is past it now: more than, not exactly, that.
			...['surpassed', 'surpasses', 'exceeded', 'exceeds', 'topped', 'tops', ...MARK_VERBS]
		]
	],
	['at_most', ['up to', 'as many as', 'at most', 'a maximum of', 'no more than']],
	['less_than', ['fewer than', 'less than', 'under', 'below']],
	['nearly', ['nearly', 'almost', 'close to', 'just under']]
];

interface QualifierPattern {
	qualifier: Qualifier;
	/** A verb of MARK_VERBS: it qualifies only a number of LEAST_MARK or more. */
	mark: boolean;
	phraseLength: number;
	/** The phrase's last word: the pattern is tried only where it stands (see candidatesBefore). */
	lastWord: string;
	re: RegExp;
}

/** Phrase words may be separated by any run of white space (\s with `u` includes U+00A0). */
function patternFor(qualifier: Qualifier, phrase: string): QualifierPattern {
	const body = phrase.split(' ').join('\\s+');
	// "~700,000" is usually written attached; word phrases need a gap before the number.
	const gap = phrase === '~' ? '\\s*' : '\\s+';
	const mark = MARK_VERBS.includes(phrase);
	return { qualifier, mark, phraseLength: phrase.length, lastWord: phrase.split(' ').at(-1)!, re: new RegExp(`${body}${gap}$`, 'iu') };
}

/**
 * Longest phrase first, so that the more specific phrase wins where one ends another:
 * "no more than" (at_most) over "more than", "just under" (nearly) over "under",
 * "an estimated" over "estimated".
 */
const PATTERNS: readonly QualifierPattern[] = QUALIFIER_PHRASES.flatMap(([qualifier, phrases]) =>
	phrases.map((phrase) => patternFor(qualifier, phrase))
).sort((a, b) => b.phraseLength - a.phraseLength);

/** The patterns by the last word of their phrase ("least" for "at least"), each list in PATTERNS order. */
const BY_LAST_WORD = new Map<string, QualifierPattern[]>();
for (const pattern of PATTERNS) BY_LAST_WORD.set(pattern.lastWord, [...(BY_LAST_WORD.get(pattern.lastWord) ?? []), pattern]);

const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The patterns that can match before `end`: a phrase's last word must stand right before the white
 * space there, whole ("about 5", not "handsome 12"), and only "~" may touch the number. Every
 * number asks, and nearly all follow no qualifier, so this is told from the word there instead of
 * trying thirty patterns. Letters outside ASCII next to that word may fold to ASCII under the `i`
 * flag ("ſome" is "some"): then every pattern is tried.
 */
function candidatesBefore(text: string, end: number): readonly QualifierPattern[] {
	let at = end;
	while (at > 0 && classOf(text.charCodeAt(at - 1)) & SPACE) at--;
	if (text.charCodeAt(at - 1) === 0x7e) return BY_LAST_WORD.get('~')!; // ~
	if (at === end) return [];
	let from = at;
	while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
	if (from > 0 && text.charCodeAt(from - 1) >= 0x80) return PATTERNS;
	return from === at ? [] : (BY_LAST_WORD.get(text.slice(from, at).toLowerCase()) ?? []);
}

export interface QualifierMatch {
	qualifier: Qualifier;
	/** Offset where the qualifier phrase begins. */
	start: number;
	/** A verb that qualifies a mark only ("passed"): the caller drops it before a number under LEAST_MARK. */
	mark: boolean;
}

/** The qualifier phrase that ends right before the number starting at `numberStart`, if any. */
export function qualifierBefore(text: string, numberStart: number): QualifierMatch | null {
	for (const { qualifier, mark, re } of candidatesBefore(text, numberStart)) {
		const start = startOfMatchBefore(re, text, numberStart);
		if (start !== null) return { qualifier, start, mark };
	}
	return null;
}
