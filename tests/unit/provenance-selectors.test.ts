// W3C selectors and text-fragment links for a quote (src/lib/provenance/selectors.ts).
import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textFragmentUrl, textPositionSelector, textQuoteSelector } from '$lib/provenance';
import { ARTICLE } from '../helpers/article';

const NBSP = '\u00a0';

describe('selectors', () => {
	const span = { start: 1429, end: 1491 };

	it('textQuoteSelector takes the verbatim words and 32 characters either side', () => {
		expect(textQuoteSelector(ARTICLE, span)).toEqual({
			type: 'TextQuoteSelector',
			exact: `around 700,000${NBSP}Syrians${NBSP}flee a regime offensive in nearby Idlib`,
			prefix: `${NBSP}internal displacement${NBSP}has seen `,
			suffix: ', the UN said on Tuesday, as reg'
		});
	});

	it('textQuoteSelector clips the context at the ends of the text', () => {
		expect(textQuoteSelector('abc def', { start: 0, end: 3 })).toEqual({
			type: 'TextQuoteSelector',
			exact: 'abc',
			prefix: '',
			suffix: ' def'
		});
	});

	it('textPositionSelector gives the character offsets', () => {
		expect(textPositionSelector(span)).toEqual({ type: 'TextPositionSelector', start: 1429, end: 1491 });
	});
});

describe('text fragments', () => {
	it('encodeFragmentTerm percent-encodes -, comma, & and spaces', () => {
		expect(encodeFragmentTerm('8,000-10,000 & more')).toBe('8%2C000%2D10%2C000%20%26%20more');
	});

	it('textFragmentUrl adds three words of context from the sentence', () => {
		const sentence = { start: 1387, end: 1592 };
		expect(textFragmentUrl('https://example.org/a#top', ARTICLE, { start: 1429, end: 1491 }, sentence)).toBe(
			'https://example.org/a#:~:text=displacement%20has%20seen-,around%20700%2C000%20Syrians%20flee%20a%20regime%20offensive%20in%20nearby%20Idlib,-%2C%20the%20UN'
		);
	});

	it('textFragmentUrl leaves out context the sentence does not have', () => {
		expect(textFragmentUrl('https://x.org/', 'Half of them.', { start: 0, end: 4 }, { start: 0, end: 13 })).toBe(
			'https://x.org/#:~:text=Half,-of%20them.'
		);
	});
});
