/**
 * The rows of an article while it is drafted (extract.ts), and the DraftFigure objects they become
 * once every sentence is drafted.
 *
 * While the article is read, a row is kept as numbers, in typed arrays: not as the object it
 * becomes, with four strings of its own. Such an object outlives every garbage collection that
 * the rest of the reading sets off, and each one copies it, until it is old; and the memory it is
 * copied into is new to the process, slow to come by (a page fault for every 4 KB). Made at the
 * end, in one go, most rows are never copied: on the benchmark's 5 MB article, the run touches
 * half the new memory it did (11 MB, not 23) and collects garbage for a third less time. Their
 * id, quote, sentence and number phrase are made then, from the offsets.
 */
import type { Indicator, Measure } from '../figures/schema';
import type { Span } from '../provenance';
import { sentenceId } from '../provenance/paragraphs';
import type { Qualifier } from '../quantities';
import { classOf, SPACE } from '../quantities/chars';
import type { DraftUnit } from './counted';
import type { DraftFigure } from './extract';

/**
 * Characters of the sentence kept on each side of the quote in the `sentence` column: every row
 * repeating a whole 2 MB sentence would make a CSV too long for a string.
 */
export const SENTENCE_CONTEXT = 200;

/** A sentence with numbers: its offsets in the article, and its place there (numbers from 1, as in its id). */
export interface SentenceAt extends Span {
	paragraph: number;
	place: number;
}

/** A row as it is drafted: offsets of its quote, and the columns that are not made from the text. */
export interface Row extends Span {
	number: Span;
	sentence: SentenceAt;
	value: number | null;
	upper: number | null;
	qualifier: Qualifier;
	unit: DraftUnit;
	indicator: Indicator | '';
	measure: Measure | '';
	note: string;
	guessed: string;
}

/** Numbers kept for each row in Rows.offsets, and labels in Rows.labels. */
const OFFSETS = 8;
const LABELS = 6;
/**
 * Rows are kept in chunks of this many: an array that grows copies itself into new memory at
 * every step. 30,000 rows pushed onto growing arrays took 80 ms, half of it in page faults.
 */
const CHUNK = 1024;

export class Rows {
	private count = 0;
	/** Of each row: its quote's start and end, its number phrase's, its sentence's, and the sentence's paragraph and place. */
	private readonly offsets: Int32Array[] = [];
	/** Of each row: its value and upper bound, NaN for null (a value that is not finite is never drafted). */
	private readonly amounts: Float64Array[] = [];
	/**
	 * Of each row: its qualifier, unit, indicator, measure, note and guessed columns, as numbers of
	 * `strings`: an array of strings would be copied by every garbage collection, as rows were.
	 */
	private readonly labels: Int32Array[] = [];
	/** The labels' strings, each once (they are few: constants, and notes shared by many rows), and their numbers. */
	private readonly strings: string[] = [];
	private readonly numbers = new Map<string, number>();

	add(row: Row): void {
		if (this.count % CHUNK === 0) this.addChunk();
		const chunk = this.offsets.length - 1;
		const at = this.count++ % CHUNK;
		// Stored one by one: an array literal for each row, copied in with set(), is garbage for
		// every row, and was slower.
		const [offsets, o] = [this.offsets[chunk]!, at * OFFSETS];
		offsets[o] = row.start;
		offsets[o + 1] = row.end;
		offsets[o + 2] = row.number.start;
		offsets[o + 3] = row.number.end;
		offsets[o + 4] = row.sentence.start;
		offsets[o + 5] = row.sentence.end;
		offsets[o + 6] = row.sentence.paragraph;
		offsets[o + 7] = row.sentence.place;
		const amounts = this.amounts[chunk]!;
		amounts[2 * at] = row.value ?? NaN;
		amounts[2 * at + 1] = row.upper ?? NaN;
		const [labels, l] = [this.labels[chunk]!, at * LABELS];
		labels[l] = this.numberOf(row.qualifier);
		labels[l + 1] = this.numberOf(row.unit);
		labels[l + 2] = this.numberOf(row.indicator);
		labels[l + 3] = this.numberOf(row.measure);
		labels[l + 4] = this.numberOf(row.note);
		labels[l + 5] = this.numberOf(row.guessed);
	}

	private addChunk(): void {
		this.offsets.push(new Int32Array(CHUNK * OFFSETS));
		this.amounts.push(new Float64Array(CHUNK * 2));
		this.labels.push(new Int32Array(CHUNK * LABELS));
	}

	private numberOf(label: string): number {
		let number = this.numbers.get(label);
		if (number === undefined) this.numbers.set(label, (number = this.strings.push(label) - 1));
		return number;
	}

	/** The rows as DraftFigure objects, in the order they were added; `text` is the article, `nextId` gives ids. */
	figures(text: string, source: string, nextId: (quote: string) => string): DraftFigure[] {
		const maker = new Maker(text, source, nextId);
		const figures: DraftFigure[] = [];
		// A row's work is a method of its own, not the loop's body: V8 optimizes a method called
		// for every row while the first articles are read, but a loop run once an article only
		// after it has run a while, and compiled it anew (twice, 30 ms) in the middle of an article.
		for (let row = 0; row < this.count; row++) figures.push(this.figure(row, maker));
		return figures;
	}

	private figure(row: number, maker: Maker): DraftFigure {
		const [chunk, at] = [Math.floor(row / CHUNK), row % CHUNK];
		const [offsets, amounts, labels] = [this.offsets[chunk]!, this.amounts[chunk]!, this.labels[chunk]!];
		const [o, l] = [at * OFFSETS, at * LABELS];
		const { text } = maker;
		const [start, end] = [offsets[o]!, offsets[o + 1]!];
		const sentence = maker.sentence(offsets[o + 4]!, offsets[o + 5]!, offsets[o + 6]!, offsets[o + 7]!);
		const quote = text.slice(start, end);
		const [value, upper] = [amounts[2 * at]!, amounts[2 * at + 1]!];
		const [numberStart, numberEnd] = [offsets[o + 2]!, offsets[o + 3]!];
		return {
			id: maker.nextId(quote),
			source: maker.source,
			quote,
			label: '',
			indicator: this.strings[labels[l + 2]!] as Indicator | '',
			measure: this.strings[labels[l + 3]!] as Measure | '',
			value: Number.isNaN(value) ? null : value,
			qualifier: this.strings[labels[l]!] as Qualifier,
			upper: Number.isNaN(upper) ? null : upper,
			unit: this.strings[labels[l + 1]!] as DraftUnit,
			note: this.strings[labels[l + 4]!]!,
			sentence_id: sentence.id,
			sentence: sentenceAround(text, sentence, start, end),
			start,
			end,
			guessed: this.strings[labels[l + 5]!]!,
			number: { start: numberStart, end: numberEnd, text: text.slice(numberStart, numberEnd) }
		};
	}
}

/** What the figures of an article are made with: its text and source, its ids, and the sentence of the last row. */
class Maker {
	/** The rows of a sentence share its id and its text. */
	private last = { start: -1, end: -1, id: '', text: '' };

	constructor(
		readonly text: string,
		readonly source: string,
		readonly nextId: (quote: string) => string
	) {}

	/** The sentence text[start, end), the `place`th of paragraph `paragraph`, with its id and its text. */
	sentence(start: number, end: number, paragraph: number, place: number): Span & { id: string; text: string } {
		if (start !== this.last.start || end !== this.last.end) {
			this.last = { start, end, id: sentenceId(paragraph, place), text: this.text.slice(start, end) };
		}
		return this.last;
	}
}

/**
 * The sentence around the quote, cut at white space to at most SENTENCE_CONTEXT characters a side.
 * A sentence that is not cut is the sentence's own string, which its rows then share.
 */
function sentenceAround(text: string, sentence: Span & { text: string }, start: number, end: number): string {
	let from = Math.max(sentence.start, start - SENTENCE_CONTEXT);
	let to = Math.min(sentence.end, end + SENTENCE_CONTEXT);
	// Cut after the first white space of the part before the quote (none: at the quote).
	if (from > sentence.start) while (from < start && !(classOf(text.charCodeAt(from)) & SPACE)) from++;
	// Cut at the last white space of the part after the quote (none: at the quote).
	if (to < sentence.end) {
		let space = to - 1;
		while (space >= end && !(classOf(text.charCodeAt(space)) & SPACE)) space--;
		to = space >= end ? space : end;
	}
	if (from === sentence.start && to === sentence.end) return sentence.text.trim();
	return `${from > sentence.start ? '…' : ''}${text.slice(from, to).trim()}${to < sentence.end ? '…' : ''}`;
}
