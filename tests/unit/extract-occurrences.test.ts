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

	it('counts a quote given by its offsets (countAt) as it counts the same words given as a string', () => {
		const figures = extractFigures(text).figures;
		expect(figures.length).toBeGreaterThan(100);
		for (const f of figures) {
			// The figure's quote, and the same span moved a word's width either way, which may cut words.
			const spans: Array<[number, number]> = [[f.start, f.end], [f.start + 3, f.end], [f.start, f.end - 2], [f.start - 1, f.end + 1]];
			for (const [start, end] of spans) {
				const quote = text.slice(start, end);
				expect(index.countAt(text, start, end, 2), quote).toBe(index.count(quote, 2));
				expect(index.countAt(text, start, end), quote).toBe(findQuote(text, quote).length);
			}
		}
	});

	it('counts across runs of white space and astral letters, and cut words, by offsets too', () => {
		const odd = 'Some\u00a0700,000  people\nfled; 𝐀700 𝐀700 x12 12 12\n\n  12 people fled.';
		const small = new QuoteIndex(odd);
		for (let start = 0; start < odd.length; start++) {
			for (let end = start + 1; end <= odd.length; end++) {
				const quote = odd.slice(start, end);
				expect(small.countAt(odd, start, end), JSON.stringify(quote)).toBe(small.count(quote));
			}
		}
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
