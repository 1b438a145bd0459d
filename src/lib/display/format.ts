/**
 * How figures are written on the page: short forms for big numbers and marks (≥ 5.5M, ≈ 700k),
 * long forms in words for captions and screen readers (at least 5.5 million). The qualifier is
 * always part of the number: a figure is never shown bare.
 */
import { format } from 'd3-format';
import type { Qualifier } from '../quantities';

interface Stated {
	value: number;
	upper: number | null;
	qualifier: Qualifier;
	unit: 'people' | 'share' | 'percent';
}

export const QUALIFIER_SYMBOL: Record<Qualifier, string> = {
	exact: '',
	approx: '≈',
	at_least: '≥',
	more_than: '>',
	at_most: '≤',
	less_than: '<',
	nearly: 'nearly',
	range: ''
};

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
	exact: '',
	approx: 'around',
	at_least: 'at least',
	more_than: 'more than',
	at_most: 'up to',
	less_than: 'fewer than',
	nearly: 'nearly',
	range: 'between'
};

const SHARE_WORDS: [number, string][] = [
	[1 / 2, 'half'],
	[1 / 3, 'a third'],
	[2 / 3, 'two-thirds'],
	[1 / 4, 'a quarter'],
	[3 / 4, 'three quarters']
];

const siShort = format('.3~s');
const withCommas = format(',');
const percent = format('.0%');

/**
 * 5500000 → "5.5M", 700000 → "700k", 8000 → "8,000"; billions as "B", not SI's "G". A number
 * that three digits cannot hold keeps all of them (5,555,000): a short form must not round.
 */
export function shortCount(value: number): string {
	const fitsThreeDigits = Number(value.toPrecision(3)) === value;
	return value < 100_000 || !fitsThreeDigits ? withCommas(value) : siShort(value).replace('G', 'B');
}

const integerWithCommas = format(',d');

/**
 * 6615249 → "6,615,249": a count to the person, as an official table states it, however large
 * (d3's "," alone turns 10^12 into "1e+12"); 11110.5 → "11,110.5".
 */
export function fullCount(value: number): string {
	return Number.isInteger(value) ? integerWithCommas(value) : withCommas(value);
}

/** 0.1 → "10%". */
export function percentOf(fraction: number): string {
	return format('~%')(fraction);
}

/** 5500000 → "5.5 million", 700000 → "700,000". */
export function countInWords(value: number): string {
	for (const [scale, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
		if (value >= scale) return `${format('~')(value / scale)} ${word}`;
	}
	return withCommas(value);
}

function shareInWords(value: number): string {
	const known = SHARE_WORDS.find(([share]) => Math.abs(share - value) < 0.0005);
	return known ? known[1] : percent(value);
}

function join(...parts: string[]): string {
	return parts.filter(Boolean).join(' ');
}

const SHORT: Record<Stated['unit'], (value: number) => string> = {
	people: shortCount,
	share: shareInWords,
	percent: (value) => `${format('~')(value)}%`
};

const IN_WORDS: Record<Stated['unit'], (value: number) => string> = {
	people: countInWords,
	share: shareInWords,
	percent: (value) => `${format('~')(value)} percent`
};

/** The number as a big figure or a mark label: "≥ 5.5M", "8,000–10,000", "half". */
export function shortFigure(f: Stated): string {
	const short = SHORT[f.unit];
	if (f.upper !== null) return `${short(f.value)}–${short(f.upper)}`;
	return join(QUALIFIER_SYMBOL[f.qualifier], short(f.value));
}

/** The number in words: "at least 5.5 million", "between 8,000 and 10,000", "half". */
export function figureInWords(f: Stated): string {
	const inWords = IN_WORDS[f.unit];
	if (f.upper !== null) return `between ${inWords(f.value)} and ${inWords(f.upper)}`;
	return join(QUALIFIER_WORDS[f.qualifier], inWords(f.value));
}

/** "At least" and "more than" leave the top open: the marks draw an open end. */
export function isOpenEnded(qualifier: Qualifier): boolean {
	return qualifier === 'at_least' || qualifier === 'more_than';
}

/**
 * Made once: toLocaleDateString makes a formatter on every call (0.3 ms), and a page that lists
 * every article of a collection of 1,000 called it a thousand times, on each of its 1,000 pages.
 */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2020-02-11 → "11 February 2020", without time-zone surprises. */
export function longDate(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	// What toLocaleDateString says of a date that is not one; format() would throw.
	return Number.isNaN(date.getTime()) ? 'Invalid Date' : LONG_DATE.format(date);
}

/** ["UN", "a war monitor", "X"] → "UN, a war monitor and X". */
export function listInWords(items: readonly string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** 420 → "420 bytes", 4301 → "4.2 KB": the size of a download, as its list shows it. */
export function fileSize(bytes: number): string {
	return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
