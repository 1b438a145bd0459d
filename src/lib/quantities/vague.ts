import { endOfMatch } from './text';

/**
 * Vague amounts: "tens of thousands", "hundreds", "dozens", "several thousand", "a few hundred".
 * The article states an order of magnitude, not a number, so they are read as quantities with no
 * value (qualifier approx) rather than skipped: an editor sees them in a draft and decides, and a
 * figure's quote cannot hide one. Longest alternative first.
 */
const VAGUE = new RegExp(
	[
		'(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions)',
		'(?:several|a\\s+few|many)\\s+(?:dozen|hundred|thousand|million|billion)s?',
		'thousands|millions|billions|hundreds|dozens',
		// "scores" alone is far more often a result ("test scores") than an amount.
		'scores(?=\\s+of\\s)'
	]
		.map((alternative) => `(?:${alternative})`)
		.join('|') + '(?![\\p{L}\\p{N}])',
	'iuy'
);

/** Every word a vague amount can begin with, lower case ("a" of "a few" is a number word too). */
export const VAGUE_FIRST_WORDS: ReadonlySet<string> = new Set(
	['tens', 'hundreds', 'several', 'a', 'many', 'thousands', 'millions', 'billions', 'dozens', 'scores']
);

/** End offset of a vague amount starting at `at`, or null. */
export function vagueAmountEnd(text: string, at: number): number | null {
	return endOfMatch(VAGUE, text, at);
}
