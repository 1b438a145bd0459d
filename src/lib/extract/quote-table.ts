/**
 * What the quote index (occurrences.ts) knows of the quotes asked about: a small integer for each,
 * found by the quote's characters. Every count of a quote looks one up, and a long article's tens
 * of thousands of quotes are kept.
 *
 * V8's Map was the slowest step of a count: a lookup reads the keys kept on its way, scattered over
 * the heap, a cache miss or two each, and most quotes asked about are new. Here the caller hashes
 * the quote once, and the hashes are kept in a typed array beside the slots: a quote not kept is
 * told by the hashes alone, in one or two neighbouring slots, and a kept quote is compared only
 * when its hash matches.
 *
 * Most quotes are a part of the article as it is, with no run of white space to flatten: such a
 * quote is asked about, and kept, as where it stands, two offsets. No string is made of it to look
 * it up, and none is kept (memory first touched is slow to come by; see occurrences.ts). Any other
 * quote is kept as its string.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashOf(text: string, start = 0, end = text.length): number {
	let hash = FNV_OFFSET;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
	return hash;
}

/** Spreads a hash's bits over its low ones, which pick the slot. */
function mix(hash: number): number {
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	return hash ^ (hash >>> 13);
}

/** A typed array twice as long with the same items first. */
function grown(array: Int32Array): Int32Array {
	const bigger = new Int32Array(array.length * 2);
	bigger.set(array);
	return bigger;
}

/**
 * Quotes of `text` and a number for each. A quote is given as a string, or, when it is null, as
 * text[start, end); its hash is hashOf of its characters either way.
 */
export class QuoteTable {
	private readonly text: string;
	/** For each slot, the hash of its quote, and its entry + 1 (0: a free slot). */
	private hashes = new Int32Array(1024);
	private slots = new Int32Array(1024);
	private entries = 0;
	/** For each entry, where its quote stands in the text, or -1 (start) for one kept as a string. */
	private starts: Int32Array = new Int32Array(512);
	private ends: Int32Array = new Int32Array(512);
	private values: Int32Array = new Int32Array(512);
	/** The quotes kept as strings, by entry: few. */
	private readonly strings = new Map<number, string>();

	constructor(text: string) {
		this.text = text;
	}

	/** The number of the quote, or undefined. */
	get(hash: number, quote: string | null, start: number, end: number): number | undefined {
		const mask = this.slots.length - 1;
		for (let i = mix(hash) & mask; ; i = (i + 1) & mask) {
			const slot = this.slots[i]!;
			if (slot === 0) return undefined;
			if (this.hashes[i] === hash && this.matches(slot - 1, quote, start, end)) return this.values[slot - 1];
		}
	}

	set(hash: number, quote: string | null, start: number, end: number, value: number): void {
		const mask = this.slots.length - 1;
		let i = mix(hash) & mask;
		for (let slot = this.slots[i]!; slot !== 0; i = (i + 1) & mask, slot = this.slots[i]!) {
			if (this.hashes[i] === hash && this.matches(slot - 1, quote, start, end)) {
				this.values[slot - 1] = value;
				return;
			}
		}
		const entry = this.entries++;
		if (entry === this.values.length) {
			this.starts = grown(this.starts);
			this.ends = grown(this.ends);
			this.values = grown(this.values);
		}
		if (quote === null) {
			this.starts[entry] = start;
			this.ends[entry] = end;
		} else {
			this.starts[entry] = -1;
			this.strings.set(entry, quote);
		}
		this.values[entry] = value;
		this.hashes[i] = hash;
		this.slots[i] = entry + 1;
		// Three slots in four full at most: the probes of a lookup read neighbouring slots, and a
		// table twice as large is more memory first touched.
		if (this.entries * 4 > this.slots.length * 3) this.rehash();
	}

	/** True when `entry` holds the quote. */
	private matches(entry: number, quote: string | null, start: number, end: number): boolean {
		const { text } = this;
		const kept = this.starts[entry]!;
		if (kept === -1) {
			const string = this.strings.get(entry)!;
			return quote !== null ? string === quote : string.length === end - start && text.startsWith(string, start);
		}
		const length = this.ends[entry]! - kept;
		if (quote !== null) return quote.length === length && text.startsWith(quote, kept);
		if (end - start !== length) return false;
		for (let i = 0; i < length; i++) if (text.charCodeAt(kept + i) !== text.charCodeAt(start + i)) return false;
		return true;
	}

	private rehash(): void {
		const { hashes, slots } = this;
		this.hashes = new Int32Array(slots.length * 2);
		this.slots = new Int32Array(slots.length * 2);
		const mask = this.slots.length - 1;
		for (let j = 0; j < slots.length; j++) {
			if (slots[j] === 0) continue;
			let i = mix(hashes[j]!) & mask;
			while (this.slots[i] !== 0) i = (i + 1) & mask;
			this.hashes[i] = hashes[j]!;
			this.slots[i] = slots[j]!;
		}
	}
}
