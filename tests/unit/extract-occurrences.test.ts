// Counting a quote's occurrences through the word-pair index (src/lib/extract/occurrences.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { QuoteIndex } from '$lib/extract/occurrences';
import { findQuote, splitArticle } from '$lib/provenance';
import { generateArticle } from '../../scripts/lib/generate-article';


describe('QuoteIndex', () => {
	const text = generateArticle(60_000, 7);
	const index = new QuoteIndex(text);

	it('counts exactly as findQuote does, for every quote and sentence of a generated article', () => {
		const probes = [
			...extractFigures(text).figures.map((f) => f.quote),
			...splitArticle(text).flatMap((p) => p.sentences.slice(0, 1).map((s) => s.text))
		];
		expect(probes.length).toBeGreaterThan(100);
		expect(probes.map((q) => index.count(q))).toEqual(probes.map((q) => findQuote(text, q).length));
	});

	it('matches across any white space and never cuts a word', () => {
		const small = new QuoteIndex('Some\u00a0700,000  people\nfled; 700,0001 did not. Officials said so.');
		expect(small.count('Some 700,000 people fled')).toBe(1);
		expect(small.count('700,000')).toBe(1);
		expect(small.count('700,00')).toBe(0);
		expect(small.count('ficials said')).toBe(0);
		expect(small.count('absent words')).toBe(0);
		expect(small.count('said so', 1)).toBe(1);
	});
});
