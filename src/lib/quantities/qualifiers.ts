import { startOfMatchBefore } from './text';
import type { Qualifier } from './types';

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
		['more than', 'over', 'above', 'in excess of', 'upwards of', 'crossing', 'exceeding', 'surpassing', 'topping']
	],
	['at_most', ['up to', 'as many as', 'at most', 'a maximum of', 'no more than']],
	['less_than', ['fewer than', 'less than', 'under', 'below']],
	['nearly', ['nearly', 'almost', 'close to', 'just under']]
];

interface QualifierPattern {
	qualifier: Qualifier;
	phraseLength: number;
	re: RegExp;
}

/** Phrase words may be separated by any run of white space (\s with `u` includes U+00A0). */
function patternFor(qualifier: Qualifier, phrase: string): QualifierPattern {
	const body = phrase.split(' ').join('\\s+');
	// "~700,000" is usually written attached; word phrases need a gap before the number.
	const gap = phrase === '~' ? '\\s*' : '\\s+';
	return { qualifier, phraseLength: phrase.length, re: new RegExp(`${body}${gap}$`, 'iu') };
}

/**
 * Longest phrase first, so that the more specific phrase wins where one ends another:
 * "no more than" (at_most) over "more than", "just under" (nearly) over "under",
 * "an estimated" over "estimated".
 */
const PATTERNS: readonly QualifierPattern[] = QUALIFIER_PHRASES.flatMap(([qualifier, phrases]) =>
	phrases.map((phrase) => patternFor(qualifier, phrase))
).sort((a, b) => b.phraseLength - a.phraseLength);

export interface QualifierMatch {
	qualifier: Qualifier;
	/** Offset where the qualifier phrase begins. */
	start: number;
}

/** The qualifier phrase that ends right before the number starting at `numberStart`, if any. */
export function qualifierBefore(text: string, numberStart: number): QualifierMatch | null {
	for (const { qualifier, re } of PATTERNS) {
		const start = startOfMatchBefore(re, text, numberStart);
		if (start !== null) return { qualifier, start };
	}
	return null;
}
