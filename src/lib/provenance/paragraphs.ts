/**
 * Splits an article into paragraphs and sentences, with offsets into the verbatim text.
 *
 * The article files are plain text as published: one line per block (LF, CRLF or CR). The headline, standfirst,
 * read-time line, date line and photo caption stand on consecutive lines, so every non-blank line
 * is a paragraph of its own. Sentences are cut by Unicode's rules, as Intl.Segmenter applies them,
 * inside each paragraph, so a sentence never runs across a block boundary.
 */
import { classOf, isHighSurrogate, isLowSurrogate, SPACE, TERMINATOR } from '../quantities/chars';
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
/**
 * A photo credit ends the line: what /\[[^\]]+\]$/u.test(text) says, without trying the regex
 * from every "[" of the line (each try reads to the line's end: quadratic in a long line full of
 * brackets). The line ends in "]", and a "[" stands before it with at least one character and no
 * "]" between.
 */
function endsInCredit(text: string): boolean {
	const close = text.length - 1;
	if (close < 2 || text.charCodeAt(close) !== 0x5d) return false;
	const open = text.lastIndexOf('[', close - 2);
	return open !== -1 && text.lastIndexOf(']', close - 1) < open;
}

function roleOf(text: string, number: number): ParagraphRole {
	if (number === 1) return 'headline';
	if (READ_TIME.test(text) || FOOTER.test(text)) return 'chrome';
	if (DATELINE.test(text)) return 'dateline';
	if (endsInCredit(text)) return 'caption';
	if (number === 2) return 'standfirst';
	return 'body';
}

/** The span of `text[start, end)` without white space at its edges (NBSP included), as trim() cuts it. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && classOf(text.charCodeAt(start)) & SPACE) start++;
	while (end > start && classOf(text.charCodeAt(end - 1)) & SPACE) end--;
	return { start, end };
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

/** The starts of a sentence that no other is joined to, as most: one array for all of them. */
const WHOLE: readonly number[] = [0];

/** Start offsets, within `sentence`, of the sentences Intl.Segmenter left joined to it. */
function numberedSentenceStarts(sentence: string): readonly number[] {
	// exec in a loop, not matchAll, which copies the regex for every sentence.
	END_BEFORE_NUMBER.lastIndex = 0;
	let m = END_BEFORE_NUMBER.exec(sentence);
	if (!m) return WHOLE;
	const starts = [0];
	for (; m; m = END_BEFORE_NUMBER.exec(sentence)) {
		const word = WORD_BEFORE.exec(sentence.slice(Math.max(0, m.index - 16), m.index))?.[0] ?? '';
		if (!NUMBERED_ABBREVIATION.test(word)) starts.push(m.index + m[0].length);
	}
	return starts;
}

/*
 * Most paragraphs need no segmenter: their only ends of sentences are a full stop, "!" or "?"
 * followed by a space and a capital, and their only other full stops are in numbers ("4.5"). The
 * segmenter costs a few microseconds a sentence, more than all the rest of reading it, so such a
 * paragraph's sentences are read off it here, by the very rules the segmenter applies (Unicode's
 * UAX #29), and anything else sends the paragraph to the segmenter. In those rules a sentence can
 * only end after a character of class TERMINATOR (a sentence terminal, a full stop, a line or
 * paragraph separator), and:
 *  - a full stop followed straight by a digit ends nothing (rule SB6: "4.5");
 *  - terminals in a row ("?!", "...") stay together with any closing marks after them
 *    (quotation marks, brackets), and then spaces (SB8a, SB9, SB10);
 *  - after those spaces, a capital letter, or an opening quotation mark or bracket and a capital,
 *    begins a new sentence (SB11: the rules SB7, SB8 and SB8a that could join them ask for no
 *    space, a lower-case letter, or a comma-like mark there);
 *  - at the end of the paragraph the text ends anyway.
 */
const isStop = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f; // . ! ?
const isClosing = (code: number): boolean =>
	code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d; // " ' ” ’ ) ]
const isOpening = (code: number): boolean => code === 0x22 || code === 0x201c || code === 0x2018 || code === 0x28; // " “ ‘ (
const isCapital = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const MAYBE_TERMINATOR = /[.!?\n\r\u0080-\uffff]/g;

/** The classes of the character at `index`, a surrogate pair read whole. */
function classAt(text: string, index: number): number {
	const code = text.charCodeAt(index);
	if (isHighSurrogate(code) && index + 1 < text.length) {
		const low = text.charCodeAt(index + 1);
		if (isLowSurrogate(low)) return classOf((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
	}
	return classOf(code);
}

/**
 * The end offsets of the sentences Intl.Segmenter would find in `piece` (the last is its length),
 * when they can be read off it by the rules above; null when the segmenter must decide.
 */
export function plainSentenceEnds(piece: string): number[] | null {
	const ends: number[] = [];
	if (piece.length === 0) return ends;
	// In ASCII only . ! ? and line ends may end a sentence: the search skips to those, and to
	// anything outside ASCII, whose class is looked up. `test`, not `exec`, which would make an
	// array for every full stop: the match is one character, which ends at lastIndex.
	MAYBE_TERMINATOR.lastIndex = 0;
	while (MAYBE_TERMINATOR.test(piece)) {
		const i = MAYBE_TERMINATOR.lastIndex - 1;
		const code = piece.charCodeAt(i);
		if (code >= 0x80 && !(classAt(piece, i) & TERMINATOR)) continue;
		if (code === 0x2e && isDigit(piece.charCodeAt(i + 1))) continue;
		if (!isStop(code)) return null;
		let at = i + 1;
		while (at < piece.length && isStop(piece.charCodeAt(at))) at++;
		while (at < piece.length && isClosing(piece.charCodeAt(at))) at++;
		if (at === piece.length) break;
		if (piece.charCodeAt(at) !== 0x20) return null;
		while (at < piece.length && piece.charCodeAt(at) === 0x20) at++;
		const next = piece.charCodeAt(at);
		if (!(isCapital(next) || (isOpening(next) && isCapital(piece.charCodeAt(at + 1))))) return null;
		ends.push(at);
		MAYBE_TERMINATOR.lastIndex = at;
	}
	ends.push(piece.length);
	return ends;
}

/** The sentences of a piece short enough for the segmenter, read off it when they can be. */
function* shortSegments(piece: string, offset: number): Generator<Segment> {
	const ends = plainSentenceEnds(piece);
	if (!ends) {
		for (const s of segmenter.segment(piece)) yield { index: offset + s.index, segment: s.segment };
		return;
	}
	let from = 0;
	for (const end of ends) {
		yield { index: offset + from, segment: piece.slice(from, end) };
		from = end;
	}
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
	if (piece.length <= LONG_PARAGRAPH) {
		yield* shortSegments(piece, offset);
		return;
	}
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
		yield* shortSegments(paragraph, 0);
		return;
	}
	let from = 0;
	const cuts = [...paragraph.matchAll(ALWAYS_BREAKS)].map((m) => m.index + m[0].length);
	for (const to of [...cuts, paragraph.length]) {
		yield* windowed(paragraph.slice(from, to), from);
		from = to;
	}
}

/**
 * Lines end with LF, CRLF or a lone CR (old Mac files). Both are sticky and matched with `test`,
 * which leaves lastIndex at the match's end and, unlike `exec`, copies no line into an array.
 */
const LINE = /[^\r\n]*/gy;
const LINE_END = /\r\n|\r|\n/y;

function* lines(text: string): Generator<{ start: number; end: number }> {
	let at = 0;
	while (at <= text.length) {
		// [^\r\n]* matches at any offset up to the end, if only the empty string.
		LINE.lastIndex = at;
		LINE.test(text);
		const end = LINE.lastIndex;
		yield { start: at, end };
		LINE_END.lastIndex = end;
		if (!LINE_END.test(text)) return;
		at = LINE_END.lastIndex;
	}
}

/** The spans of the paragraphs of `text`: its lines that are not blank, white space trimmed off. */
export function* paragraphSpans(text: string): Generator<{ start: number; end: number }> {
	for (const line of lines(text)) {
		const span = trimSpan(text, line.start, line.end);
		if (span.start !== span.end) yield span;
	}
}

/**
 * The sentences of a paragraph (a line of the article, trimmed), as offsets into it: start and end
 * of the first, of the second, and so on, white space trimmed off. They depend on the paragraph's
 * text alone, so a paragraph written twice can be split once.
 */
export function sentenceSpans(paragraph: string): number[] {
	const spans: number[] = [];
	// Most paragraphs: their sentence ends read off them (see plainSentenceEnds), no segmenter.
	const ends = paragraph.length <= LONG_PARAGRAPH ? plainSentenceEnds(paragraph) : null;
	if (ends) {
		for (let i = 0, from = 0; i < ends.length; from = ends[i++]!) addSentences(spans, paragraph, from, paragraph.slice(from, ends[i]));
		return spans;
	}
	for (const segment of segments(paragraph)) addSentences(spans, paragraph, segment.index, segment.segment);
	return spans;
}

/** The sentences of a segment at `index` of the paragraph: those the segmenter left joined cut apart, trimmed. */
function addSentences(spans: number[], paragraph: string, index: number, segment: string): void {
	const starts = numberedSentenceStarts(segment);
	for (let i = 0; i < starts.length; i++) {
		// As trimSpan, without an object for every sentence.
		let start = index + starts[i]!;
		let end = index + (starts[i + 1] ?? segment.length);
		while (start < end && classOf(paragraph.charCodeAt(start)) & SPACE) start++;
		while (end > start && classOf(paragraph.charCodeAt(end - 1)) & SPACE) end--;
		if (start !== end) spans.push(start, end);
	}
}

/** The id of sentence `sentence` (1-based) of paragraph `paragraph`: its anchor on the page. */
export function sentenceId(paragraph: number, sentence: number): string {
	return `s${paragraph}-${sentence}`;
}

export function splitArticle(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	for (const span of paragraphSpans(text)) {
		const number = paragraphs.length + 1;
		const paragraphText = text.slice(span.start, span.end);
		const spans = sentenceSpans(paragraphText);
		const sentences: Sentence[] = [];
		for (let i = 0; i < spans.length; i += 2) {
			const [start, end] = [span.start + spans[i]!, span.start + spans[i + 1]!];
			sentences.push({ id: sentenceId(number, sentences.length + 1), start, end, text: text.slice(start, end) });
		}
		paragraphs.push({ number, role: roleOf(paragraphText, number), start: span.start, end: span.end, sentences });
	}
	return paragraphs;
}
