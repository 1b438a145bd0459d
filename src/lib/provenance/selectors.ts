/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for a span
 * of the verbatim article, and a Text Fragment link that highlights the same words on the
 * publisher's page (https://wicg.github.io/scroll-to-text-fragment/).
 */
import { normalizeSpace, type Span } from './anchor';

export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}

export interface TextPositionSelector {
	type: 'TextPositionSelector';
	start: number;
	end: number;
}

/** How much context the quote selector carries on each side; enough to tell repeats apart. */
const CONTEXT_CHARS = 32;
/** How many words of context the text fragment carries; few, so small page edits do not break it. */
const CONTEXT_WORDS = 3;

export function textQuoteSelector(text: string, { start, end }: Span): TextQuoteSelector {
	return {
		type: 'TextQuoteSelector',
		exact: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
		suffix: text.slice(end, end + CONTEXT_CHARS)
	};
}

export function textPositionSelector({ start, end }: Span): TextPositionSelector {
	return { type: 'TextPositionSelector', start, end };
}

/** Percent-encodes a text-fragment term: `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeFragmentTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * `url#:~:text=prefix-,exact,-suffix`, with up to three words of context from inside `within`
 * (the quote's sentence: a text fragment's context may not cross a block boundary).
 */
export function textFragmentUrl(url: string, text: string, quote: Span, within: Span): string {
	const before = normalizeSpace(text.slice(within.start, quote.start)).split(' ').filter(Boolean);
	const after = normalizeSpace(text.slice(quote.end, within.end)).split(' ').filter(Boolean);
	const prefix = before.slice(-CONTEXT_WORDS).join(' ');
	const suffix = after.slice(0, CONTEXT_WORDS).join(' ');
	const exact = normalizeSpace(text.slice(quote.start, quote.end));
	const terms = [
		prefix && `${encodeFragmentTerm(prefix)}-`,
		encodeFragmentTerm(exact),
		suffix && `-${encodeFragmentTerm(suffix)}`
	].filter(Boolean);
	return `${url.split('#')[0]}#:~:text=${terms.join(',')}`;
}
