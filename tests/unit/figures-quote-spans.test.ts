// The quotes taken from one article, in order of offset, for the overlap check (src/lib/figures/quote-spans.ts).
import { describe, expect, it } from 'vitest';
import { QuoteSpans } from '$lib/figures/quote-spans';

describe('QuoteSpans', () => {
	it('finds a span that shares a character, and none that only touches', () => {
		const spans = new QuoteSpans<string>();
		spans.add(10, 20, 'a');
		spans.add(30, 40, 'b');
		expect([spans.firstOverlapping(0, 10), spans.firstOverlapping(20, 30), spans.firstOverlapping(40, 50)]).toEqual([undefined, undefined, undefined]);
		expect([spans.firstOverlapping(19, 21), spans.firstOverlapping(5, 11), spans.firstOverlapping(12, 13), spans.firstOverlapping(39, 45)]).toEqual(['a', 'a', 'a', 'b']);
	});

	it('names the span added first among those overlapped, wherever it stands in the text', () => {
		const spans = new QuoteSpans<string>();
		spans.add(50, 60, 'later in the text, added first');
		spans.add(10, 20, 'earlier in the text');
		spans.add(30, 40, 'between');
		expect(spans.firstOverlapping(15, 55)).toBe('later in the text, added first');
		expect(spans.firstOverlapping(15, 35)).toBe('earlier in the text');
		expect(spans.size).toBe(3);
	});

	it('refuses to add a span that overlaps one it holds', () => {
		const spans = new QuoteSpans<string>();
		spans.add(10, 20, 'a');
		expect(() => spans.add(15, 25, 'b')).toThrow('overlaps');
	});

	// Counted, not timed: how many spans a check looks at, with 1,000 and 16 times as many held.
	// Comparing with every figure (as buildDataset did) looked at all of them: 16 times as many.
	it('looks at a few spans per check, not at every one it holds', () => {
		const examined = (n: number) => {
			const spans = new QuoteSpans<number>();
			for (let i = 0; i < n; i++) spans.add(i * 10, i * 10 + 5, i);
			spans.examined = 0;
			for (let i = 0; i < n; i++) spans.firstOverlapping(i * 10 + 3, i * 10 + 8);
			return spans.examined / n;
		};
		const [small, large] = [examined(1_000), examined(16_000)];
		expect(small).toBeLessThanOrEqual(Math.log2(1_000) + 3);
		expect(large).toBeLessThanOrEqual(Math.log2(16_000) + 3);
		expect(large - small).toBeLessThanOrEqual(5);
	});
});
