import { gapEnd, letterRunEnd, tidy } from './text';
import type { NumeralReading } from './types';
import * as vocabulary from './vocabulary';

/** Maps, not the records themselves: a token such as "constructor" must not find Object.prototype. */
function valuesOf(words: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
	return new Map(Object.entries(words));
}

const ONES = valuesOf(vocabulary.ONES);
const TEENS = valuesOf(vocabulary.TEENS);
const TENS = valuesOf(vocabulary.TENS);
/** "hundred" is read on its own: it multiplies inside a group, these close one. */
const GROUP_SCALES = valuesOf(vocabulary.LARGE_SCALES);

/**
 * Every word that can take part in a number phrase. Plurals ("dozens", "hundreds",
 * "thousands") are deliberately absent: they are vague amounts, not numbers.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
	...ONES.keys(),
	...TEENS.keys(),
	...TENS.keys(),
	...GROUP_SCALES.keys(),
	vocabulary.HUNDRED,
	vocabulary.DOZEN,
	'a',
	'an',
	'and',
	'half'
]);

/**
 * The number words a number can begin with: those the first step of readWordNumber takes ("zero",
 * a ones, teens or tens word, "a" or "an" before a hundred, dozen or scale, "half" before "a"),
 * which include every first word of a share ("a third", "two-thirds", "one in five", "half").
 * "hundred", "dozen", the scales and "and" only ever continue a number.
 */
export const FIRST_NUMBER_WORDS: ReadonlySet<string> = new Set([...ONES.keys(), ...TEENS.keys(), ...TENS.keys(), 'a', 'an', 'half']);

interface Token {
	word: string;
	start: number;
	end: number;
	hyphenBefore: boolean;
}

/** Longer phrases are not real numbers; the cap bounds the work per start position. */
const MAX_TOKENS = 12;

/** The letters at `at` (/\p{L}+/uy: greedy, so "often", "oneself" and "tone" never yield "ten"/"one"). */
function wordAt(text: string, at: number): Token | null {
	const end = letterRunEnd(text, at);
	return end === at ? null : { word: text.slice(at, end).toLowerCase(), start: at, end, hyphenBefore: false };
}

/** The run of number-vocabulary words starting at `at`, separated by white space or one hyphen. */
function collectTokens(text: string, at: number): Token[] {
	const tokens: Token[] = [];
	let token = wordAt(text, at);
	while (token && NUMBER_WORDS.has(token.word) && tokens.length < MAX_TOKENS) {
		tokens.push(token);
		const gap = gapEnd(text, token.end);
		if (gap === null) break;
		const next = wordAt(text, gap);
		// The gap is one hyphen, or white space (never a hyphen).
		if (next) next.hyphenBefore = text.charCodeAt(token.end) === 0x2d;
		token = next;
	}
	return tokens;
}

/** What the parser saw last; decides which word may come next. */
type Last =
	| 'start'
	| 'a'
	| 'zero'
	| 'ones'
	| 'teen'
	| 'tens'
	| 'tensOnes'
	| 'hundred'
	| 'scale'
	| 'and'
	| 'halfA'
	| 'fraction'
	| 'dozen';

const COMPLETE: ReadonlySet<Last> = new Set<Last>([
	'zero',
	'ones',
	'teen',
	'tens',
	'tensOnes',
	'hundred',
	'scale',
	'fraction',
	'dozen'
]);
/** A new group of up to three digits may begin after these. */
const GROUP_START: ReadonlySet<Last> = new Set<Last>(['start', 'hundred', 'scale', 'and']);
/** A number below one hundred has just been read. */
const SUB_HUNDRED: ReadonlySet<Last> = new Set<Last>(['ones', 'teen', 'tens', 'tensOnes']);

interface State {
	/** Sum of finished thousand/million/... groups. */
	total: number;
	/** The group being read, below the last scale word. */
	group: number;
	/** Value before the first multiplier word, for "5 to 6 million"-style ranges. */
	leading: number | null;
	last: Last;
	/** Scales must fall: "two million three thousand", never "two thousand three million". */
	lastScale: number;
	hundredInGroup: boolean;
}

function markLeading(s: State): void {
	if (s.leading === null) s.leading = s.total + s.group;
}

function isSubHundredWord(word: string | undefined): boolean {
	if (word === undefined) return false;
	return (ONES.get(word) ?? 0) > 0 || TEENS.has(word) || TENS.has(word);
}

/**
 * In "between two hundred and three hundred" the "and" joins two numbers, unlike
 * "two hundred and fifty". Looks past the sub-hundred words after "and" for another "hundred".
 */
function andJoinsTwoNumbers(tokens: readonly Token[], afterAnd: number): boolean {
	let i = afterAnd;
	if (TENS.has(tokens[i]?.word ?? '')) i++;
	const word = tokens[i]?.word ?? '';
	if ((ONES.get(word) ?? 0) > 0 || TEENS.has(word)) i++;
	return tokens[i]?.word === vocabulary.HUNDRED;
}

/**
 * Each step reads one kind of word at tokens[i] and updates the state. It returns how many
 * tokens it used, or 0 when that word cannot continue the number (the phrase ends there).
 */
type Step = (s: State, tokens: readonly Token[], i: number) => number;

const wordAtIndex = (tokens: readonly Token[], i: number): string => tokens[i]?.word ?? '';

/** "zero" only stands alone. */
const readZero: Step = (s, tokens, i) => {
	if (ONES.get(wordAtIndex(tokens, i)) !== 0 || s.last !== 'start') return 0;
	s.last = 'zero';
	return 1;
};

/** "five", or the "five" of "twenty-five" / "twenty five" / "two hundred five". */
const readOnes: Step = (s, tokens, i) => {
	const ones = ONES.get(wordAtIndex(tokens, i));
	if (ones === undefined || ones === 0) return 0;
	if (s.last === 'tens') s.last = 'tensOnes';
	else if (GROUP_START.has(s.last)) s.last = 'ones';
	else return 0;
	s.group += ones;
	return 1;
};

/** "twelve", "forty": only where a new group may begin ("five twenty" is not a number). */
const readTeenOrTens: Step = (s, tokens, i) => {
	const word = wordAtIndex(tokens, i);
	const value = TEENS.get(word) ?? TENS.get(word);
	if (value === undefined || !GROUP_START.has(s.last)) return 0;
	s.group += value;
	s.last = TEENS.has(word) ? 'teen' : 'tens';
	return 1;
};

/** "two hundred", "twelve hundred", "a hundred"; once per group. */
const readHundred: Step = (s, tokens, i) => {
	if (wordAtIndex(tokens, i) !== vocabulary.HUNDRED) return 0;
	if (!(SUB_HUNDRED.has(s.last) || s.last === 'a') || s.hundredInGroup) return 0;
	markLeading(s);
	s.group *= 100;
	s.hundredInGroup = true;
	s.last = 'hundred';
	return 1;
};

const CAN_PRECEDE_SCALE: ReadonlySet<Last> = new Set<Last>([...SUB_HUNDRED, 'hundred', 'a', 'fraction', 'halfA']);

/** "thousand", "million", ...: closes the current group. */
const readScale: Step = (s, tokens, i) => {
	const scale = GROUP_SCALES.get(wordAtIndex(tokens, i));
	if (scale === undefined || !CAN_PRECEDE_SCALE.has(s.last)) return 0;
	if (scale >= s.lastScale || s.group <= 0) return 0;
	markLeading(s);
	s.total += s.group * scale;
	s.group = 0;
	s.hundredInGroup = false;
	s.lastScale = scale;
	s.last = 'scale';
	return 1;
};

/** "a dozen", "two dozen" (the plural "dozens" is not in the vocabulary). */
const readDozen: Step = (s, tokens, i) => {
	if (wordAtIndex(tokens, i) !== vocabulary.DOZEN) return 0;
	if (!(s.last === 'ones' || s.last === 'a') || s.hundredInGroup) return 0;
	markLeading(s);
	s.group *= 12;
	s.last = 'dozen';
	return 1;
};

/** "a million", "a hundred", "a dozen"; any other "a" is just an article. */
const readArticle: Step = (s, tokens, i) => {
	const word = wordAtIndex(tokens, i);
	const next = wordAtIndex(tokens, i + 1);
	const countable = next === vocabulary.HUNDRED || next === vocabulary.DOZEN || GROUP_SCALES.has(next);
	if ((word !== 'a' && word !== 'an') || s.last !== 'start' || !countable) return 0;
	s.group = 1;
	s.last = 'a';
	return 1;
};

/** "half a million"; a bare "half" is a share and is read in shares.ts. */
const readHalfA: Step = (s, tokens, i) => {
	const countable = wordAtIndex(tokens, i + 1) === 'a' && GROUP_SCALES.has(wordAtIndex(tokens, i + 2));
	if (wordAtIndex(tokens, i) !== 'half' || s.last !== 'start' || !countable) return 0;
	s.group = 0.5;
	s.last = 'halfA';
	return 2;
};

/** British "two hundred and fifty"; "two and a half (million)". */
const readAnd: Step = (s, tokens, i) => {
	if (wordAtIndex(tokens, i) !== 'and') return 0;
	const next = wordAtIndex(tokens, i + 1);
	if (s.last === 'hundred' && isSubHundredWord(next) && !andJoinsTwoNumbers(tokens, i + 1)) {
		s.last = 'and';
		return 1;
	}
	if (SUB_HUNDRED.has(s.last) && next === 'a' && wordAtIndex(tokens, i + 2) === 'half') {
		s.group += 0.5;
		s.last = 'fraction';
		return 3;
	}
	return 0;
};

const STEPS: readonly Step[] = [
	readZero,
	readOnes,
	readTeenOrTens,
	readHundred,
	readScale,
	readDozen,
	readArticle,
	readHalfA,
	readAnd
];

/** Apply tokens[i] to the state; returns how many tokens were used, 0 when the phrase ends here. */
function advance(s: State, tokens: readonly Token[], i: number): number {
	const token = tokens[i];
	if (!token) return 0;
	// A hyphen only joins tens and ones ("twenty-five"); "nine-year" and "two-thirds" end here.
	const ones = ONES.get(token.word) ?? 0;
	if (token.hyphenBefore && !(s.last === 'tens' && ones > 0)) return 0;
	for (const step of STEPS) {
		const used = step(s, tokens, i);
		if (used > 0) return used;
	}
	return 0;
}

/**
 * A number written in words at `at`: "twelve", "twenty-five", "two hundred thousand",
 * "a million", "a dozen", "half a million", "two and a half million".
 * Case-insensitive, so "Twelve" at a sentence start works.
 */
export function readWordNumber(text: string, at: number): NumeralReading | null {
	const tokens = collectTokens(text, at);
	const state: State = {
		total: 0,
		group: 0,
		leading: null,
		last: 'start',
		lastScale: Infinity,
		hundredInGroup: false
	};
	let used = 0;
	let best: { used: number; value: number; leading: number } | null = null;
	for (let step = advance(state, tokens, used); step > 0; step = advance(state, tokens, used)) {
		used += step;
		if (COMPLETE.has(state.last)) {
			const value = state.total + state.group;
			best = { used, value, leading: state.leading ?? value };
		}
	}
	const first = tokens[0];
	const last = best ? tokens[best.used - 1] : undefined;
	if (!best || !first || !last) return null;
	return {
		value: best.value,
		start: first.start,
		end: last.end,
		kind: 'count',
		leading: best.leading,
		scale: best.leading === 0 ? 1 : tidy(best.value / best.leading),
		form: 'words',
		written: text.slice(first.start, last.end),
		bareOne: best.used === 1 && first.word === 'one'
	};
}
