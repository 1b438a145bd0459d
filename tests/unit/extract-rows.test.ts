// The rows of a long article, kept as numbers while it is read and made into objects at the end
// (src/lib/extract/rows.ts): thousands of rows, across many of its chunks, each made whole again.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { splitArticle } from '$lib/provenance';
import { generateArticle } from '../../scripts/lib/generate-article';

describe('rows of a long article', () => {
	// Some 3,600 rows, with vague amounts (value null), ranges (upper), shares and money.
	const text = generateArticle(600_000);
	const { figures } = extractFigures(text, { source: 'long' });
	const sentences = new Map(splitArticle(text).flatMap((p) => p.sentences.map((s) => [s.id, s] as const)));

	it('gives every row back with its own quote, number phrase and sentence, in the order of the text', () => {
		expect(figures.length).toBeGreaterThan(3 * 1024);
		let previous = -1;
		for (const f of figures) {
			expect(f.source).toBe('long');
			expect(text.slice(f.start, f.end)).toBe(f.quote);
			expect(text.slice(f.number.start, f.number.end)).toBe(f.number.text);
			expect(f.number.start >= f.start && f.number.end <= f.end).toBe(true);
			const sentence = sentences.get(f.sentence_id)!;
			expect(f.start >= sentence.start && f.end <= sentence.end).toBe(true);
			expect(f.sentence).toBe(sentence.text);
			expect(f.start).toBeGreaterThan(previous);
			previous = f.start;
		}
	});

	it('keeps values, bounds and labels as they were read', () => {
		expect(figures.some((f) => f.value === null)).toBe(true);
		expect(figures.some((f) => f.upper !== null)).toBe(true);
		expect(figures.some((f) => f.value !== null && !Number.isInteger(f.value))).toBe(true);
		for (const f of figures) {
			expect(f.value === null || Number.isFinite(f.value)).toBe(true);
			expect(f.upper === null || (f.value !== null && f.upper > f.value)).toBe(true);
			expect(['people', 'percent', 'share', 'count', 'households', 'families', 'USD', 'EUR', 'GBP']).toContain(f.unit);
		}
		expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
	});
});
