import { endOfMatch } from './text';
import { anyOf, DOZEN, LARGE_SCALES, SCALES, SCORES, VAGUE_MULTIPLIERS, VAGUE_QUANTIFIERS } from './vocabulary';

/**
 * Vague amounts: "tens of thousands", "hundreds", "dozens", "several thousand", "a few hundred".
 * The article states an order of magnitude, not a number, so they are read as quantities with no
 * value (qualifier approx) rather than skipped: an editor sees them in a draft and decides, and a
 * figure's quote cannot hide one.
 */

/** What a vague amount counts in: "several dozen", "hundreds", "a few thousand". */
const AMOUNT_WORDS = [DOZEN, ...Object.keys(SCALES)];
const plural = (word: string): string => `${word}s`;

/**
 * Each alternative as the words it can begin with and the pattern of the rest, kept apart so that
 * VAGUE_FIRST_WORDS comes from the same lists as the pattern. Longer first: "hundreds of
 * thousands" before "hundreds".
 */
const ALTERNATIVES: ReadonlyArray<readonly [firstWords: readonly string[], rest: string]> = [
	[VAGUE_MULTIPLIERS, `\\s+of\\s+${anyOf(Object.keys(LARGE_SCALES).map(plural))}`],
	[VAGUE_QUANTIFIERS, `\\s+${anyOf(AMOUNT_WORDS)}s?`],
	[AMOUNT_WORDS.map(plural), ''],
	[[SCORES], '(?=\\s+of\\s)']
];

const VAGUE = new RegExp(
	`(?:${ALTERNATIVES.map(([firstWords, rest]) => anyOf(firstWords) + rest).join('|')})(?![\\p{L}\\p{N}])`,
	'iuy'
);

/** Every word a vague amount can begin with, lower case ("a" of "a few" is a number word too). */
export const VAGUE_FIRST_WORDS: ReadonlySet<string> = new Set(
	ALTERNATIVES.flatMap(([firstWords]) => firstWords.map((phrase) => phrase.split(' ')[0]!.toLowerCase()))
);

/** End offset of a vague amount starting at `at`, or null. */
export function vagueAmountEnd(text: string, at: number): number | null {
	return endOfMatch(VAGUE, text, at);
}
