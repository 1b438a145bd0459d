/**
 * What a number counts, read from the words around it: the unit (people, something else, money,
 * a percent, a share) and a first guess at the indicator and measure of the dashboard's
 * vocabulary. Guesses are marked as such in the draft; an editor confirms them.
 */
import type { Quantity } from '../quantities';
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

const CURRENCY_BEFORE: ReadonlyArray<readonly [RegExp, DraftUnit]> = [
	[/US\$\s?$|\$\s?$/u, 'USD'],
	[/€\s?$/u, 'EUR'],
	[/£\s?$/u, 'GBP']
];
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

/** The currency sign written straight before a count ("$1.2bn", "US$ 5m", "€300"), if any. */
export function currencyBefore(text: string, quantity: Quantity): Money | null {
	if (quantity.kind !== 'count') return null;
	const before = text.slice(Math.max(0, quantity.start - 4), quantity.start);
	for (const [sign, unit] of CURRENCY_BEFORE) {
		const m = sign.exec(before);
		if (m) return { unit, start: quantity.start - m[0].length };
	}
	return null;
}

/**
 * The unit of `quantity`, reading at most a few words of `clause`, the words after the number up
 * to the end of its quote; when those name nothing, `before`, the words of the sentence just
 * before the number, say what is counted. `money` is the currency sign before it, if any.
 */
export function countedBy(quantity: Quantity, clause: string, before: string, money: Money | null): Counted {
	if (quantity.kind !== 'count') return { unit: quantity.kind, noun: null };
	if (money) return { unit: money.unit, noun: null };
	const words = [...clause.matchAll(WORDS)].slice(0, WORDS_LOOKED_AT).map((m) => m[0]);
	for (const [name, unit] of CURRENCY_AFTER) {
		if (words[0] !== undefined && name.test(words[0])) return { unit, noun: null };
	}
	if (words.some(namesPeople)) return { unit: 'people', noun: null };
	const noun = words.find((w) => !MODIFIERS.has(w.toLowerCase())) ?? null;
	if (noun === null || VERB_AFTER_BARE_NUMBER.has(noun.toLowerCase())) {
		const earlier = [...before.matchAll(WORDS)].map((m) => m[0]);
		return { unit: earlier.some(namesPeople) ? 'people' : 'count', noun: null };
	}
	return { unit: 'count', noun };
}

function namesPeople(word: string): boolean {
	return PEOPLE.has(word.toLowerCase()) || DEMONYM.test(word);
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

/** The first indicator whose words `text` holds, or null. */
export function indicatorIn(text: string): Indicator | null {
	return INDICATOR_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/**
 * A first guess from the quote's words, then the sentence's (asked only when needed, since a
 * sentence holds many quantities); null where nothing says.
 */
export function guessIndicator(quantity: Pick<Quantity, 'kind'>, quote: string, sentence: () => Indicator | null): Guess {
	const indicator = indicatorIn(quote) ?? sentence();
	const measure = quantity.kind === 'count' ? (indicator && MEASURE_OF[indicator]) : 'share';
	return { indicator, measure };
}
