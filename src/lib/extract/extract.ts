/**
 * Drafts the figures of an article: every quantity it states, with its exact quote, sentence,
 * offsets, value, qualifier, range and unit, plus guesses (marked) at what it counts. Pure
 * TypeScript with no Node APIs, so the same code can run in the browser on pasted text.
 */
import type { Indicator, Measure } from '../figures/schema';
import { splitArticle, type Span } from '../provenance';
import { readQuantities, type Qualifier, type Quantity } from '../quantities';
import { countedBy, currencyBefore, guessIndicator, indicatorIn, type DraftUnit } from './counted';
import { QuoteIndex } from './occurrences';
import { quoteFor } from './quote';

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
/**
 * Characters of the sentence kept on each side of the quote in the `sentence` column: every row
 * repeating a whole 2 MB sentence would make a CSV too long for a string.
 */
export const SENTENCE_CONTEXT = 200;
/** How far back in its sentence a bare number looks for what it counts; bounded, so time stays linear. */
const LOOK_BACK = 200;

function slug(text: string): string {
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

/** Ids from the quote's first words, made unique with -2, -3: readable in a diff and stable. */
export function idMaker(): (quote: string) => string {
	const used = new Set<string>();
	/** The next suffix to try for each base: counting from 2 every time is quadratic in a quote's repeats. */
	const nextSuffix = new Map<string, number>();
	return (quote) => {
		const base = slug(quote) || 'figure';
		let id = base;
		let n = nextSuffix.get(base) ?? 2;
		// A quote's own words may end in "-2" too ("12 people died 2"), so check every candidate.
		while (used.has(id)) id = `${base}-${n++}`;
		nextSuffix.set(base, n);
		used.add(id);
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

/** The sentence around the quote, cut at white space to at most SENTENCE_CONTEXT characters a side. */
function sentenceAround(text: string, sentence: Span, start: number, end: number): string {
	let from = Math.max(sentence.start, start - SENTENCE_CONTEXT);
	let to = Math.min(sentence.end, end + SENTENCE_CONTEXT);
	if (from > sentence.start) from += text.slice(from, start).search(/\s|$/u);
	if (to < sentence.end) to = end + Math.max(0, text.slice(end, to).search(/\s\S*$/u));
	return `${from > sentence.start ? '…' : ''}${text.slice(from, to).trim()}${to < sentence.end ? '…' : ''}`;
}

function noteFor(q: Quantity, noun: string | null, unit: DraftUnit, occurrences: number): string {
	const notes: string[] = [];
	if (q.value === null) {
		notes.push('Vague amount: the article states no number, so no value can be checked against its words; drop the row, or quote a sentence that gives one.');
	}
	if (unit === 'count') {
		notes.push(noun ? `Counts “${noun}”, not people.` : 'The words next to the number do not say what it counts.');
	}
	if (occurrences > 1) notes.push(`The quote occurs ${occurrences} times in the article; the build needs it once.`);
	return notes.join(' ');
}

export function extractFigures(text: string, options: ExtractOptions = {}): Extraction {
	const index = new QuoteIndex(text);
	const nextId = idMaker();
	const figures: DraftFigure[] = [];
	const skipped: SkippedNumber[] = [];
	let sentences = 0;

	for (const paragraph of splitArticle(text)) {
		for (const sentence of paragraph.sentences) {
			sentences += 1;
			let sentenceIndicator: Indicator | null | undefined;
			const indicatorOfSentence = () => {
				if (sentenceIndicator === undefined) sentenceIndicator = indicatorIn(sentence.text);
				return sentenceIndicator;
			};
			const quantities = readQuantities(sentence.text).map((found) => {
				const q = { ...found, start: found.start + sentence.start, end: found.end + sentence.start };
				const money = currencyBefore(text, q);
				return { ...q, money, lead: money?.start ?? q.start };
			});
			let previousQuoteEnd = sentence.start;
			quantities.forEach((q, i) => {
				// Skipped after the quantities are read, so that the next quote still stops before it.
				const reason = unfit(q.value, q.kind) ?? unfit(q.upper, q.kind);
				if (reason) {
					skipped.push({ start: q.start, end: q.end, reason });
					return;
				}
				// Between the neighbours' words: quotes never overlap, which the build refuses.
				const room = {
					start: Math.max(quantities[i - 1]?.end ?? sentence.start, previousQuoteEnd),
					end: quantities[i + 1]?.lead ?? sentence.end
				};
				const span = quoteFor(text, { start: q.lead, end: q.end }, room, index);
				previousQuoteEnd = span.end;
				const before = text.slice(Math.max(sentence.start, q.start - LOOK_BACK), q.start);
				const counted = countedBy(q, text.slice(q.end, span.end), before, q.money);
				const { start } = span;
				const quote = text.slice(start, span.end);
				const guess = guessIndicator(q, quote, indicatorOfSentence);
				figures.push({
					id: nextId(quote),
					source: options.source ?? '',
					quote,
					label: '',
					indicator: guess.indicator ?? '',
					measure: guess.measure ?? '',
					value: q.value,
					qualifier: q.qualifier,
					upper: q.upper,
					unit: counted.unit,
					note: noteFor(q, counted.noun, counted.unit, span.occurrences),
					sentence_id: sentence.id,
					sentence: sentenceAround(text, sentence, start, span.end),
					start,
					end: span.end,
					guessed: [guess.indicator && 'indicator', guess.measure && 'measure'].filter(Boolean).join(' '),
					number: { start: q.start, end: q.end, text: q.text }
				});
			});
		}
	}
	return { figures, sentences, skipped };
}
