/**
 * Splits an article into paragraphs and sentences, with offsets into the verbatim text.
 *
 * The article files are plain text as published: one line per block (LF, CRLF or CR). The headline, standfirst,
 * read-time line, date line and photo caption stand on consecutive lines, so every non-blank line
 * is a paragraph of its own. Sentences come from Intl.Segmenter inside each paragraph, so a
 * sentence never runs across a block boundary.
 */
import { anyOf, MONTHS } from '../quantities/vocabulary';

/**
 * What a paragraph is. `chrome` is the publisher's page furniture (the "2 min read" line and the
 * "Follow us" footer): not the article's words, so the page leaves it out of the article view,
 * but it keeps its offsets and ids so that positions stay those of the verbatim file.
 */
export type ParagraphRole = 'headline' | 'standfirst' | 'dateline' | 'caption' | 'body' | 'chrome';

export interface Sentence {
	/** Stable anchor id: `s<paragraph>-<sentence>`, both 1-based, counted over the whole file. */
	id: string;
	start: number;
	end: number;
	text: string;
}

export interface Paragraph {
	/** 1-based position among the file's paragraphs. */
	number: number;
	role: ParagraphRole;
	start: number;
	end: number;
	sentences: Sentence[];
}

const READ_TIME = /^\d+ min read$/u;
const FOOTER = /^Follow us\b/u;
const DATELINE = /^\d{1,2} [A-Z][a-z]+,? \d{4}$/u;
const PHOTO_CREDIT = /\[[^\]]+\]$/u;

function roleOf(text: string, number: number): ParagraphRole {
	if (number === 1) return 'headline';
	if (READ_TIME.test(text) || FOOTER.test(text)) return 'chrome';
	if (DATELINE.test(text)) return 'dateline';
	if (PHOTO_CREDIT.test(text)) return 'caption';
	if (number === 2) return 'standfirst';
	return 'body';
}

/** The span of `text[start, end)` without white space at its edges (NBSP included). */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
	const slice = text.slice(start, end);
	const lead = slice.length - slice.trimStart().length;
	// trimEnd, not /\s+$/: the regex tries every space of a long inner run, quadratic in its length.
	const trail = slice.length - slice.trimEnd().length;
	return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Intl.Segmenter follows Unicode's rule that a period followed by a lower-case word is not a
 * sentence end (so that "e.g. this" stays whole), which also joins "died on Sunday. 12 people
 * were hurt" into one sentence. A sentence that begins with a number is cut off here, unless the
 * period ends an abbreviation that numbers follow ("No. 10", "p. 5", "Jan. 5", "U.S. 5 million").
 */
const END_BEFORE_NUMBER = /[.!?]["'”’)\]]*\s+(?=\p{N})/gu;
const WORD_BEFORE = /[\p{L}\p{N}]*$/u;
/** Months come from the quantities' vocabulary, so that a date the reader skips stays in one sentence. */
const ABBREVIATIONS_BEFORE_NUMBERS = [
	...['No', 'Nos', 'Vol', 'pp', 'Art', 'Arts', 'para', 'paras', 'Fig', 'Sec', 'ch', 'Ch', 'approx', 'ca', 'vs', 'St'],
	...MONTHS.flatMap((month) => month.abbreviations)
];
const NUMBERED_ABBREVIATION = new RegExp(`^(?:\\p{L}|${anyOf(ABBREVIATIONS_BEFORE_NUMBERS)})$`, 'u');

/** Start offsets, within `sentence`, of the sentences Intl.Segmenter left joined to it. */
function numberedSentenceStarts(sentence: string): number[] {
	const starts = [0];
	for (const m of sentence.matchAll(END_BEFORE_NUMBER)) {
		const word = WORD_BEFORE.exec(sentence.slice(Math.max(0, m.index - 16), m.index))?.[0] ?? '';
		if (!NUMBERED_ABBREVIATION.test(word)) starts.push(m.index + m[0].length);
	}
	return starts;
}

/**
 * Intl.Segmenter takes time quadratic in the length of the string it is given (V8 and ICU: a
 * 400 KB paragraph takes 6 s, 100 KB 0.03 s), so a long paragraph is handed to it in pieces, cut
 * where Unicode's rules always break anyway: after . ! or ? and white space, before a capital.
 */
const LONG_PARAGRAPH = 4096;
const ALWAYS_BREAKS = /[.!?]["'”’)\]]*\s+(?=\p{Lu})/gu;

interface Segment {
	index: number;
	segment: string;
}

/**
 * Breaks near a window's end are not settled: Unicode keeps ". " joined to what follows when a
 * lower-case word comes after it, past any digits and punctuation ("approx. 12,000 people"), so a
 * window that ends before that word would break there. Only breaks this far before the end count.
 */
const SETTLED_BEFORE_END = 256;

/**
 * The sentences of a piece with no cut where Unicode always breaks (text without capitals, in
 * Arabic or Chinese...): it goes to Intl.Segmenter a window at a time; the sentences that end
 * well before the window's end are kept, and the rest is segmented again with what follows. A
 * window with no settled end of sentence is cut after the word it ends in (no real sentence is
 * 4,096 characters long): a word, even a megabyte of digits, is never cut.
 */
function* windowed(piece: string, offset: number): Generator<Segment> {
	let from = 0;
	while (from < piece.length) {
		const to = Math.min(piece.length, from + LONG_PARAGRAPH);
		const parts = [...segmenter.segment(piece.slice(from, to))];
		if (to === piece.length) {
			for (const s of parts) yield { index: offset + from + s.index, segment: s.segment };
			return;
		}
		const settled = parts.filter((s) => s.index + s.segment.length <= to - from - SETTLED_BEFORE_END);
		for (const s of settled) yield { index: offset + from + s.index, segment: s.segment };
		const last = settled.at(-1);
		if (last) {
			from += last.index + last.segment.length;
			continue;
		}
		const wordEnd = piece.slice(to).search(/\s/u);
		const cut = wordEnd === -1 ? piece.length : to + wordEnd;
		yield { index: offset + from, segment: piece.slice(from, cut) };
		from = cut;
	}
}

function* segments(paragraph: string): Generator<Segment> {
	if (paragraph.length <= LONG_PARAGRAPH) {
		yield* segmenter.segment(paragraph);
		return;
	}
	let from = 0;
	const cuts = [...paragraph.matchAll(ALWAYS_BREAKS)].map((m) => m.index + m[0].length);
	for (const to of [...cuts, paragraph.length]) {
		yield* windowed(paragraph.slice(from, to), from);
		from = to;
	}
}

/** Lines end with LF, CRLF or a lone CR (old Mac files). */
const LINE = /[^\r\n]*/gy;
const LINE_END = /\r\n|\r|\n/y;

function* lines(text: string): Generator<{ start: number; end: number }> {
	let at = 0;
	while (at <= text.length) {
		LINE.lastIndex = at;
		const end = at + (LINE.exec(text)?.[0].length ?? 0);
		yield { start: at, end };
		LINE_END.lastIndex = end;
		const brk = LINE_END.exec(text);
		if (!brk) return;
		at = end + brk[0].length;
	}
}

export function splitArticle(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	for (const line of lines(text)) {
		const span = trimSpan(text, line.start, line.end);
		if (span.start === span.end) continue;
		const number = paragraphs.length + 1;
		const paragraphText = text.slice(span.start, span.end);
		const sentences: Sentence[] = [];
		for (const segment of segments(paragraphText)) {
			const segmentStart = span.start + segment.index;
			const starts = numberedSentenceStarts(segment.segment);
			starts.forEach((from, i) => {
				const to = starts[i + 1] ?? segment.segment.length;
				const s = trimSpan(text, segmentStart + from, segmentStart + to);
				if (s.start === s.end) return;
				sentences.push({ id: `s${number}-${sentences.length + 1}`, ...s, text: text.slice(s.start, s.end) });
			});
		}
		paragraphs.push({ number, role: roleOf(paragraphText.trim(), number), ...span, sentences });
	}
	return paragraphs;
}
