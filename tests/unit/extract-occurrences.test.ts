// Counting a quote's occurrences through the word-pair index (src/lib/extract/occurrences.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { QuoteIndex } from '$lib/extract/occurrences';
import { hashOf, QuoteTable } from '$lib/extract/quote-table';
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

describe('QuoteIndex over more word pairs than two bytes number', () => {
	// Words of random letters: some 70,000 pairs, past the 65,536 group numbers of two bytes.
	let state = 7;
	const letter = () => String.fromCharCode(0x61 + ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % 26);
	const words = Array.from({ length: 75_000 }, () => letter() + letter() + letter() + letter());
	const sentences = Array.from({ length: 7_500 }, (_, k) => `${words.slice(10 * k, 10 * k + 10).join(' ')}.`);
	// Some sentences written twice, some words twice.
	const text = [...sentences, ...sentences.slice(0, 50), words.slice(0, 30).join('  ')].join('\n');
	const index = new QuoteIndex(text);

	it('counts as findQuote does', () => {
		const probes = [...sentences.slice(0, 60), ...sentences.slice(-40), words.slice(5, 9).join(' '), words.slice(5, 9).join('\n'), words[3]!, 'zzzz yyyy'];
		expect(probes.map((q) => index.count(q))).toEqual(probes.map((q) => findQuote(text, q).length));
		for (const q of probes.slice(0, 20)) {
			const at = text.indexOf(q);
			expect(index.countAt(text, at, at + q.length), q).toBe(findQuote(text, q).length);
		}
	});
});

describe('QuoteTable', () => {
	const text = 'one two, one two; one  two';
	it('finds a quote given as a string or as where it stands, whichever way it was kept', () => {
		const table = new QuoteTable(text);
		const hash = hashOf('one two');
		table.set(hash, null, 0, 7, 5);
		expect(table.get(hash, null, 9, 16)).toBe(5);
		expect(table.get(hash, 'one two', 0, 0)).toBe(5);
		expect(table.get(hashOf('one  two'), 'one  two', 0, 0)).toBeUndefined();
		table.set(hashOf('two; one'), 'two; one', 0, 0, -3);
		expect(table.get(hashOf('two; one'), null, 13, 21)).toBe(-3);
		table.set(hash, 'one two', 0, 0, 8);
		expect(table.get(hash, null, 0, 7)).toBe(8);
		// Different quotes of one hash are told apart by their characters.
		table.set(hash, 'two one', 0, 0, 1);
		expect([table.get(hash, 'one two', 0, 0), table.get(hash, 'two one', 0, 0)]).toEqual([8, 1]);
	});

	it('keeps thousands of quotes', () => {
		const long = Array.from({ length: 5_000 }, (_, k) => `w${k}`).join(' ');
		const table = new QuoteTable(long);
		const spans: Array<[number, number]> = [];
		for (let at = 0, k = 0; k < 5_000; k++) {
			const end = long.indexOf(' ', at) === -1 ? long.length : long.indexOf(' ', at);
			spans.push([at, end]);
			table.set(hashOf(long, at, end), null, at, end, k);
			at = end + 1;
		}
		expect(spans.map(([start, end]) => table.get(hashOf(long, start, end), long.slice(start, end), 0, 0))).toEqual(spans.map((_, k) => k));
	});
});
