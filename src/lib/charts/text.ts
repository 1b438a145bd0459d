/**
 * How wide a line of text is, estimated without a browser, and text wrapped into lines of a
 * width: the charts' labels and the share image are laid out at build time, where nothing can
 * measure text. The estimate takes the advance widths of DejaVu Sans, the share image's font,
 * which is as wide as or wider than the system fonts the page draws its charts in, and errs
 * wide where it does not know a character; so a line it says fits does fit.
 */

import type { Rect } from './geometry';

export interface TextStyle {
	/** Font size, in the units of the drawing. */
	size: number;
	bold: boolean;
}

/** A line of wrapped text and the baseline it sits on. */
export interface TextLine {
	text: string;
	y: number;
}

/**
 * Advance widths of printable ASCII (U+0020 to U+007E, in order), in hundredths of an em,
 * rounded up, read from the hmtx tables of node_modules/dejavu-fonts-ttf's DejaVuSans.ttf and
 * DejaVuSans-Bold.ttf. tests/unit/charts-text.test.ts holds them to what resvg draws.
 */
const ASCII = {
	regular: [
		32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 54,
		100, 69, 69, 70, 78, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75, 79, 61, 79, 70, 64, 62, 74, 69, 99, 69, 62, 69, 40, 34, 40, 84, 50,
		50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84
	],
	bold: [
		35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 59,
		100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50,
		50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84
	]
};

/** The other characters the page's own words use ("≥ 5.5M · …", quotes, dashes, spaces), [regular, bold]. */
const OTHER: Record<string, [number, number]> = {
	'\u00a0': [32, 35],
	'\u2009': [20, 20],
	'\u202f': [20, 20],
	'‘': [32, 38],
	'’': [32, 38],
	'“': [52, 66],
	'”': [52, 66],
	'–': [50, 50],
	'—': [100, 100],
	'…': [100, 100],
	'·': [32, 38],
	'×': [84, 84],
	'≈': [84, 84],
	'≤': [84, 84],
	'≥': [84, 84],
	'€': [64, 70],
	'£': [64, 70]
};

/** Any other character is taken to be as wide as the widest glyph of the font (1.735 and 2.016 em). */
const WIDEST = { regular: 174, bold: 202 };

/** A character with its combining marks ("e" and U+0301): a line is never cut between them. */
const CHARACTER = /\P{M}\p{M}*|\p{M}+/gu;

function characterWidth(character: string, bold: boolean): number {
	const weight = bold ? 'bold' : 'regular';
	// "é" as wide as "e": DejaVu's accented Latin letters take the advance of their base letter.
	const base = character.normalize('NFD').charAt(0);
	const code = base.charCodeAt(0);
	if (code >= 0x20 && code <= 0x7e) return ASCII[weight][code - 0x20]!;
	return OTHER[base]?.[bold ? 1 : 0] ?? WIDEST[weight];
}

/** The estimated width of `text` on one line, never less than it is drawn. */
export function textWidth(text: string, { size, bold }: TextStyle): number {
	let hundredths = 0;
	for (const character of text.match(CHARACTER) ?? []) hundredths += characterWidth(character, bold);
	return (hundredths * size) / 100;
}

/** The longest run of whole characters from the start of `word` that fits `width` (at least one, so wrapping ends). */
function fittingPart(word: string, width: number, style: TextStyle): string {
	const characters = word.match(CHARACTER) ?? [];
	let end = 1;
	while (end < characters.length && textWidth(characters.slice(0, end + 1).join(''), style) <= width) end++;
	return characters.slice(0, end).join('');
}

/**
 * `text` in lines no wider than `width`, broken at spaces; a word longer than a line (a URL) is
 * cut between characters; no-break spaces hold. With `maxLines`, text that needs more lines ends its last line in "…".
 */
export function wrapText(text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/[ \t\r\n]+/u).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (textWidth(joined, style) <= width) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		while (textWidth(word, style) > width) {
			const part = fittingPart(word, width, style);
			lines.push(part);
			word = word.slice(part.length);
		}
		line = word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, width, style);
	return kept;
}

/** `line` shortened until it fits `width` with "…" after it. */
function withEllipsis(line: string, width: number, style: TextStyle): string {
	const characters = line.match(CHARACTER) ?? [];
	while (characters.length > 0 && textWidth(`${characters.join('').trimEnd()}…`, style) > width) characters.pop();
	return `${characters.join('').trimEnd()}…`;
}

/** Lines of `text` on baselines `lineHeight` apart, the first at `y`. */
export function textLines(lines: readonly string[], y: number, lineHeight: number): TextLine[] {
	return lines.map((text, i) => ({ text, y: y + i * lineHeight }));
}

/**
 * A panel's title split after its colon ("Stocks:" and " how many were displaced on the date
 * reported"): the gloss is drawn in regular weight where the chart is narrow, so that the title
 * keeps to one line at the larger size text has there.
 */
export interface SectionTitle {
	lead: string;
	/** With its leading space; empty when the title has no colon. */
	gloss: string;
}

export function sectionTitle(title: string): SectionTitle {
	const colon = title.indexOf(': ');
	return colon < 0 ? { lead: title, gloss: '' } : { lead: title.slice(0, colon + 1), gloss: title.slice(colon + 1) };
}

/** How far above and below its baseline a browser boxes a line of text, in ems (DejaVu Sans's ascent and descent; system fonts' are alike). */
const ASCENT = 0.93;
const DESCENT = 0.24;

/** The box a browser gives `text` drawn from `x` (text-anchor start) on `baseline`, as wide as textWidth says. */
export function textBox(text: string, x: number, baseline: number, style: TextStyle): Rect {
	return { x, y: baseline - ASCENT * style.size, width: textWidth(text, style), height: (ASCENT + DESCENT) * style.size };
}
