/**
 * What a number counts, read from the words around it: the unit (people, something else, money,
 * a percent, a share) and a first guess at the indicator and measure of the dashboard's
 * vocabulary. Guesses are marked as such in the draft; an editor confirms them.
 */
import type { Quantity } from '../quantities';
import { classOf, SPACE } from '../quantities/chars';
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

const WORDS = /\p{L}+(?:['’-]\p{L}+)*/gu;
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
 * The unit of `quantity`, reading at most a few words of `clause`, the words after the number up
 * to the end of its quote; when those name nothing, `before`, the words of the sentence just
 * before the number (read only then), say what is counted. `money` is the currency sign before
 * it, if any.
 */
export function countedBy(quantity: Quantity, clause: string, before: { text: string; start: number; end: number }, money: Money | null): Counted {
	if (quantity.kind !== 'count') return { unit: quantity.kind, noun: null };
	if (money) return { unit: money.unit, noun: null };
	const words = wordsIn(clause, WORDS_LOOKED_AT);
	for (const [name, unit] of CURRENCY_AFTER) {
		if (words[0] !== undefined && name.test(words[0])) return { unit, noun: null };
	}
	if (words.some(namesPeople)) return { unit: 'people', noun: null };
	const noun = firstNoun(words);
	if (noun === null || VERB_AFTER_BARE_NUMBER.has(noun.toLowerCase())) {
		return { unit: someWordNamesPeople(before.text.slice(before.start, before.end)) ? 'people' : 'count', noun: null };
	}
	return { unit: 'count', noun };
}

/** The first word that is not a modifier ("more", "of the"), or null. */
function firstNoun(words: readonly string[]): string | null {
	for (const word of words) if (!MODIFIERS.has(word.toLowerCase())) return word;
	return null;
}

/** The first `limit` words of `text` (exec in a loop: matchAll copies the regex each time). */
function wordsIn(text: string, limit: number): string[] {
	const words: string[] = [];
	WORDS.lastIndex = 0;
	while (words.length < limit) {
		const m = WORDS.exec(text);
		if (!m) break;
		words.push(m[0]);
	}
	return words;
}

/** True when some word of `text` names people, reading no further than the first that does. */
function someWordNamesPeople(text: string): boolean {
	WORDS.lastIndex = 0;
	for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) if (namesPeople(m[0])) return true;
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
