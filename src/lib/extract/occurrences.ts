/**
 * Counts where a quote occurs in an article, with the dashboard's matching rule (any run of
 * white space matches any other, no word may be cut; see provenance/anchor.ts), fast enough to
 * ask several times per quantity of a 20 MB article.
 *
 * Searching the whole text for every quote would be quadratic. Instead the places of every pair
 * of adjacent words (and, when a one-word quote asks, of every word) are indexed once; a quote can
 * only occur where its rarest pair (or its one word) occurs, and only those places are compared.
 * Pairs are far rarer than words: "12 civilians" is rare where "12" and "civilians" are common.
 * The places of the quote's next rarest pair are read beside them, in order, which passes over
 * most places without reading the text or the index there, at random.
 *
 * The index is a few typed arrays, built in one pass over the text: words are told apart by a
 * 32-bit hash of their characters, not by their strings, so that a 20 MB article costs no
 * million substrings. Two different words or pairs with the same hash only share a list of
 * places; every place is compared with the quote itself, so a count is never wrong, only, very
 * rarely, a little slower.
 */
import { ASCII_CLASSES, classOf, isHighSurrogate, isLowSurrogate, isWordAt, isWordBefore, SPACE, unitsAt, WORD, wordLengthAt } from '../quantities/chars';
import { FNV_OFFSET, FNV_PRIME, hashOf, QuoteTable } from './quote-table';

/**
 * The group of each word, or each pair of words: two bytes each while there are few enough groups,
 * as in most articles (see Words).
 */
type GroupIds = Uint16Array | Int32Array;

/**
 * The words of the article (`[\p{L}\p{N}]+`): where each starts in the flattened text, and the
 * group of each with the next (see pairKey). Nothing else is kept per word: every byte per word is
 * megabytes for a long article, and memory first touched is slow to come by (a page fault costs
 * more than reading the page's worth of text again).
 */
interface Words {
	count: number;
	start: Int32Array;
	/** The pair group of word k and word k + 1, for k < count - 1, in `pairGroups`. */
	pair: GroupIds;
	pairGroups: Lookup;
}

/** The words of a quote, read on their own: offsets in the quote and hashes. */
interface QuoteWords {
	start: number[];
	end: number[];
	hash: number[];
}

/**
 * How the text maps to its flattened form, where every run of white space is one plain space:
 * where runs of two or more white space characters end in the text and in the flattened text, and
 * the characters all runs up to each lose; and where, in the flattened text, a space stands for
 * anything but one plain space of the text (an edit).
 */
interface SpaceRuns {
	count: number;
	ends: Int32Array;
	flatEnds: Int32Array;
	removed: Int32Array;
	edits: number;
	editAt: Int32Array;
}

/**
 * A quote where it stands in the text: its words' numbers in the index (from `first`, `count` of
 * them) and the anchor's word among them (`at`), so that a place whose words differ is passed
 * over without comparing characters. Many places share a pair of words ("12 people"); few share all.
 */
interface OwnWords {
	first: number;
	count: number;
	at: number;
}

/**
 * A second pair of a quote where it stands (the next rarest after the anchor's): its places,
 * members[from, to), and how many words after the anchor's word it begins in the quote.
 */
interface Check {
	members: Int32Array;
	from: number;
	to: number;
	shift: number;
}

/**
 * The places of one word or pair of a quote (the numbers of their first words, members[from, to)),
 * and where it begins in the quote. Made by `anchor()` only, so that every anchor has one shape:
 * the search reads one at every count, and each new shape it met made V8 compile it again.
 */
interface Anchor {
	members: Int32Array;
	from: number;
	to: number;
	/** Offset in the quote of the anchor's first word. */
	offset: number;
	own: OwnWords | null;
	check: Check | null;
}

function anchor(places: { members: Int32Array; from: number; to: number }, offset: number, own: OwnWords | null, check: Check | null): Anchor {
	return { members: places.members, from: places.from, to: places.to, offset, own, check };
}

/**
 * The limit of a full count (any limit this high or higher, Infinity included): more than a text
 * can hold words, and a small integer to V8, as the limits of 2 are. Infinity, a double, made V8
 * throw away the count's compiled code the first time it came, and compile it again.
 */
const UNLIMITED = 2 ** 30 - 1;
/** How many words' places are found by a search of the text before all words are grouped instead. */
const WORDS_SCANNED = 16;

function fmix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return h ^ (h >>> 16);
}

/* Words are hashed as quote-table.ts's hashOf does (FNV-1a over their code units), by scan as it reads them. */
const wordKey = (hash: number): number => fmix(hash);
const pairKey = (first: number, second: number): number => fmix(Math.imul(first, 0x9e3779b1) + fmix(second + 0x68e31da4));

/** A typed array twice as long with the same items first: appending then stays linear. */
function grown<T extends Int32Array | Uint16Array>(array: T): T {
	const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
	bigger.set(array);
	return bigger;
}

/** `ids` as four-byte numbers, for a group past 0xffff. */
function widened(ids: GroupIds): Int32Array {
	return ids instanceof Int32Array ? ids : Int32Array.from(ids);
}

/** End of the word (letters and digits, code points) that starts at `start`. */
function wordEnd(text: string, start: number): number {
	let end = start;
	for (let length = wordLengthAt(text, end); length > 0; length = wordLengthAt(text, end)) end += length;
	return end;
}

/**
 * The words of the article (runs of [\p{L}\p{N}] code points, as /[\p{L}\p{N}]+/gu finds them),
 * with their offsets in the text flattened (every run of white space made one space), the groups
 * of their pairs (each told apart by pairKey, given its group as it is read), and how the text
 * maps to the flattened text.
 * One pass, a character at a time: this reads every character of the article, so the arrays are
 * local variables, grown in place, first sized for English (a word every five or six characters),
 * and the commonest characters take the shortest way: ASCII letters and digits are read from the
 * table in a loop of their own, and a lone plain space, which the flattened text keeps as it is,
 * is passed over at once.
 */
function scan(text: string): { words: Words; runs: SpaceRuns } {
	const n = text.length;
	const capacity = (n >> 2) + 16;
	let starts = new Int32Array(capacity);
	const pairGroups = new Lookup();
	let pairs: GroupIds = new Uint16Array(capacity);
	let count = 0;
	let previousHash = 0;
	let runEnds = new Int32Array(256);
	let runFlatEnds = new Int32Array(256);
	let runRemoved = new Int32Array(256);
	let editAt = new Int32Array(256);
	let runs = 0;
	let edits = 0;
	/** Characters that runs of white space before `i` lose. */
	let lost = 0;
	for (let i = 0; i < n; ) {
		let code = text.charCodeAt(i);
		if (code < 0x80 ? ASCII_CLASSES[code]! & WORD : wordLengthAt(text, i) > 0) {
			// A word: its code units hashed as it is read.
			const start = i;
			let hash = FNV_OFFSET;
			for (;;) {
				if (code < 0x80) {
					if (!(ASCII_CLASSES[code]! & WORD)) break;
					hash = Math.imul(hash ^ code, FNV_PRIME);
					i += 1;
				} else {
					const length = wordLengthAt(text, i);
					if (length === 0) break;
					hash = Math.imul(hash ^ code, FNV_PRIME);
					if (length === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
					i += length;
				}
				if (i >= n) break;
				code = text.charCodeAt(i);
			}
			if (count === starts.length) {
				starts = grown(starts);
				pairs = grown(pairs);
			}
			starts[count] = start - lost;
			if (count > 0) {
				const group = pairGroups.add(pairKey(previousHash, hash));
				if (group > 0xffff && pairs instanceof Uint16Array) pairs = widened(pairs);
				pairs[count - 1] = group;
			}
			previousHash = hash;
			count += 1;
			continue;
		}
		// One plain space before anything but white space (past the end, charCodeAt is NaN: no class).
		if (code === 0x20 && !(classOf(text.charCodeAt(i + 1)) & SPACE)) {
			i += 1;
			continue;
		}
		if (!(classOf(code) & SPACE)) {
			i += 1;
			continue;
		}
		let end = i + 1;
		while (end < n && classOf(text.charCodeAt(end)) & SPACE) end++;
		if (end - i >= 2 || code !== 0x20) {
			if (edits === editAt.length) editAt = grown(editAt);
			editAt[edits++] = i - lost;
		}
		if (end - i >= 2) {
			if (runs === runEnds.length) {
				runEnds = grown(runEnds);
				runFlatEnds = grown(runFlatEnds);
				runRemoved = grown(runRemoved);
			}
			lost += end - i - 1;
			runEnds[runs] = end;
			runFlatEnds[runs] = end - lost;
			runRemoved[runs] = lost;
			runs += 1;
		}
		i = end;
	}
	return {
		words: { count, start: starts, pair: pairs, pairGroups },
		runs: { count: runs, ends: runEnds, flatEnds: runFlatEnds, removed: runRemoved, edits, editAt }
	};
}

/** The words of a quote on its own, as `scan` reads the article's. */
function wordsOf(quote: string): QuoteWords {
	const words: QuoteWords = { start: [], end: [], hash: [] };
	for (let i = 0; i < quote.length; ) {
		if (wordLengthAt(quote, i) === 0) {
			i += unitsAt(quote, i);
			continue;
		}
		const end = wordEnd(quote, i);
		words.start.push(i);
		words.end.push(end);
		words.hash.push(hashOf(quote, i, end));
		i = end;
	}
	return words;
}

/**
 * Index of the first item of sorted `array[from, to)` that is at least `value` (`to` when none),
 * galloping onwards from `from`: a search reads a pair's places in order, each a little further on.
 */
function seek(array: Int32Array, from: number, to: number, value: number): number {
	if (from >= to || array[from]! >= value) return from;
	// array[low] < value; the answer lies in (low, high].
	let [low, high] = [from, to];
	for (let step = 1; low + step < to; step *= 2) {
		if (array[low + step]! >= value) {
			high = low + step;
			break;
		}
		low += step;
	}
	for (low += 1; low < high; ) {
		const middle = (low + high) >>> 1;
		if (array[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Index of the first item of sorted `array[0, count)` that is at least `value`, searched from
 * `hint` outwards: the quotes of an article are asked about in order, each close to the last, and
 * a bisection of the whole array would wander through megabytes of it every time.
 */
function lowerBound(array: Int32Array, count: number, value: number, hint: number): number {
	// The answer lies in [low, high]; gallop from the hint to narrow that, then bisect.
	let [low, high] = [0, count];
	if (hint >= 0 && hint < count && array[hint]! < value) {
		low = hint + 1;
		for (let step = 1, probe = low; probe < count; step *= 2, probe = low + step - 1) {
			if (array[probe]! >= value) {
				high = probe;
				break;
			}
			low = probe + 1;
		}
	} else if (hint >= 0 && hint < count) {
		high = hint;
		for (let step = 1, probe = high - 1; probe >= 0; step *= 2, probe = high - step) {
			if (array[probe]! < value) {
				low = probe + 1;
				break;
			}
			high = probe;
		}
	}
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (array[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Open addressing from a 32-bit key to a group number, growing as keys come. */
class Lookup {
	private keys = new Int32Array(1024);
	/** Group number + 1; 0 marks a free slot. */
	private slots = new Int32Array(1024);
	size = 0;

	/** The group of `key`, or -1. */
	find(key: number): number {
		const mask = this.slots.length - 1;
		for (let i = key & mask; ; i = (i + 1) & mask) {
			const slot = this.slots[i]!;
			if (slot === 0) return -1;
			if (this.keys[i] === key) return slot - 1;
		}
	}

	/** The group of `key`, made when new. */
	add(key: number): number {
		const mask = this.slots.length - 1;
		let i = key & mask;
		for (; this.slots[i] !== 0; i = (i + 1) & mask) if (this.keys[i] === key) return this.slots[i]! - 1;
		this.keys[i] = key;
		this.slots[i] = ++this.size;
		if (this.size * 2 > this.slots.length) this.rehash();
		return this.size - 1;
	}

	private rehash(): void {
		const { keys, slots } = this;
		this.keys = new Int32Array(slots.length * 2);
		this.slots = new Int32Array(slots.length * 2);
		const mask = this.slots.length - 1;
		for (let j = 0; j < slots.length; j++) {
			if (slots[j] === 0) continue;
			let i = keys[j]! & mask;
			while (this.slots[i] !== 0) i = (i + 1) & mask;
			this.keys[i] = keys[j]!;
			this.slots[i] = slots[j]!;
		}
	}
}

/** The words (or pairs) of a text grouped by key: the words of group g, in text order, are members[from[g], from[g + 1]). */
class Groups {
	private readonly lookup: Lookup;
	/** Group of each word. */
	readonly of: GroupIds;
	readonly from: Int32Array;
	readonly members: Int32Array;

	/** From the groups (in `lookup`) of words 0 to count - 1. */
	constructor(lookup: Lookup, of: GroupIds, count: number) {
		this.lookup = lookup;
		this.of = of;
		// A counting sort of the words by group.
		const groups = this.lookup.size;
		this.from = new Int32Array(groups + 1);
		for (let k = 0; k < count; k++) this.from[this.of[k]! + 1]! += 1;
		for (let g = 0; g < groups; g++) this.from[g + 1]! += this.from[g]!;
		const next = this.from.slice(0, groups);
		this.members = new Int32Array(count);
		for (let k = 0; k < count; k++) this.members[next[this.of[k]!]!++] = k;
	}

	/** From the keys of words 0 to count - 1, which become their groups in place (the keys are not needed after). */
	static ofKeys(keys: Int32Array, count: number): Groups {
		const lookup = new Lookup();
		for (let k = 0; k < count; k++) keys[k] = lookup.add(keys[k]!);
		return new Groups(lookup, keys, count);
	}

	find(key: number): number {
		return this.lookup.find(key);
	}

	size(group: number): number {
		return this.from[group + 1]! - this.from[group]!;
	}
}

export class QuoteIndex {
	/**
	 * The article. Quotes are matched in it flattened, every run of white space made one plain
	 * space, so that matching is exact; offsets are of the flattened text, which is never made:
	 * a copy of a 20 MB article costs more than reading the few places with runs through `runs`.
	 */
	private readonly text: string;
	private readonly runs: SpaceRuns;
	private readonly words: Words;
	/** Each word with the next. */
	private readonly pairs: Groups;
	/**
	 * Each word alone: one-word quotes are few ("Half" of "Half of the families"), so the places of
	 * each word asked about are found by a search of the text, and all words are grouped only
	 * when many have been asked about, which keeps the cost linear.
	 */
	private wordGroups?: Groups;
	private readonly wordsAsked = new Map<string, Int32Array>();
	/**
	 * What is known of each quote asked about: its full count, when made, as -1 - count (a sentence
	 * repeated k times must not cost k * k comparisons); else where in the flattened text it was
	 * first asked about, when it cuts no word there.
	 */
	private readonly known: QuoteTable;
	/** Where the last lookups of a word and of a run of white space ended: the next quote is near. */
	private wordHint = 0;
	private runHint = 0;
	/** The same for offsets of the flattened text: of the quote (0), and of the places compared with it, in order (1). */
	private readonly flatRunHints = [0, 0];
	private readonly editHints = [0, 0];

	constructor(text: string) {
		this.text = text;
		this.known = new QuoteTable(text);
		({ words: this.words, runs: this.runs } = scan(text));
		this.pairs = new Groups(this.words.pairGroups, this.words.pair, Math.max(0, this.words.count - 1));
	}

	/**
	 * The places of `word` (the numbers of the words there), found for each word asked about by a
	 * search of the text, until so many are that grouping all words is cheaper (a group's places
	 * are a superset: they are compared with the quote anyway).
	 */
	private placesOfWord(word: string): { members: Int32Array; from: number; to: number } {
		const hash = hashOf(word, 0, word.length);
		if (!this.wordGroups && this.wordsAsked.size >= WORDS_SCANNED) {
			const { count, start } = this.words;
			const keys = new Int32Array(count);
			for (let k = 0; k < count; k++) {
				const at = this.fromFlat(start[k]!);
				keys[k] = wordKey(hashOf(this.text, at, wordEnd(this.text, at)));
			}
			this.wordGroups = Groups.ofKeys(keys, count);
		}
		if (this.wordGroups) {
			const group = this.wordGroups.find(wordKey(hash));
			const { from, members } = this.wordGroups;
			return group === -1 ? { members, from: 0, to: 0 } : { members, from: from[group]!, to: from[group + 1]! };
		}
		let members = this.wordsAsked.get(word);
		if (!members) this.wordsAsked.set(word, (members = this.findWord(word)));
		return { members, from: 0, to: members.length };
	}

	/**
	 * The numbers of the words that are `word`: one search of the text, fast and sequential, beats
	 * grouping a million words for one.
	 */
	private findWord(word: string): Int32Array {
		const { text } = this;
		const found: number[] = [];
		for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
			if (isWordBefore(text, at) || isWordAt(text, at + word.length)) continue;
			found.push(lowerBound(this.words.start, this.words.count, this.toFlat(at), found.at(-1) ?? 0));
		}
		return Int32Array.from(found);
	}

	/** Offset in the flattened text of text offset `offset`, which must not lie inside a run of white space. */
	private toFlat(offset: number): number {
		const { ends, removed, count } = this.runs;
		const runsBefore = (this.runHint = lowerBound(ends, count, offset + 1, this.runHint));
		return runsBefore === 0 ? offset : offset - removed[runsBefore - 1]!;
	}

	/** Offset in the text of offset `flat` of the flattened text (at a run's space, where the run begins). */
	private fromFlat(flat: number, hint = 0): number {
		const { flatEnds, removed, count } = this.runs;
		const runsBefore = (this.flatRunHints[hint] = lowerBound(flatEnds, count, flat + 1, this.flatRunHints[hint]!));
		return runsBefore === 0 ? flat : flat + removed[runsBefore - 1]!;
	}

	/** True when the flattened text has a space for something else than one plain space in [start, end). */
	private editedBetween(start: number, end: number, hint = 0): boolean {
		const { editAt, edits } = this.runs;
		const first = (this.editHints[hint] = lowerBound(editAt, edits, start, this.editHints[hint]!));
		return first < edits && editAt[first]! < end;
	}

	/** The flattened text from `start`, `length` characters of it, made from the text. */
	private flatSlice(start: number, length: number): string {
		const from = this.fromFlat(start, 1);
		if (!this.editedBetween(start, start + length, 1)) return this.text.slice(from, from + length);
		let flat = '';
		for (let at = from; flat.length < length && at < this.text.length; ) {
			if (classOf(this.text.charCodeAt(at)) & SPACE) {
				flat += ' ';
				while (at < this.text.length && classOf(this.text.charCodeAt(at)) & SPACE) at++;
			} else flat += this.text[at++];
		}
		return flat;
	}

	/** flattened.startsWith(needle, start), and the needle stands there whole: no word cut at either end. */
	private standsAt(needle: string, start: number): boolean {
		if (start < 0) return false;
		const from = this.fromFlat(start, 1);
		const end = this.editedBetween(start, start + needle.length, 1)
			? this.flatSlice(start, needle.length) === needle && this.fromFlat(start + needle.length, 1)
			: this.text.startsWith(needle, from) && from + needle.length;
		// Around the match stand the same characters as in the flattened text, or white space for its spaces.
		return end !== false && !cutsWord(this.text, from, end);
	}

	/** How many times `quote` occurs, counting no further than `limit` (2 answers "unique?"). */
	count(quote: string, limit = UNLIMITED): number {
		const needle = quote.replace(/\s+/gu, ' ').trim();
		const hash = hashOf(needle);
		const known = this.known.get(hash, needle, 0, 0);
		if (known !== undefined && known < 0) return Math.min(-1 - known, limit);
		return this.remember(hash, needle, 0, 0, limit, this.search(needle, this.anchorOf(needle), limit, -1));
	}

	/**
	 * `count(text.slice(start, end), limit)` for the text the index was made of, without reading
	 * the quote's words again: they are the index's own words between the two offsets.
	 */
	countAt(text: string, start: number, end: number, limit = UNLIMITED): number {
		// As trim() does, in place.
		while (start < end && classOf(text.charCodeAt(start)) & SPACE) start++;
		while (end > start && classOf(text.charCodeAt(end - 1)) & SPACE) end--;
		if (start === end) return 0;
		const flatStart = this.toFlat(start);
		const flatEnd = this.toFlat(end);
		// The quote flattened; null when that is text[start, end) of the index's own text, as it
		// mostly is: it is then looked up there, and made a string only when it is searched for.
		const edited = this.editedBetween(flatStart, flatEnd);
		const kept = edited ? text.slice(start, end).replace(/\s+/gu, ' ') : text === this.text ? null : text.slice(start, end);
		const hash = kept === null ? hashOf(text, start, end) : hashOf(kept);
		const known = this.known.get(hash, kept, start, end);
		if (known !== undefined && known < 0) return Math.min(-1 - known, limit);
		const needle = kept ?? text.slice(start, end);
		// Where the quote stands in the text it is one of its occurrences, and its words are the
		// index's words there, unless it cuts a word (or a surrogate pair) at an end.
		const cuts = splitsPair(text, start) || splitsPair(text, end) || cutsWord(text, start, end);
		if (cuts) return this.remember(hash, kept, start, end, limit, this.search(needle, this.anchorOf(needle), limit, -1));
		// Asked before where it stands elsewhere: it occurs at least twice, which a count that
		// stops at 2 needs no search to tell (the same words repeat in many texts, as in a scrape).
		if (known === undefined) this.known.set(hash, kept, start, end, flatStart);
		else if (known !== flatStart && limit <= 2) return limit;
		return this.remember(hash, kept, start, end, limit, this.search(needle, this.anchorBetween(flatStart, flatEnd), limit, flatStart));
	}

	/** Full counts are remembered, of the quote given as to QuoteTable. */
	private remember(hash: number, quote: string | null, start: number, end: number, limit: number, found: number): number {
		if (limit >= UNLIMITED) this.known.set(hash, quote, start, end, -1 - found);
		return found;
	}

	/**
	 * Counts the places where `needle` occurs, whole words at both ends. `itself` is the offset of
	 * an occurrence already known (the quote where it stands), or -1.
	 */
	private search(needle: string, anchor: Anchor | null, limit: number, itself: number): number {
		if (!anchor) return 0;
		const { words } = this;
		const { members, own, check } = anchor;
		/** Where the places of the check pair are read from: onwards, as the anchor's are. */
		let next = check === null ? 0 : check.from;
		let found = 0;
		for (let p = anchor.from; p < anchor.to; p++) {
			const k = members[p]!;
			// The quote where it stands is the one place whose words need no reading.
			if (own === null || k !== own.at) {
				if (check !== null) {
					// A place where the quote occurs has the check pair `shift` words on (sameWordsAt
					// would tell the same, reading the index at random): both lists of places are in
					// text order, so this reads them side by side. None left: no place further on can.
					next = seek(check.members, next, check.to, k + check.shift);
					if (next === check.to) break;
					if (check.members[next] !== k + check.shift) continue;
				}
				if (own !== null && !this.sameWordsAt(own, k)) continue;
				const start = words.start[k]! - anchor.offset;
				if (start !== itself && !this.standsAt(needle, start)) continue;
			}
			found += 1;
			if (found >= limit) break;
		}
		return found;
	}

	/**
	 * True when the words around word `k` may be the quote's own: equally spaced and, pair by pair,
	 * of the same group, with `k` as its anchor word.
	 */
	private sameWordsAt(own: OwnWords, k: number): boolean {
		const { start } = this.words;
		const pairs = this.pairs.of;
		const first = k - (own.at - own.first);
		if (first < 0 || first + own.count > this.words.count) return false;
		// The pairs next to the anchor first: they lie beside it in memory, and most places differ there.
		const last = own.count - 2;
		const at = own.at - own.first;
		if (at < last && pairs[k + 1] !== pairs[own.at + 1]) return false;
		if (at > 0 && pairs[k - 1] !== pairs[own.at - 1]) return false;
		for (let t = 0; t < own.count; t++) {
			if (t <= last && pairs[first + t] !== pairs[own.first + t]) return false;
			if (start[first + t]! - start[first]! !== start[own.first + t]! - start[own.first]!) return false;
		}
		return true;
	}

	/**
	 * The rarest pair of the index's words in flat[start, end) (its word when it holds one), and
	 * where it begins; with the next rarest pair as its check, when the quote has another.
	 */
	private anchorBetween(start: number, end: number): Anchor | null {
		const { words, pairs } = this;
		// The words that start inside the quote; the last may run past its end.
		const first = (this.wordHint = lowerBound(words.start, words.count, start, this.wordHint));
		let last = lowerBound(words.start, words.count, end, first);
		if (last > first && this.flatWordEnd(words.start[last - 1]!) > end) last--;
		if (last === first) return null;
		const own: OwnWords = { first, count: last - first, at: first };
		if (last - first === 1) {
			const at = this.fromFlat(words.start[first]!);
			const word = this.text.slice(at, wordEnd(this.text, at));
			return anchor(this.placesOfWord(word), words.start[first]! - start, own, null);
		}
		// The pairs are those of words first to last - 2 with the word after each.
		let second = -1;
		for (let k = first + 1; k + 1 < last; k++) {
			const size = pairs.size(pairs.of[k]!);
			if (size < pairs.size(pairs.of[own.at]!)) [second, own.at] = [own.at, k];
			else if (second === -1 || size < pairs.size(pairs.of[second]!)) second = k;
		}
		const check = second === -1 ? null : this.check(pairs.of[second]!, second - own.at);
		return anchor(this.pairPlaces(pairs.of[own.at]!), words.start[own.at]! - start, own, check);
	}

	/** The check of a pair group `shift` words after the anchor's word (no object spread: it is slow). */
	private check(group: number, shift: number): Check {
		return { members: this.pairs.members, from: this.pairs.from[group]!, to: this.pairs.from[group + 1]!, shift };
	}

	/** The places of pair group `group`, as an anchor's. */
	private pairPlaces(group: number): { members: Int32Array; from: number; to: number } {
		return { members: this.pairs.members, from: this.pairs.from[group]!, to: this.pairs.from[group + 1]! };
	}

	/**
	 * The rarest pair of the words of `needle` read on its own (its word when it has one), or
	 * null when it has no word or a word the text does not have: it cannot occur then.
	 */
	private anchorOf(needle: string): Anchor | null {
		const words = wordsOf(needle);
		const count = words.start.length;
		if (count === 0) return null;
		for (let k = 0; k < count; k++) {
			if (!this.hasWord(needle.slice(words.start[k]!, words.end[k]!))) return null;
		}
		if (count === 1) return anchor(this.placesOfWord(needle.slice(words.start[0]!, words.end[0]!)), words.start[0]!, null, null);
		let best = -1;
		let offset = 0;
		for (let k = 0; k + 1 < count; k++) {
			const group = this.pairs.find(pairKey(words.hash[k]!, words.hash[k + 1]!));
			// A pair the text never has: the quote cannot occur.
			if (group === -1) return null;
			if (best === -1 || this.pairs.size(group) < this.pairs.size(best)) [best, offset] = [group, words.start[k]!];
		}
		return anchor(this.pairPlaces(best), offset, null, null);
	}

	/** End, in the flattened text, of the word that starts at `start` there. */
	private flatWordEnd(start: number): number {
		const at = this.fromFlat(start);
		return start + wordEnd(this.text, at) - at;
	}

	/** True when `word`, a whole word of a quote, is a whole word somewhere in the text. */
	private hasWord(word: string): boolean {
		const { members, from, to } = this.placesOfWord(word);
		for (let p = from; p < to; p++) {
			const at = this.words.start[members[p]!]!;
			// Members are starts of words (and words hold no white space); the word there must also
			// end where this one does.
			const from = this.fromFlat(at, 1);
			if (this.text.startsWith(word, from) && !isWordAt(this.text, from + word.length)) return true;
		}
		return false;
	}
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, index: number): boolean {
	return isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
}

/** As provenance/anchor.ts's cutsWord, with the character table: true when text[start, end) cuts a word at either end. */
export function cutsWord(text: string, start: number, end: number): boolean {
	return (isWordBefore(text, start) && isWordAt(text, start)) || (isWordBefore(text, end) && isWordAt(text, end));
}
