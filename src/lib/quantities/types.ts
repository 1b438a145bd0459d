/** Closed vocabulary of how a number is qualified, read from the words in front of it. */
export const QUALIFIERS = [
	'exact',
	'approx',
	'at_least',
	'more_than',
	'at_most',
	'less_than',
	'nearly',
	'range'
] as const;

export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * count: a number of things; percent: "12%"/"12 percent"/"12 per cent" (value 12);
 * share: a fraction in words or digits, "half" (value 0.5), "a third", "two-thirds",
 * "three quarters", "one in five" (0.2).
 *
 * Share values are plain JS divisions (1 / 3, 2 / 3), so compare them with a tolerance,
 * e.g. `Math.abs(q.value - 1 / 3) < 1e-9`, not with `===` against a rounded decimal.
 */
export type QuantityKind = 'count' | 'percent' | 'share';

export interface Quantity {
	/**
	 * For a range, the lower bound. Null for a vague amount ("tens of thousands", "dozens"):
	 * the words give an order of magnitude, not a number; its qualifier is approx unless words
	 * before it say otherwise.
	 */
	value: number | null;
	/** Upper bound of a range, else null. */
	upper: number | null;
	qualifier: Qualifier;
	kind: QuantityKind;
	/** UTF-16 offsets into the input, covering qualifier words + number (+ scale word / % sign). */
	start: number;
	end: number;
	/** input.slice(start, end) */
	text: string;
}

/**
 * Internal: one number as written, before qualifiers and ranges are considered.
 * Not exported from index.ts.
 */
export interface NumeralReading {
	value: number;
	start: number;
	end: number;
	kind: QuantityKind;
	/** The number before its scale word: 5.5 in "5.5 million", 2 in "two hundred thousand". */
	leading: number;
	/** value / leading: 1e6 in "5.5 million", 1 when there is no scale word. Lets "5-6 million" scale both ends. */
	scale: number;
	/** Digits or words: years and days of the month are only recognised in digits. */
	form: 'digits' | 'words';
	/** The numeral exactly as written, without scale or % sign ("8,000", "2020", "twelve"). */
	written: string;
	/** The lone word "one", which is usually a pronoun ("one of the", "no one"), not a count. */
	bareOne: boolean;
}
