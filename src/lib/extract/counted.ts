/**
 * What a number counts, read from the words around it: the unit (people, something else, money,
 * a percent, a share) and a first guess at the indicator and measure of the dashboard's
 * vocabulary. Guesses are marked as such in the draft; an editor confirms them.
 */
import type { Quantity } from '../quantities';
import { ASCII_CLASSES, classOf, isHighSurrogate, isLowSurrogate, LETTER, SPACE } from '../quantities/chars';
import { lowerAscii } from '../quantities/text';
import type { Indicator, Measure } from '../figures/schema';

/** people, percent and share are the dashboard's units; the others are for the editor to judge. */
export type DraftUnit = 'people' | 'percent' | 'share' | 'count' | 'USD' | 'EUR' | 'GBP';

const PEOPLE = new Set(
	[
		['people', 'persons', 'person', 'individuals', 'residents', 'inhabitants', 'civilians', 'villagers'],
		['refugees', 'refugee', 'migrants', 'asylum', 'seekers', 'displaced', 'idps', 'returnees', 'evacuees'],
		['children', 'kids', 'minors', 'babies', 'infants', 'women', 'men', 'girls', 'boys', 'adults', 'elderly'],
		['fighters', 'soldiers', 'troops', 'militants', 'combatants', 'rebels', 'members', 'recruits'],
		['workers', 'patients', 'students', 'pupils', 'detainees', 'prisoners', 'victims', 'survivors'],
		['dead', 'deaths', 'killed', 'wounded', 'injured', 'casualties', 'those', 'others'],
		// Said only of people: "300 died", "12,000 fled".
		['died', 'fled', 'drowned', 'perished', 'starved']
	].flat()
);

/** "Syrians", "Kurds", "Lebanese", "Rohingya": a capitalised word for a people. */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:s|ese)|Rohingya|Yazidi|Druze)$/u;

/** Words that may stand between the number and its noun without being the noun. */
const MODIFIERS = new Set(['more', 'other', 'new', 'newly', 'additional', 'further', 'of', 'the', 'them', 'these']);

/**
 * A number followed straight by one of these stands for a noun said earlier: "some 12,000 more
 * have arrived", "the toll is crossing 670,000". The sentence before it then says what is counted.
 */
const VERB_AFTER_BARE_NUMBER = new Set(
	[
		['are', 'were', 'is', 'was', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must'],
		['remain', 'remained', 'live', 'lived', 'fled', 'died', 'arrived', 'returned', 'need', 'needed', 'stood'],
		['in', 'on', 'at', 'by', 'since', 'last', 'this', 'so', 'alone', 'a', 'per', 'each', 'every']
	].flat()
);

/** Currency signs written before the number ("$1.2bn", "€300"), each with its unit; "US$" is read as "$". */
const CURRENCY_BEFORE: ReadonlyMap<number, DraftUnit> = new Map([
	[0x24, 'USD'], // $
	[0x20ac, 'EUR'], // €
	[0xa3, 'GBP'] // £
]);
const CURRENCY_AFTER: ReadonlyArray<readonly [RegExp, DraftUnit]> = [
	[/^(?:US )?dollars$/iu, 'USD'],
	[/^euros?$/iu, 'EUR'],
	[/^(?:pounds sterling|pounds)$/iu, 'GBP']
];
/**
 * The first letters of CURRENCY_AFTER's words, in lower case: a word that begins with another
 * ASCII character names no currency, which is told without trying the three patterns on it.
 */
const CURRENCY_INITIALS = new Set(['u', 'd', 'e', 'p'].map((letter) => letter.charCodeAt(0)));

const WORDS_LOOKED_AT = 4;

export interface Counted {
	unit: DraftUnit;
	/** The noun counted when it is not people, for the editor's note: "tents". */
	noun: string | null;
}

export interface Money {
	unit: DraftUnit;
	/** Where the currency sign begins: the quote starts there ("$1.2bn"). */
	start: number;
}

/**
 * The currency sign written straight before a count ("$1.2bn", "US$ 5m", "€300"), if any: the
 * sign and at most one white space character, within the four characters before the number.
 */
export function currencyBefore(text: string, kind: Quantity['kind'], start: number): Money | null {
	if (kind !== 'count') return null;
	const floor = Math.max(0, start - 4);
	let sign = start - 1;
	if (sign >= floor && classOf(text.charCodeAt(sign)) & SPACE) sign--;
	const unit = sign >= floor ? CURRENCY_BEFORE.get(text.charCodeAt(sign)) : undefined;
	if (unit === undefined) return null;
	const us = unit === 'USD' && sign - 2 >= floor && text.charCodeAt(sign - 2) === 0x55 && text.charCodeAt(sign - 1) === 0x53; // US$
	return { unit, start: us ? sign - 2 : sign };
}

/**
 * The unit of `quantity` (its offsets those of `text`), reading at most a few words of its clause,
 * text[quantity.end, clauseEnd), the words after the number up to the end of its quote; when those
 * name nothing, the words of the sentence just before the number, text[lookBack, quantity.start)
 * (read only then), say what is counted. `money` is the currency sign before it, if any. Offsets,
 * not strings: no string is made of a part that is not read.
 */
export function countedBy(quantity: Quantity, text: string, clauseEnd: number, lookBack: number, money: Money | null): Counted {
	if (quantity.kind !== 'count') return { unit: quantity.kind, noun: null };
	if (money) return { unit: money.unit, noun: null };
	const words = wordsIn(text, quantity.end, clauseEnd, WORDS_LOOKED_AT);
	const first = words[0] === undefined ? NaN : lowerAscii(words[0].charCodeAt(0));
	if (first >= 0x80 || CURRENCY_INITIALS.has(first)) {
		for (const [name, unit] of CURRENCY_AFTER) if (name.test(words[0]!)) return { unit, noun: null };
	}
	if (words.some(namesPeople)) return { unit: 'people', noun: null };
	const noun = firstNoun(words);
	if (noun === null || VERB_AFTER_BARE_NUMBER.has(noun.toLowerCase())) {
		return { unit: someWordNamesPeople(text, lookBack, quantity.start) ? 'people' : 'count', noun: null };
	}
	return { unit: 'count', noun };
}

/** The first word that is not a modifier ("more", "of the"), or null. */
function firstNoun(words: readonly string[]): string | null {
	for (const word of words) if (!MODIFIERS.has(word.toLowerCase())) return word;
	return null;
}

/*
 * Words are what /\p{L}+(?:['’-]\p{L}+)*\/gu finds in text.slice(from, to) (letters, code points,
 * joined by an apostrophe or a hyphen), read off the text in place with the character table: a
 * regex match is an array for every word, and this reads a few words for every quantity, and up
 * to LOOK_BACK characters of words before some.
 */

/** UTF-16 length of the letter at `i` of text[0, to), a surrogate pair read whole, or 0. */
function letterLengthAt(text: string, i: number, to: number): number {
	if (i >= to) return 0;
	const code = text.charCodeAt(i);
	if (code < 0x80) return ASCII_CLASSES[code]! & LETTER ? 1 : 0;
	if (isHighSurrogate(code) && i + 1 < to) {
		const low = text.charCodeAt(i + 1);
		if (isLowSurrogate(low)) return classOf((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) & LETTER ? 2 : 0;
	}
	return classOf(code) & LETTER ? 1 : 0;
}

/** Start of the first word at or after `from` in text[0, to), or -1. */
function wordStart(text: string, from: number, to: number): number {
	for (let i = from; i < to; ) {
		if (letterLengthAt(text, i, to) > 0) return i;
		i += isHighSurrogate(text.charCodeAt(i)) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
	}
	return -1;
}

const isWordJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d; // ' ’ -

/** End of the word that starts at `start` in text[0, to). */
function wordEnd(text: string, start: number, to: number): number {
	let end = start;
	for (;;) {
		for (let length = letterLengthAt(text, end, to); length > 0; length = letterLengthAt(text, end, to)) end += length;
		if (end + 1 < to && isWordJoiner(text.charCodeAt(end)) && letterLengthAt(text, end + 1, to) > 0) end += 1;
		else return end;
	}
}

/** The first `limit` words of text[from, to). */
function wordsIn(text: string, from: number, to: number, limit: number): string[] {
	const words: string[] = [];
	for (let start = wordStart(text, from, to); start !== -1 && words.length < limit; start = wordStart(text, from, to)) {
		from = wordEnd(text, start, to);
		words.push(text.slice(start, from));
	}
	return words;
}

/** True when some word of text[from, to) names people, reading no further than the first that does. */
function someWordNamesPeople(text: string, from: number, to: number): boolean {
	for (let start = wordStart(text, from, to); start !== -1; start = wordStart(text, from, to)) {
		from = wordEnd(text, start, to);
		if (namesPeople(text.slice(start, from))) return true;
	}
	return false;
}

function namesPeople(word: string): boolean {
	if (PEOPLE.has(word.toLowerCase())) return true;
	// A demonym begins with a capital: a word that begins with a lower-case ASCII letter is none.
	const first = word.charCodeAt(0);
	return !(first >= 0x61 && first <= 0x7a) && DEMONYM.test(word);
}

/**
 * First pattern to match wins: "fleeing the country" is refugees before "fleeing" is a flow.
 * The words are ASCII, so the patterns need no `u` flag (which makes \b and `i` markedly slower).
 */
const INDICATOR_WORDS: ReadonlyArray<readonly [Indicator, RegExp]> = [
	['idps', /\binternally displaced\b|\bIDPs?\b|\bdisplaced (?:inside|within)\b/i],
	['refugees', /\brefugees?\b|\bfle(?:e|es|eing|d) (?:the|their) country\b|\babroad\b|\basylum\b/i],
	['casualties', /\bkill(?:ed|ing|s)?\b|\bdead\b|\bdeaths?\b|\bdied\b|\bcasualties\b|\bwounded\b|\binjured\b/i],
	['combatants', /\bfighters?\b|\btroops\b|\bsoldiers\b|\bmilitants?\b|\bcombatants?\b/i],
	['new_displacement', /\bfle(?:e|es|eing|d)\b|\bdisplaced\b|\buprooted\b|\bdisplacement\b|\bforced from\b/i]
];

/** Stocks are counted at a date; flows over a period; a share or percent is a part of a whole. */
const MEASURE_OF: Record<Indicator, Measure> = {
	refugees: 'stock',
	idps: 'stock',
	combatants: 'stock',
	new_displacement: 'flow',
	casualties: 'flow'
};

export interface Guess {
	indicator: Indicator | null;
	measure: Measure | null;
}

/** Every pattern at once, each in a group: most quotes and sentences hold none, which one search then tells. */
const ANY_INDICATOR = new RegExp(INDICATOR_WORDS.map(([, re]) => `(${re.source})`).join('|'), 'i');

/** The first indicator whose words `text` holds, or null. */
export function indicatorIn(text: string): Indicator | null {
	const m = ANY_INDICATOR.exec(text);
	if (!m) return null;
	// The pattern of the leftmost match; one before it in the list may still match further on.
	let leftmost = 0;
	while (m[leftmost + 1] === undefined) leftmost++;
	for (let i = 0; i < leftmost; i++) if (INDICATOR_WORDS[i]![1].test(text)) return INDICATOR_WORDS[i]![0];
	return INDICATOR_WORDS[leftmost]![0];
}

/** A sentence's text, and the indicator its words name, once asked (undefined until then). */
export interface SentenceWords {
	text: string;
	indicator?: Indicator | null;
}

/**
 * A first guess from the quote's words, then the sentence's (read only when needed, and once,
 * since a sentence holds many quantities); null where nothing says.
 */
export function guessIndicator(quantity: Pick<Quantity, 'kind'>, quote: string, sentence: SentenceWords): Guess {
	const indicator = indicatorIn(quote) ?? (sentence.indicator === undefined ? (sentence.indicator = indicatorIn(sentence.text)) : sentence.indicator);
	const measure = quantity.kind === 'count' ? (indicator && MEASURE_OF[indicator]) : 'share';
	return { indicator, measure };
}
