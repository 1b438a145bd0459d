/**
 * The quotes already taken from one article, kept in order of offset, so that a new quote is
 * checked for overlap against its neighbours only, not against every figure of the collection.
 *
 * The spans held never overlap one another (a quote that overlaps one is refused, not added), so
 * ordered by start they are ordered by end too, and the ones a new span overlaps stand together:
 * from the first that ends after the new one starts, while they start before it ends. Of these,
 * the one added first is the answer, as a search of all figures in file order would give.
 */
export class QuoteSpans<T> {
	private readonly spans: { start: number; end: number; added: number; item: T }[] = [];
	private count = 0;
	/** Spans looked at so far, by the binary search and the walk along the overlapping run (for tests of the cost). */
	examined = 0;

	/** Index of the first span that ends after `start`: the first that can overlap a span starting there. */
	private firstEndingAfter(start: number): number {
		let low = 0;
		let high = this.spans.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			this.examined++;
			if (this.spans[middle]!.end <= start) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** The item of the earliest added span that shares a character with [start, end), if any. */
	firstOverlapping(start: number, end: number): T | undefined {
		let first: { added: number; item: T } | undefined;
		for (let i = this.firstEndingAfter(start); i < this.spans.length; i++) {
			const span = this.spans[i]!;
			this.examined++;
			if (span.start >= end) break;
			if (!first || span.added < first.added) first = span;
		}
		return first?.item;
	}

	/** Adds [start, end), which must overlap no span held (check with firstOverlapping first). */
	add(start: number, end: number, item: T): void {
		const at = this.firstEndingAfter(start);
		const next = this.spans[at];
		if (next && next.start < end) throw new Error(`QuoteSpans: [${start}, ${end}) overlaps [${next.start}, ${next.end})`);
		// Quotes come mostly in the order of the article, so this is usually an append.
		this.spans.splice(at, 0, { start, end, added: this.count++, item });
	}

	get size(): number {
		return this.spans.length;
	}
}
