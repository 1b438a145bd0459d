// The CSS that lights up a figure's views together (src/lib/pages/highlight-style.ts). What it
// does in a browser is tested in tests/e2e/links.test.ts and keyboard.test.ts; here, its text.
import { describe, expect, it } from 'vitest';
import { highlightStyle } from '$lib/pages/highlight-style';

describe('highlightStyle', () => {
	it('gives one selector per figure, and the looks of a lit view once', () => {
		const css = highlightStyle(['a', 'b-2', 'a']);
		expect(css.startsWith(
			':is(:root:has([data-fig="a"]:is(:hover,:focus-within)) :is([data-fig="a"],.sentence:has(>[data-fig="a"])),' +
				':root:has([data-fig="b-2"]:is(:hover,:focus-within)) :is([data-fig="b-2"],.sentence:has(>[data-fig="b-2"]))){&.card{'
		)).toBe(true);
		expect(css.match(/&\.card\{/gu)).toHaveLength(1);
	});

	it('is empty for a page without figures', () => {
		expect(highlightStyle([])).toBe('');
	});

	it('refuses an id that is not a slug rather than write it into CSS', () => {
		expect(() => highlightStyle(['a"]{}*{color:red}'])).toThrow('figure id "a"]{}*{color:red}" is not a slug');
	});
});
