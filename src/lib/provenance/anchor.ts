/**
 * Finds a quote in the verbatim article. The one allowance: any run of Unicode white space in
 * either text matches any other run (the source has non-breaking spaces where the quote has
 * plain ones). Everything else must be equal character for character: no case folding, no
 * fuzzy matching. A match may not start or end inside a word or number, so "700,00" does not
 * match "700,000".
 */

export interface Span {
	start: number;
	end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
	// Only the syntax characters: with the u flag, escaping anything else is an error.
	return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Collapses every run of white space to one plain space and trims the ends. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** Every place the quote occurs, overlapping ones included, in order. */
export function findQuote(text: string, quote: string): Span[] {
	const words = normalizeSpace(quote).split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
	const spans: Span[] = [];
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const start = match.index;
		const end = start + match[0].length;
		// Step a whole character: inside a surrogate pair ("𝐀", an emoji) V8 steps back to its
		// start and would find the same match again, for ever.
		pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
		if (cutsWord(text, start, end)) continue;
		spans.push({ start, end });
	}
	return spans;
}

/** The whole character that ends at `index`, surrogate pairs included ("𝐀" is one letter, not two halves). */
function characterBefore(text: string, index: number): string | undefined {
	if (index <= 0) return undefined;
	const high = text.charCodeAt(index - 2);
	const low = text.charCodeAt(index - 1);
	const pair = high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
	return text.slice(pair ? index - 2 : index - 1, index);
}

/** The whole character that starts at `index`. */
function characterAt(text: string, index: number): string | undefined {
	const code = text.codePointAt(index);
	return code === undefined ? undefined : String.fromCodePoint(code);
}

/** True when `text[start, end)` begins or ends inside a word or number ("700,00" of "700,000"). */
export function cutsWord(text: string, start: number, end: number): boolean {
	const joins = (a: string | undefined, b: string | undefined) =>
		a !== undefined && b !== undefined && WORD_CHAR.test(a) && WORD_CHAR.test(b);
	return joins(characterBefore(text, start), characterAt(text, start)) || joins(characterBefore(text, end), characterAt(text, end));
}
