/**
 * The English words numbers are written with, in one place, so that the readers (digits, words,
 * shares, vague amounts, non-counts) and the sentence splitter cannot disagree about them.
 * Plain data plus one helper; each reader builds its own patterns and maps from it.
 */

/** 0–9. Named "ones" because "unit" in this project is a figure's unit of measure. */
export const ONES: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9
};

export const TEENS: Readonly<Record<string, number>> = {
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

export const TENS: Readonly<Record<string, number>> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

/**
 * "hundred" multiplies within a group of three digits ("two hundred thousand"), so it is kept
 * apart from the scales that close a group.
 */
export const HUNDRED = 'hundred';

/**
 * Scales that close a group and must fall from left to right: "two million three thousand". Also
 * the scales read after "half a" and "tens of" ("half a million").
 *
 * The South Asian scales are among them: a lakh is 100,000 and a crore 10,000,000, written as
 * numbers ("2 lakh", "1.5 crore", "one crore twenty lakh") and in vague amounts ("several lakh",
 * "lakhs of people") in Indian, Pakistani, Bangladeshi and Nepali reporting.
 */
export const LARGE_SCALES = {
	thousand: 1e3,
	lakh: 1e5,
	million: 1e6,
	crore: 1e7,
	billion: 1e9,
	trillion: 1e12
} as const;

export const SCALES = { [HUNDRED]: 1e2, ...LARGE_SCALES } as const;

export type ScaleWord = keyof typeof SCALES;

export interface ScaleAbbreviation {
	readonly word: ScaleWord;
	/**
	 * Whether it still reads as a scale after a space ("1.2 bn"). Attached to the digits every
	 * abbreviation does ("3.2m"), but "5 m" is five metres and "5 k" may be kilometres.
	 */
	readonly standsAlone: boolean;
}

export const SCALE_ABBREVIATIONS: Readonly<Record<string, ScaleAbbreviation>> = {
	k: { word: 'thousand', standsAlone: false },
	m: { word: 'million', standsAlone: false },
	mn: { word: 'million', standsAlone: true },
	bn: { word: 'billion', standsAlone: true },
	// South Asian English also writes the plural after a number: "5 lakhs", "2 crores".
	lakhs: { word: 'lakh', standsAlone: true },
	crores: { word: 'crore', standsAlone: true }
};

/**
 * Capital letters that are a scale on their own, after a space too: key-figure boxes write
 * "11.7 M people in need" and "US$ 2.7 B". Only in capitals: "5 m" is five metres, and a lower-case
 * "b" after digits is a sub-item ("Article 5b").
 */
export const CAPITAL_SCALES: Readonly<Record<string, ScaleWord>> = {
	M: 'million',
	B: 'billion'
};

/** Twelve; its plural "dozens" is a vague amount, not a number. */
export const DOZEN = 'dozen';

/**
 * Ordinals up to ten. Those of the ones end a tens word ("twenty-first"); most of the rest also
 * name a part of a whole (FRACTIONS).
 */
export const ORDINALS: Readonly<Record<string, number>> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10
};

export interface Fraction {
	/** "a third" */
	readonly singular: string;
	/** "two-thirds" */
	readonly plural: string;
	readonly denominator: number;
}

/** One part in n. "fourth" is not among them, so that "a fourth term" stays an ordinal. */
export const FRACTIONS: readonly Fraction[] = [
	{ singular: 'half', plural: 'halves', denominator: 2 },
	{ singular: 'third', plural: 'thirds', denominator: 3 },
	{ singular: 'quarter', plural: 'quarters', denominator: 4 },
	{ singular: 'fifth', plural: 'fifths', denominator: 5 },
	{ singular: 'sixth', plural: 'sixths', denominator: 6 },
	{ singular: 'seventh', plural: 'sevenths', denominator: 7 },
	{ singular: 'eighth', plural: 'eighths', denominator: 8 },
	{ singular: 'ninth', plural: 'ninths', denominator: 9 },
	{ singular: 'tenth', plural: 'tenths', denominator: 10 }
];

export interface TimeUnit {
	readonly singular: string;
	readonly plural: string;
	/** Singular and plural, as written in "2 min read" or "3 hrs". */
	readonly abbreviations: readonly string[];
}

/** A number followed by one of these is a duration, not a count ("nine years", "2 min read"). */
export const TIME_UNITS: readonly TimeUnit[] = [
	{ singular: 'century', plural: 'centuries', abbreviations: [] },
	{ singular: 'decade', plural: 'decades', abbreviations: [] },
	{ singular: 'year', plural: 'years', abbreviations: ['yr', 'yrs'] },
	{ singular: 'month', plural: 'months', abbreviations: [] },
	{ singular: 'week', plural: 'weeks', abbreviations: [] },
	{ singular: 'day', plural: 'days', abbreviations: [] },
	{ singular: 'night', plural: 'nights', abbreviations: [] },
	{ singular: 'hour', plural: 'hours', abbreviations: ['hr', 'hrs'] },
	{ singular: 'minute', plural: 'minutes', abbreviations: ['min', 'mins'] },
	{ singular: 'second', plural: 'seconds', abbreviations: ['sec', 'secs'] }
];

export interface Month {
	/** Capitalised: "may 5" / "march 12" in lower case are verbs more often than dates. */
	readonly name: string;
	/** Written with or without a full stop ("Jan. 5", "Jan 5"). */
	readonly abbreviations: readonly string[];
}

export const MONTHS: readonly Month[] = [
	{ name: 'January', abbreviations: ['Jan'] },
	{ name: 'February', abbreviations: ['Feb'] },
	{ name: 'March', abbreviations: ['Mar'] },
	{ name: 'April', abbreviations: ['Apr'] },
	{ name: 'May', abbreviations: [] },
	{ name: 'June', abbreviations: ['Jun'] },
	{ name: 'July', abbreviations: ['Jul'] },
	{ name: 'August', abbreviations: ['Aug'] },
	{ name: 'September', abbreviations: ['Sep', 'Sept'] },
	{ name: 'October', abbreviations: ['Oct'] },
	{ name: 'November', abbreviations: ['Nov'] },
	{ name: 'December', abbreviations: ['Dec'] }
];

/** "tens of thousands", "hundreds of millions": an order of magnitude, not a number. */
export const VAGUE_MULTIPLIERS: readonly string[] = ['tens', 'hundreds'];

/** "several thousand", "a few hundred", "many dozens". */
export const VAGUE_QUANTIFIERS: readonly string[] = ['several', 'a few', 'many'];

/** "scores of homes"; only before "of", since "test scores" is a result, not an amount. */
export const SCORES = 'scores';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/gu;

/**
 * A non-capturing group matching any of `phrases`, longest first so that a phrase never loses
 * to its own prefix ("mn" before "m"). Spaces inside a phrase match any run of white space.
 */
export function anyOf(phrases: readonly string[]): string {
	const alternatives = [...new Set(phrases)]
		.sort((a, b) => b.length - a.length)
		.map((phrase) => phrase.replace(REGEX_SPECIAL, '\\$&').split(' ').join('\\s+'));
	return `(?:${alternatives.join('|')})`;
}
