/**
 * Characters the data may not hold, checked where the data is read: C0 and C1 controls and DEL
 * (a label with ESC or NUL breaks the share image's XML and prints as garbage), and in cells the
 * bidirectional overrides, embeddings and isolates that can make text display in another order
 * than it is stored ("Trojan Source"). An article may hold those: right-to-left text needs them.
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Tabs and line breaks, U+2028 and U+2029 included: allowed in multi-line cells only. */
const LINE_CONTROL = /[\t\n\r\u2028\u2029]/u;
/**
 * What a reader can see: a character that is not white space, a combining mark, or one of the
 * characters Unicode says to ignore when nothing can show them (zero-width space, soft hyphen,
 * direction marks, Hangul filler...). A cell without one looks empty but is not.
 */
const VISIBLE = /[^\s\p{M}\p{Default_Ignorable_Code_Point}]/u;

export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface Forbidden {
	/** UTF-16 offset of the character. */
	index: number;
	character: string;
	kind: 'a control character' | 'a bidirectional control character';
}

function first(text: string, patterns: readonly RegExp[]): Forbidden | null {
	let found: Forbidden | null = null;
	for (const pattern of patterns) {
		const m = pattern.exec(text);
		if (m && (!found || m.index < found.index)) {
			found = { index: m.index, character: m[0], kind: pattern === BIDI_CONTROL ? 'a bidirectional control character' : 'a control character' };
		}
	}
	return found;
}

/** The first character a cell may not hold; tabs and line breaks only in a multi-line cell. */
export function forbiddenInCell(text: string, multiline: boolean): Forbidden | null {
	return first(text, multiline ? [CONTROL, BIDI_CONTROL] : [CONTROL, BIDI_CONTROL, LINE_CONTROL]);
}

/** The first character an article may not hold: controls other than tab and line breaks. */
export function forbiddenInText(text: string): Forbidden | null {
	return first(text, [CONTROL]);
}

/** The characters of a cell that holds something but nothing a reader can see, or null. */
export function onlyInvisible(text: string): string[] | null {
	if (text.trim() === '' || VISIBLE.test(text)) return null;
	return [...new Set(text.replace(/\s/gu, ''))];
}
