/**
 * What the layout of a pasted document says a number counts, when the words next to it do not:
 * tables and key-figure boxes copied as text. Every line of the article is a paragraph
 * (provenance/paragraphs.ts), so a table arrives as lines of cells ("Refugees | 1,500,000",
 * "Gedaref\t1 850\t10 260") under a header line ("State\tHouseholds\tIndividuals"), and a key-figure
 * box as a number alone on its line with its label on the next ("11.7 M" over "people in need").
 *
 * The article's lines are met once each, in order (`enter`), and only a short line is looked into,
 * so the cost stays linear: a line longer than MAX_ROW is prose and ends any table.
 */
import { ASCII_CLASSES, classOf, DIGIT, LETTER, SPACE, WORD } from '../quantities/chars';
import type { Labels, LabelSource } from './counted';

/** The longest line read as a row of a table: rows are short, and prose lines need no splitting. */
const MAX_ROW = 300;
/** The longest line read as the label of a key figure ("people in need", "PEOPLE TARGETED"). */
const MAX_LABEL = 80;

/** Classes of the code unit at `at`: the table for ASCII, classOf for the rest (NaN past the end has none). */
const classAt = (text: string, at: number): number => {
	const code = text.charCodeAt(at);
	return code < 0x80 ? ASCII_CLASSES[code]! : classOf(code);
};

/**
 * The cells of text[start, end) as offset pairs, white space trimmed, when the line is parted by a
 * tab, a "|" or a run of two spaces or more (as PDF tables are pasted); null when it is not.
 */
export function cellsOf(text: string, start: number, end: number): number[] | null {
	if (end - start > MAX_ROW) return null;
	const line = text.slice(start, end);
	if (line.indexOf('\t') === -1 && line.indexOf('|') === -1 && line.indexOf('  ') === -1) return null;
	const cells: number[] = [];
	let from = start;
	for (let at = start; at <= end; at++) {
		const code = at < end ? text.charCodeAt(at) : 0x0a;
		const separator = code === 0x09 || code === 0x7c || code === 0x0a || (code === 0x20 && text.charCodeAt(at + 1) === 0x20 && at + 1 < end);
		if (!separator) continue;
		let [s, e] = [from, at];
		while (s < e && classAt(text, s) & SPACE) s++;
		while (e > s && classAt(text, e - 1) & SPACE) e--;
		if (s < e) cells.push(s, e);
		// Past the run of spaces, or the one separator.
		while (at + 1 < end && text.charCodeAt(at + 1) === 0x20 && code === 0x20) at++;
		from = at + 1;
	}
	return cells.length >= 4 ? cells : null;
}

/** True when text[start, end) holds a digit. */
function hasDigit(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) if (classAt(text, at) & DIGIT) return true;
	return false;
}

/** True when text[start, end) holds a letter. */
function hasLetter(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) if (classAt(text, at) & LETTER) return true;
	return false;
}

/** True when text[start, end) holds no letter or digit (white space, a bullet, a footnote mark's brackets). */
function bare(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) if (classAt(text, at) & WORD) return false;
	return true;
}

export class Layout implements LabelSource {
	/** The cells of the header line of the table being read, or null outside a table. */
	private header: number[] | null = null;
	private previous: { start: number; end: number } | null = null;
	private line = { start: 0, end: 0 };
	/** The cells of the current line, or null when it is not a row. */
	private cells: number[] | null = null;

	constructor(private readonly text: string) {}

	/** The next line of the article (a paragraph: trimmed, not blank). */
	enter(start: number, end: number): void {
		// The line left behind: a row without digits heads the rows under it; a line that is no
		// row ends the table.
		if (this.cells === null) this.header = null;
		else if (!hasDigit(this.text, this.line.start, this.line.end)) this.header = this.cells;
		this.previous = this.line.end > this.line.start ? this.line : null;
		this.line = { start, end };
		this.cells = cellsOf(this.text, start, end);
	}

	/**
	 * The labels of the number phrase text[start, end) (its qualifier included), in
	 * the current line: in a row, its column's header cell, then the row's first cell; alone on its
	 * line, the line after it, then the line before it. Empty when the layout says nothing.
	 */
	labels(start: number, end: number): Labels {
		const { text, cells, line } = this;
		if (cells !== null) {
			let index = 0;
			while (index + 2 < cells.length && cells[index + 1]! <= start) index += 2;
			const labels: number[] = [];
			const header = this.header;
			// A header with a cell for the row's label or not: "State\tHouseholds" over "Gedaref\t1 850",
			// or "Households\tIndividuals" over "Gedaref\t1 850\t10 260" (right-aligned).
			if (header !== null) {
				const column = header.length === cells.length ? index : index - (cells.length - header.length);
				if (column >= 0 && column < header.length) labels.push(header[column]!, header[column + 1]!);
			}
			if (index > 0 && hasLetter(text, cells[0]!, cells[1]!) && !hasDigit(text, cells[0]!, cells[1]!)) labels.push(cells[0]!, cells[1]!);
			return labels;
		}
		if (!bare(text, line.start, start) || !bare(text, end, line.end)) return [];
		const labels: number[] = [];
		const next = nextLine(text, line.end);
		if (next !== null) labels.push(next.start, next.end);
		const previous = this.previous;
		if (previous !== null && isLabel(text, previous.start, previous.end)) labels.push(previous.start, previous.end);
		return labels;
	}
}

/** A line that can label a key figure: short, with letters and no digit. */
function isLabel(text: string, start: number, end: number): boolean {
	return end - start <= MAX_LABEL && hasLetter(text, start, end) && !hasDigit(text, start, end);
}

/** The next line after `from` that is not blank, trimmed, when it can label a key figure; null otherwise. */
function nextLine(text: string, from: number): { start: number; end: number } | null {
	let start = from;
	// Past the line end and any blank lines, a bounded walk.
	while (start < text.length && start - from <= MAX_LABEL && classAt(text, start) & SPACE) start++;
	let end = start;
	while (end < text.length && end - start <= MAX_LABEL && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
	while (end > start && classAt(text, end - 1) & SPACE) end--;
	return start > from && isLabel(text, start, end) ? { start, end } : null;
}
