/**
 * What a number counts, read from the words around it: the unit (people, something else, money,
 * a percent, a share) and a first guess at the indicator and measure of the dashboard's
 * vocabulary. Guesses are marked as such in the draft; an editor confirms them.
 */
import type { Quantity } from '../quantities';
import { ASCII_CLASSES, classOf, isHighSurrogate, isLowSurrogate, LETTER, SPACE } from '../quantities/chars';
import { lowerAscii, spaceEnd } from '../quantities/text';
import type { Indicator, Measure } from '../figures/schema';
import { brokenWordGap, yearInParenthesesEnd } from './quote';

/**
 * people, percent and share are the dashboard's units; the others are for the editor to judge.
 * households and families are units of displacement of their own: tracking reports count them
 * ("2 706 households (15 023 individuals)"), and turning them into people takes a household size
 * the article seldom states, so they are neither people nor a count of things.
 */
export type DraftUnit = 'people' | 'percent' | 'share' | 'count' | 'households' | 'families' | 'USD' | 'EUR' | 'GBP';

const PEOPLE = new Set(
	[
		['people', 'persons', 'person', 'individuals', 'residents', 'inhabitants', 'civilians', 'villagers'],
		['refugees', 'refugee', 'migrants', 'asylum', 'seekers', 'asylum-seekers', 'displaced', 'idps', 'returnees', 'evacuees'],
		['population', 'populations', 'arrivals', 'newcomers', 'displacement', 'displacements'],
		['children', 'kids', 'minors', 'babies', 'infants', 'women', 'men', 'girls', 'boys', 'adults', 'elderly'],
		['fighters', 'soldiers', 'troops', 'militants', 'combatants', 'rebels', 'members', 'recruits'],
		['workers', 'patients', 'students', 'pupils', 'detainees', 'prisoners', 'victims', 'survivors'],
		['dead', 'death', 'deaths', 'toll', 'killed', 'wounded', 'injured', 'casualties', 'those', 'others'],
		// Said only of people: "300 died", "12,000 fled", "Floods displace several lakh".
		['died', 'fled', 'drowned', 'perished', 'starved', 'displace', 'displaces']
	].flat()
);

/**
 * Households and families, each its own unit; "HH" and "HHs" are how tracking tables write
 * households. Looked up in lower case.
 */
const HOUSEHOLDS: ReadonlyMap<string, DraftUnit> = new Map([
	...['households', 'household', 'hhs', 'hh'].map((word) => [word, 'households'] as const),
	...['families', 'family'].map((word) => [word, 'families'] as const)
]);

/**
 * Capitalised plurals that the demonym pattern would take for a people: Title Case headlines and
 * table headers capitalise common nouns ("193 Member States", "Floods Destroy 300 Homes", "Sites").
 */
const NOT_DEMONYMS = new Set(
	[
		['States', 'Nations', 'Emirates', 'Territories', 'Islands', 'Provinces', 'Governorates', 'Districts', 'Regions'],
		['Homes', 'Houses', 'Shelters', 'Tents', 'Sites', 'Camps', 'Schools', 'Hospitals', 'Villages', 'Towns', 'Cities'],
		['Cases', 'Projects', 'Partners', 'Organizations', 'Organisations', 'Agencies', 'Locations', 'Centres', 'Centers'],
		['Households', 'Families', 'Affairs', 'Services', 'Forces', 'Items', 'Kits', 'Trucks', 'Points'],
		// Plural nouns that often begin a sentence.
		['Crews', 'Teams', 'Floods', 'Rains', 'Storms', 'Clashes', 'Attacks', 'Strikes', 'Airstrikes', 'Reports', 'Figures', 'Estimates']
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
		['in', 'on', 'at', 'by', 'since', 'last', 'this', 'so', 'alone', 'a', 'per', 'each', 'every'],
		// A preposition or conjunction straight after it: "tops 700,000 as violence spreads".
		['as', 'amid', 'after', 'before', 'while', 'when', 'for', 'from', 'with', 'across', 'within', 'during', 'according']
	].flat()
);

/** Currency signs written before the number ("$1.2bn", "€300"), each with its unit; "US$" is read as "$". */
const CURRENCY_BEFORE: ReadonlyMap<number, DraftUnit> = new Map([
	[0x24, 'USD'], // $
	[0x20ac, 'EUR'], // €
	[0xa3, 'GBP'] // £
]);
const CURRENCY_AFTER: ReadonlyArray<readonly [RegExp, DraftUnit]> = [
	[/^(?:US )?dollars$|^USD$/iu, 'USD'],
	[/^euros?$|^EUR$/iu, 'EUR'],
	[/^(?:pounds sterling|pounds)$|^GBP$/iu, 'GBP']
];
/**
 * The first letters of CURRENCY_AFTER's words, in lower case: a word that begins with another
 * ASCII character names no currency, which is told without trying the three patterns on it.
 */
const CURRENCY_INITIALS = new Set(['u', 'd', 'e', 'p', 'g'].map((letter) => letter.charCodeAt(0)));

/** ISO codes written before the number, with a space: "USD 45 million", "EUR 12m". */
const CURRENCY_CODES: ReadonlyMap<string, DraftUnit> = new Map([
	['USD', 'USD'],
	['EUR', 'EUR'],
	['GBP', 'GBP']
]);

/**
 * The currency a key-figure box or a table header names in parentheses after the figure and its
 * words: "3.32 billion requested (US$)", "Funding required (USD)". Sticky, tried at one place.
 */
const CURRENCY_IN_PARENTHESES = /\s*\((?:in\s+)?(US\$|USD|US\s+dollars|\$|EUR|€|euros|GBP|£)\)/iuy;
/** CURRENCY_IN_PARENTHESES's currencies, in lower case with one space between words. */
const PARENTHESIZED_UNITS: ReadonlyMap<string, DraftUnit> = new Map([
	['us$', 'USD'],
	['usd', 'USD'],
	['us dollars', 'USD'],
	['$', 'USD'],
	['eur', 'EUR'],
	['€', 'EUR'],
	['euros', 'EUR'],
	['gbp', 'GBP'],
	['£', 'GBP']
]);

/** The currency named in parentheses at `at` ("(US$)"), or null. */
function currencyInParentheses(text: string, at: number): DraftUnit | null {
	CURRENCY_IN_PARENTHESES.lastIndex = at;
	const m = CURRENCY_IN_PARENTHESES.exec(text);
	if (!m) return null;
	return PARENTHESIZED_UNITS.get(m[1]!.toLowerCase().replace(/\s+/gu, ' ')) ?? null;
}

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
	if (unit === undefined) return codeBefore(text, start);
	const us = unit === 'USD' && sign - 2 >= floor && text.charCodeAt(sign - 2) === 0x55 && text.charCodeAt(sign - 1) === 0x53; // US$
	return { unit, start: us ? sign - 2 : sign };
}

/** "USD 45 million": an ISO code of CURRENCY_CODES, whole, and at most one space before the number. */
function codeBefore(text: string, start: number): Money | null {
	let end = start;
	if (end > 0 && classOf(text.charCodeAt(end - 1)) & SPACE) end--;
	if (end < 3 || (end >= 4 && classOf(text.charCodeAt(end - 4)) & LETTER)) return null;
	const unit = CURRENCY_CODES.get(text.slice(end - 3, end));
	return unit === undefined ? null : { unit, start: end - 3 };
}

/**
 * What the layout of the text says a number counts, for a number that its own words leave bare:
 * the header of its column and the label of its row when it stands in a table pasted as text
 * ("Refugees | 1,500,000", a header line then values), or the line under or over it when it
 * stands alone on its line, as in a key-figure box ("11.7 M" over "people in need"). Each label
 * is an offset range of the text; the first that names people, households, families or money wins.
 */
export type Labels = readonly number[];

/** Where the labels of a number come from (extract/layout.ts), asked only for a bare number. */
export interface LabelSource {
	labels(start: number, end: number): Labels;
}

/**
 * The unit of `quantity` (its offsets those of `text`), reading at most a few words of its clause,
 * text[quantity.end, clauseEnd), the words after the number up to the end of its quote (past a year
 * in parentheses), and a currency in parentheses after them; when those name nothing, a number
 * after it that it is part of ("40 of the 1,000 families"), then the labels `layout` gives it (a
 * table's header and row label, a key figure's line), then the words of the sentence just before
 * the number, text[lookBack, quantity.start) (read only then), say what is counted. `money` is the
 * currency sign before it, if any. Offsets, not strings: no string is made of a part that is not read.
 */
export function countedBy(
	quantity: Quantity,
	text: string,
	clauseEnd: number,
	lookBack: number,
	money: Money | null,
	layout: LabelSource | null = null
): Counted {
	if (quantity.kind !== 'count') return { unit: quantity.kind, noun: null };
	if (money) return { unit: money.unit, noun: null };
	const words = wordsIn(text, yearInParenthesesEnd(text, quantity.end), clauseEnd, WORDS_LOOKED_AT);
	const first = words[0] === undefined ? NaN : lowerAscii(words[0].charCodeAt(0));
	if (first >= 0x80 || CURRENCY_INITIALS.has(first)) {
		for (const [name, unit] of CURRENCY_AFTER) if (name.test(words[0]!)) return { unit, noun: null };
	}
	// "(US$)" after the clause: most clauses are followed by no parenthesis.
	if (clauseEnd < text.length && (text.charCodeAt(clauseEnd) === 0x28 || classOf(text.charCodeAt(clauseEnd)) & SPACE)) {
		const currency = currencyInParentheses(text, clauseEnd);
		if (currency) return { unit: currency, noun: null };
	}
	const noun = firstNoun(words);
	// "five families displaced": the families are what is counted, though "displaced" names people.
	const household = noun === null ? undefined : HOUSEHOLDS.get(noun.toLowerCase());
	if (household) return { unit: household, noun: null };
	if (words.some(namesPeople)) return { unit: 'people', noun: null };
	if (noun === null || VERB_AFTER_BARE_NUMBER.has(noun.toLowerCase())) {
		const part = noun === null ? partOf(text, clauseEnd) : null;
		if (part) return part;
		const labelled = layout === null ? null : unitOfLabels(text, layout.labels(quantity.start, quantity.end));
		if (labelled) return labelled;
		return { unit: unitBefore(text, lookBack, quantity.start), noun: null };
	}
	return { unit: 'count', noun };
}

/**
 * "Fewer than 40 of the 1,000 families": a bare number that is part of a number after it counts
 * what that one counts. The noun after " of (the) <digits>" at `at`; sticky, tried at one place.
 */
const PART_OF = /\s+of\s+(?:the\s+|some\s+|about\s+)?\d[\d,.]*\s+(\p{L}+)/uy;

function partOf(text: string, at: number): Counted | null {
	// PART_OF begins with white space and "of": most bare numbers end their sentence or a clause.
	if (!(classOf(text.charCodeAt(at)) & SPACE) || (text.charCodeAt(spaceEnd(text, at)) | 0x20) !== 0x6f) return null;
	PART_OF.lastIndex = at;
	const word = PART_OF.exec(text)?.[1];
	if (word === undefined) return null;
	const household = HOUSEHOLDS.get(word.toLowerCase());
	if (household) return { unit: household, noun: null };
	return namesPeople(word) ? { unit: 'people', noun: null } : null;
}

/**
 * The unit the first of `labels` that names one gives (people, households, families, money), or,
 * when none does, a count of the first label's first noun ("Suspected cases": "Suspected"); null
 * when there is no label.
 */
function unitOfLabels(text: string, labels: Labels): Counted | null {
	let noun: string | null = null;
	for (let i = 0; i < labels.length; i += 2) {
		const [from, to] = [labels[i]!, labels[i + 1]!];
		const words = wordsIn(text, from, to, WORDS_LOOKED_AT);
		noun ??= firstNoun(words);
		for (let at = from; at < to; at++) {
			const code = text.charCodeAt(at);
			// A currency in parentheses: "Funding required (US$)".
			if (code === 0x28) {
				const currency = currencyInParentheses(text, at);
				if (currency) return { unit: currency, noun: null };
			}
		}
		for (const word of words) {
			const household = HOUSEHOLDS.get(word.toLowerCase());
			if (household) return { unit: household, noun: null };
			if (namesPeople(word)) return { unit: 'people', noun: null };
		}
	}
	return labels.length === 0 ? null : { unit: 'count', noun };
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
		else if (end + 2 < to && brokenWordGap(text, end) > 0) end += 2;
		else return end;
	}
}

/** The first `limit` words of text[from, to), a word broken at a line end whole ("in- jured" as "injured"). */
function wordsIn(text: string, from: number, to: number, limit: number): string[] {
	const words: string[] = [];
	for (let start = wordStart(text, from, to); start !== -1 && words.length < limit; start = wordStart(text, from, to)) {
		from = wordEnd(text, start, to);
		words.push(wordOf(text, start, from));
	}
	return words;
}

/** text[start, end), without the hyphen and space of a word broken at a line end (rare: most words are sliced). */
function wordOf(text: string, start: number, end: number): string {
	const word = text.slice(start, end);
	return word.indexOf('- ') === -1 && word.indexOf('-\u00a0') === -1 ? word : word.replace(/-\s/gu, '');
}

/**
 * The unit that the words of text[from, to), before a bare number, name: people when some word
 * names them (reading no further than the first that does), else households or families when a
 * word names those ("2 sites, 706 households in Kanyaruchinya and 1 200 in Bulengo"), else count.
 */
function unitBefore(text: string, from: number, to: number): DraftUnit {
	let household: DraftUnit | undefined;
	for (let start = wordStart(text, from, to); start !== -1; start = wordStart(text, from, to)) {
		from = wordEnd(text, start, to);
		const word = wordOf(text, start, from);
		if (namesPeople(word)) return 'people';
		household ??= HOUSEHOLDS.get(word.toLowerCase());
	}
	return household ?? 'count';
}

function namesPeople(word: string): boolean {
	if (PEOPLE.has(word.toLowerCase())) return true;
	// A demonym begins with a capital: a word that begins with a lower-case ASCII letter is none.
	const first = word.charCodeAt(0);
	return !(first >= 0x61 && first <= 0x7a) && DEMONYM.test(word) && !NOT_DEMONYMS.has(word);
}

/**
 * First pattern to match wins: "fleeing the country" is refugees before "fleeing" is a flow, and
 * those who "remain displaced" (at a date: a stock) are internally displaced before "displaced"
 * is a flow.
 * The words are ASCII, so the patterns need no `u` flag (which makes \b and `i` markedly slower).
 */
const INDICATOR_WORDS: ReadonlyArray<readonly [Indicator, RegExp]> = [
	['idps', /\binternally displaced\b|\bIDPs?\b|\bdisplaced (?:inside|within)\b|\b(?:remain(?:s|ed|ing)?|still) displaced\b/i],
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
