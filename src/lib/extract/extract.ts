/**
 * Drafts the figures of an article: every quantity it states, with its exact quote, sentence,
 * offsets, value, qualifier, range and unit, plus guesses (marked) at what it counts. Pure
 * TypeScript with no Node APIs, so the same code can run in the browser on pasted text.
 */
import type { Indicator, Measure } from '../figures/schema';
import { paragraphSpans, sentenceSpans } from '../provenance/paragraphs';
import { followsName, readQuantities, type Qualifier, type Quantity } from '../quantities';
import { countedBy, currencyBefore, guessIndicator, type DraftUnit, type Money, type SentenceWords } from './counted';
import { Layout } from './layout';
import { QuoteIndex } from './occurrences';
import { quoteFor } from './quote';
import { Rows, type SentenceAt } from './rows';

export { SENTENCE_CONTEXT } from './rows';

export interface DraftFigure {
	id: string;
	source: string;
	quote: string;
	/** Left for the editor. */
	label: '';
	indicator: Indicator | '';
	measure: Measure | '';
	/** Null for a vague amount ("tens of thousands"). */
	value: number | null;
	qualifier: Qualifier;
	upper: number | null;
	unit: DraftUnit;
	note: string;
	sentence_id: string;
	/** The quote's sentence, cut to SENTENCE_CONTEXT characters either side of the quote ("…" marks a cut). */
	sentence: string;
	/** UTF-16 offsets of the quote in the text. */
	start: number;
	end: number;
	/** The columns filled by guessing, space-separated ("indicator measure"); empty when none. */
	guessed: string;
	/** The number phrase inside the quote ("at least 5.5 million"), with its offsets. */
	number: { start: number; end: number; text: string };
}

/** A number read in the text but given no row, because no row could hold its value exactly. */
export interface SkippedNumber {
	/** UTF-16 offsets of the number phrase in the text. */
	start: number;
	end: number;
	reason: string;
}

export interface Extraction {
	figures: DraftFigure[];
	sentences: number;
	skipped: SkippedNumber[];
}

export interface ExtractOptions {
	/** Goes in every row's `source` column. */
	source?: string;
}

const MAX_ID_WORDS = 6;
/** Longest id before its "-2": one huge "word" must not make a huge id (figures.csv allows 80). */
const MAX_ID_LENGTH = 60;
/** How far back in its sentence a bare number looks for what it counts; bounded, so time stays linear. */
const LOOK_BACK = 200;

function slug(text: string): string {
	return asciiSlug(text) ?? unicodeSlug(text);
}

function unicodeSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.slice(0, MAX_ID_WORDS)
		.join('-')
		.slice(0, MAX_ID_LENGTH)
		.replace(/-$/, '');
}

/**
 * unicodeSlug for a quote whose first MAX_ID_WORDS words, and what stands around them, are ASCII,
 * which NFKD, the removal of marks and lower-casing leave as they are: those words, lower-cased,
 * joined by "-", cut to MAX_ID_LENGTH without a "-" at the end. The rest of the quote cannot
 * change them once a character of ASCII ends the last (a mark or ligature outside ASCII straight
 * after it might lengthen it: "ﬁ" is "fi"). Made from the words themselves, not by a chain of
 * regexes and arrays over the whole quote for every row. Null when this does not apply.
 */
function asciiSlug(text: string): string | null {
	let length = 0;
	let words = 0;
	for (let i = 0; i < text.length; ) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) return null;
		if (!isAsciiAlphanumeric(code)) {
			i++;
			continue;
		}
		let end = i + 1;
		while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
		if (end < text.length && text.charCodeAt(end) >= 0x80) return null;
		// What lies past MAX_ID_LENGTH is cut anyway (a word may be a megabyte of digits).
		if (words > 0 && length < MAX_ID_LENGTH) slugCodes[length++] = 0x2d; // -
		for (let at = i; at < end && length < MAX_ID_LENGTH; at++) slugCodes[length++] = asciiLower(text.charCodeAt(at));
		i = end;
		if (++words === MAX_ID_WORDS) break;
	}
	if (length > 0 && slugCodes[length - 1] === 0x2d) length--;
	slugCodes.length = length;
	return String.fromCharCode.apply(null, slugCodes);
}

/**
 * The characters of the slug being made, kept from slug to slug: the slug is then one string,
 * where joining its words one by one made a string for every word and every join (a tenth of all
 * that the extractor allocated, which garbage collection paid for).
 */
const slugCodes: number[] = [];

const asciiLower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code | 0x20 : code);

function isAsciiAlphanumeric(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Ids from the quote's first words, made unique with -2, -3: readable in a diff and stable.
 *
 * The ids taken are kept so that a quote repeated a hundred thousand times costs no set of a
 * hundred thousand ids: those handed out as a quote's own words, and, for each base that took
 * suffixes, the next suffix to try: every suffix below it is taken, by the base or by a quote
 * whose own words ended so ("12 people died 2" is "12-people-died-2"). Both are kept in one map,
 * by id (PLAIN: handed out as it is) or by base (its next suffix, 2 or more), so that an id costs
 * one lookup and one insertion: an id is never both a base with suffixes and a suffixed id of
 * another base, since the part after its last "-" would then be below and at least that base's
 * next suffix at once.
 */
export function idMaker(): (quote: string) => string {
	const PLAIN = 0;
	const taken = new Map<string, number>();
	/** The next suffix to try for `base`: counting from 2 every time is quadratic in a quote's repeats. */
	const nextSuffix = (base: string): number => Math.max(taken.get(base) ?? 2, 2);
	/** True when `id` was handed out with a suffix: it is some base, "-", and a suffix below the base's next. */
	const suffixed = (id: string): boolean => {
		// Most bases end in a letter: no suffix.
		const last = id.charCodeAt(id.length - 1);
		if (last < 0x30 || last > 0x39) return false;
		const dash = id.lastIndexOf('-');
		const suffix = Number(id.slice(dash + 1));
		return dash > 0 && suffix >= 2 && `${suffix}` === id.slice(dash + 1) && suffix < nextSuffix(id.slice(0, dash));
	};
	return (quote) => {
		const base = slug(quote) || 'figure';
		const known = taken.get(base);
		if (known === undefined && !suffixed(base)) {
			taken.set(base, PLAIN);
			return base;
		}
		// The base is taken. The suffixes from its next on are not taken by the base, so only a
		// quote's own words can have taken them.
		let n = known === undefined || known === PLAIN ? 2 : known;
		// Joined, not a template literal: that made a rope, which the lookup below flattened into a
		// second string, and the row kept both (a tenth of the memory of the rows).
		let id = [base, n++].join('-');
		while (taken.has(id)) id = [base, n++].join('-');
		taken.set(base, n);
		return id;
	};
}

/**
 * Counts from 10^15 up may already be rounded: numbers are read to 15 significant digits
 * (quantities/text.ts, tidy), so "9007199254740993 people" reads as 9007199254740990.
 */
const MAX_EXACT_COUNT = 1e15;

/** Why a value cannot go in a row, or null when it can: the build could never check it against its words. */
function unfit(value: number | null, kind: Quantity['kind']): string | null {
	if (value === null) return null;
	// 1 MB of digits reads as Infinity.
	if (!Number.isFinite(value)) return 'too large to read';
	if (kind === 'count' && Math.abs(value) >= MAX_EXACT_COUNT) return 'a count this large (10^15 or more) cannot be kept exactly';
	return null;
}

/**
 * The note of a row. Notes repeat (every row of a repeated quote has one), so each is made once
 * and shared, found by what it says: how often the quote occurs, and the words of its other parts.
 */
function noteFor(draft: Draft, q: Quantity, noun: string | null, unit: DraftUnit, occurrences: number): string {
	if (q.value !== null && !notPeople(unit) && occurrences <= 1) return '';
	const kind = `${q.value === null ? 'vague ' : ''}${unit === 'count' ? `count ${noun ?? ''}` : notPeople(unit) ? unit : ''}`;
	let byCount = draft.notes.get(kind);
	if (!byCount) draft.notes.set(kind, (byCount = new Map()));
	let note = byCount.get(occurrences);
	if (note === undefined) byCount.set(occurrences, (note = composeNote(q, noun, unit, occurrences)));
	return note;
}

/** Units that count something other than people, which the note says: a count of things, households, families. */
const notPeople = (unit: DraftUnit): boolean => unit === 'count' || unit === 'households' || unit === 'families';

function repeatNote(occurrences: number): string {
	return `The quote occurs ${occurrences} times in the article; the build needs it once.`;
}

function composeNote(q: Quantity, noun: string | null, unit: DraftUnit, occurrences: number): string {
	const notes: string[] = [];
	if (q.value === null) {
		notes.push('Vague amount: the article states no number, so no value can be checked against its words; drop the row, or quote a sentence that gives one.');
	}
	if (unit === 'count') {
		notes.push(noun ? `Counts “${noun}”, not people.` : 'The words next to the number do not say what it counts.');
	} else if (notPeople(unit)) {
		notes.push(`Counts ${unit}, not people.`);
	}
	if (occurrences > 1) notes.push(repeatNote(occurrences));
	return notes.join(' ');
}

/** A quantity with offsets into the article, and where its quote may begin: at the currency sign of "$1.2bn". */
interface Placed extends Quantity {
	money: Money | null;
	lead: number;
}

function placed(text: string, found: Quantity, offset: number): Placed {
	const { value, upper, qualifier, kind } = found;
	const [start, end] = [found.start + offset, found.end + offset];
	const money = currencyBefore(text, kind, start);
	return { value, upper, qualifier, kind, start, end, text: found.text, money, lead: money?.start ?? start };
}

/** Everything the rows of one article share while they are drafted. */
interface Draft {
	text: string;
	index: QuoteIndex;
	/** Notes, each kept once, by their kind and the quote's occurrences (see noteFor). */
	notes: Map<string, Map<number, string>>;
	rows: Rows;
	skipped: SkippedNumber[];
	/** Tables and key-figure boxes: what a bare number's column, row or neighbouring line says it counts. */
	layout: Layout;
}

/** What a paragraph says: its sentences (start and end offsets into it, in turn) and each one's quantities. */
interface Reading {
	spans: number[];
	found: Quantity[][];
}

/**
 * How many paragraphs' readings are kept, by their text. A scraped page holds its repeated blocks
 * many times (a menu, a footer, a box of related stories), and splitting and reading the same
 * paragraph again finds the same sentences and quantities, which depend on its text alone. The
 * last few suffice for that, and keep memory small.
 */
const READINGS_KEPT = 64;

/**
 * The readings kept, by a fingerprint of their paragraph (its length and a few of its characters),
 * each with its paragraph: a paragraph seen once costs no hash of all its characters, and one seen
 * again is compared whole.
 */
type Readings = Map<number, { paragraph: string; reading: Reading }>;

/** The paragraph's length and its characters at a few places: the first two, the quarters, the last two. */
function fingerprint(paragraph: string): number {
	const n = paragraph.length;
	// Written out, not looped over an array of offsets: that was an array per paragraph. (No
	// function is made in here either: tsx names every function it makes, which is slow.)
	let hash = Math.imul(n, 0x9e3779b1);
	hash = mixIn(hash, paragraph, 0);
	hash = mixIn(hash, paragraph, 1);
	hash = mixIn(hash, paragraph, n >> 2);
	hash = mixIn(hash, paragraph, n >> 1);
	hash = mixIn(hash, paragraph, (3 * n) >> 2);
	hash = mixIn(hash, paragraph, n - 2);
	return mixIn(hash, paragraph, n - 1);
}

function mixIn(hash: number, text: string, at: number): number {
	return Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
}

function readParagraph(readings: Readings, paragraph: string): Reading {
	const key = fingerprint(paragraph);
	const known = readings.get(key);
	if (known?.paragraph === paragraph) return known.reading;
	const spans = sentenceSpans(paragraph);
	const found: Quantity[][] = [];
	for (let i = 0; i < spans.length; i += 2) {
		const quantities = readQuantities(paragraph.slice(spans[i], spans[i + 1]));
		// A number that begins a sentence cut from a name before it ("Report No." then "17 | 3
		// March"): the name's number, which the sentence alone cannot show.
		if (i > 0 && quantities[0]?.start === 0 && followsName(paragraph, spans[i]!)) quantities.shift();
		found.push(quantities);
	}
	if (readings.size >= READINGS_KEPT) readings.delete(readings.keys().next().value!);
	readings.set(key, { paragraph, reading: { spans, found } });
	return { spans, found };
}

export function extractFigures(text: string, options: ExtractOptions = {}): Extraction {
	const draft: Draft = { text, index: new QuoteIndex(text), notes: new Map(), rows: new Rows(), skipped: [], layout: new Layout(text) };
	const readings: Readings = new Map();
	let sentences = 0;
	let paragraph = 0;
	for (const span of paragraphSpans(text)) {
		paragraph += 1;
		draft.layout.enter(span.start, span.end);
		const { spans, found } = readParagraph(readings, text.slice(span.start, span.end));
		sentences += found.length;
		for (let k = 0; k < found.length; k++) {
			// The sentence as splitArticle gives it, made only for the one sentence in three with numbers.
			if (found[k]!.length === 0) continue;
			const [start, end] = [span.start + spans[2 * k]!, span.start + spans[2 * k + 1]!];
			draftSentence(draft, { start, end, paragraph, place: k + 1 }, text.slice(start, end), found[k]!);
		}
	}
	return { figures: draft.rows.figures(text, options.source ?? '', idMaker()), sentences, skipped: draft.skipped };
}

/** The rows of the quantities `found` in `sentence`, whose text is `sentenceText`. */
function draftSentence(draft: Draft, sentence: SentenceAt, sentenceText: string, found: readonly Quantity[]): void {
	const { text, index } = draft;
	const words: SentenceWords = { text: sentenceText };
	const quantities: Placed[] = [];
	for (const q of found) quantities.push(placed(text, q, sentence.start));
	let previousQuoteEnd = sentence.start;
	for (let i = 0; i < quantities.length; i++) {
		const q = quantities[i]!;
		// Skipped after the quantities are read, so that the next quote still stops before it.
		const reason = unfit(q.value, q.kind) ?? unfit(q.upper, q.kind);
		if (reason) {
			draft.skipped.push({ start: q.start, end: q.end, reason });
			continue;
		}
		// Between the neighbours' words: quotes never overlap, which the build refuses.
		const room = {
			start: Math.max(i > 0 ? quantities[i - 1]!.end : sentence.start, previousQuoteEnd),
			end: i + 1 < quantities.length ? quantities[i + 1]!.lead : sentence.end
		};
		const span = quoteFor(text, { start: q.lead, end: q.end }, room, index);
		previousQuoteEnd = span.end;
		const counted = countedBy(q, text, span.end, Math.max(sentence.start, q.start - LOOK_BACK), q.money, draft.layout);
		const guess = guessIndicator(q, text.slice(span.start, span.end), words);
		draft.rows.add({
			start: span.start,
			end: span.end,
			number: q,
			sentence,
			value: q.value,
			upper: q.upper,
			qualifier: q.qualifier,
			unit: counted.unit,
			indicator: guess.indicator ?? '',
			measure: guess.measure ?? '',
			note: noteFor(draft, q, counted.noun, counted.unit, span.occurrences),
			guessed: guess.indicator ? (guess.measure ? 'indicator measure' : 'indicator') : guess.measure ? 'measure' : ''
		});
	}
}
