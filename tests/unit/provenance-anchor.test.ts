// Finding a quote in the verbatim article, white space forgiven and nothing else (src/lib/provenance/anchor.ts).
import { describe, expect, it } from 'vitest';
import { findQuote, normalizeSpace } from '$lib/provenance';
import { ARTICLE } from '../helpers/article';

const NBSP = '\u00a0';

describe('findQuote', () => {
	it.each([
		['at least 5.5 million people fleeing the country', [{ start: 2018, end: 2065 }]],
		['more than 6 million more displaced inside Syria', [{ start: 2070, end: 2117 }]],
		['between 8,000-10,000 fighters', [{ start: 1046, end: 1075 }]],
		['Half of those killed in the strikes were minors', [{ start: 1692, end: 1739 }]]
	])('finds %j at its exact offsets', (quote, spans) => {
		expect(findQuote(ARTICLE, quote)).toEqual(spans);
	});

	it('matches a plain space in the quote to a non-breaking space in the article', () => {
		expect(findQuote(ARTICLE, 'around 700,000 Syrians flee a regime offensive in nearby Idlib')).toEqual([
			{ start: 1429, end: 1491 }
		]);
	});

	it('matches any run of white space to any other, in either text', () => {
		expect(findQuote(`a \t${NBSP} b`, 'a b')).toEqual([{ start: 0, end: 6 }]);
		expect(findQuote('a b', `a \n  b`)).toEqual([{ start: 0, end: 3 }]);
	});

	it('treats nothing else as equal: case, punctuation and digits must match', () => {
		expect(findQuote(ARTICLE, 'around 70,000 Syrians')).toEqual([]);
		expect(findQuote(ARTICLE, 'Around 700,000 Syrians')).toEqual([]);
		expect(findQuote(ARTICLE, 'around 700000 Syrians')).toEqual([]);
		expect(findQuote(ARTICLE, 'between 8,000–10,000 fighters')).toEqual([]);
	});

	it('does not match part of a word or number', () => {
		expect(findQuote(ARTICLE, 'around 700,00')).toEqual([]);
		expect(findQuote('120 people', '12')).toEqual([]);
		expect(findQuote('the 12 people', '12')).toEqual([{ start: 4, end: 6 }]);
	});

	it('returns every occurrence, overlapping ones included', () => {
		expect(findQuote(ARTICLE, 'Idlib').map((s) => s.start)).toEqual([1486, 1624, 1882]);
		expect(findQuote('aa aa aa', 'aa aa')).toEqual([
			{ start: 0, end: 5 },
			{ start: 3, end: 8 }
		]);
	});

	it('finds nothing for an empty quote', () => {
		expect(findQuote(ARTICLE, '  ')).toEqual([]);
	});

	it('takes regular-expression characters literally', () => {
		expect(findQuote('cost (a) $5.5+ [x]', '(a) $5.5+ [x]')).toEqual([{ start: 5, end: 18 }]);
		expect(findQuote('5x5 million', '5.5 million')).toEqual([]);
	});
});

describe('normalizeSpace', () => {
	it('collapses every run of Unicode white space to one space and trims', () => {
		expect(normalizeSpace(`  a${NBSP}${NBSP}b\u2009c\n`)).toBe('a b c');
	});
});
