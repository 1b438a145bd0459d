import { classOf, NUMBER, SPACE } from './chars';
import { codeAfterSpace, endOfMatch, isWordChar, lowerAscii, spaceEnd, startOfMatchBefore } from './text';
import type { NumeralReading } from './types';
import { anyOf, MONTHS, ORDINALS, TIME_UNITS } from './vocabulary';

/**
 * Numbers that are not quantities: years, dates, times, durations and ordinals.
 * Ordinals in digits ("3rd") and attached times ("10am") never get this far: the digit
 * reader refuses numbers with letters run on. Word ordinals ("first", "fifth") are not
 * number words: words.ts never reads them.
 */

/** No "i" flag where it is used: "may 5" / "march 12" in lower case are verbs more often than dates. */
const MONTH = anyOf(MONTHS.flatMap((month) => [month.name, ...month.abbreviations]));

/** "11 February", "11 of February" */
const MONTH_AFTER = new RegExp(`\\s+(?:of\\s+)?${MONTH}\\.?(?![\\p{L}])`, 'uy');
/** "February 11", "Feb. 11", "February the 11" */
const MONTH_BEFORE = new RegExp(`${MONTH}\\.?\\s+(?:the\\s+)?$`, 'u');

/** "nine years", "2 min read", "nine-year war", "10 days", "six decades", "12-hour". */
const DURATION_AFTER = new RegExp(
	`(?:\\s+|\\s*[-–]\\s*)${anyOf(TIME_UNITS.flatMap((t) => [t.singular, t.plural, ...t.abbreviations]))}(?![\\p{L}])`,
	'iuy'
);

/** "a 2,000-page report", "a 10-point plan": the number is part of a compound adjective. */
const COMPOUND_AFTER = /[-–]\p{L}/uy;

/** "3 pm", "10 a.m.", "five o'clock" */
const TIME_AFTER = /\s*[ap]\.?m\.?(?![\p{L}\p{N}])|\s+o['’]clock/iuy;

/** "10:30", "11/02/2020", "24/7": digits glued to more digits by a colon or slash. */
const JOINED_DIGITS_AFTER = /[:/]\d/uy;

/** "twenty-first", "twenty first": a tens word that starts an ordinal; only first to ninth follow one. */
const ORDINAL_AFTER = new RegExp(
	`(?:\\s+|-)${anyOf(Object.entries(ORDINALS).filter(([, n]) => n < 10).map(([word]) => word))}(?![\\p{L}])`,
	'iuy'
);

/**
 * "Resolution 2254", "Article 51", "Law No. 10", "Route 66", "Flight 17": a number that is part
 * of a name. Legal words are matched in any case ("article 51 of the Charter"); places and
 * vehicles only capitalised, since "the road 12 people took" is a count.
 */
const LEGAL_WORDS = [
	...['resolution', 'resolutions', 'article', 'articles', 'chapter', 'section', 'paragraph', 'decree', 'clause', 'number'],
	// The numbers of documents, in any case: "Flash update 2", "Situation report 17". "report" and
	// "issue" alone are verbs as often ("officials report 12 deaths"): capitalised only, below.
	...['update', 'situation report', 'sitrep', 'bulletin', 'annex', 'edition', 'volume', 'vol']
];
const NAMED_THINGS = [
	...['Route', 'Highway', 'Road', 'Street', 'Flight', 'Gate', 'Camp', 'Block', 'Sector', 'Zone', 'Phase', 'Platform', 'Terminal'],
	...['Building', 'Brigade', 'Division', 'Battalion', 'Regiment', 'Squadron', 'Channel', 'Boeing', 'Airbus', 'Law'],
	// Documents and their parts, capitalised only: "the table 12 families shared" is a count.
	...['Report', 'Issue', 'Table', 'Figure', 'Map', 'Round', 'Part', 'Page', 'Box', 'Item', 'Version', 'Session', 'Week']
];
/** "article" as [Aa]rticle. */
const eitherCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1).replaceAll(' ', '\\s+')}`;
const NAME_BEFORE = new RegExp(
	`(?:(?:${[...LEGAL_WORDS.map(eitherCase), '[Nn]o\\.', '#'].join('|')})\\s*|(?:${NAMED_THINGS.join('|')})\\s+)$`,
	'u'
);

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

/** /^\d{min,max}$/u.test(written), without a regex for every number read. */
function isPlainDigits(written: string, min: number, max: number): boolean {
	if (written.length < min || written.length > max) return false;
	for (let i = 0; i < written.length; i++) if (!isAsciiDigit(written.charCodeAt(i))) return false;
	return true;
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** "2020", "1999": four plain digits in the years range. "2,020" and "2020 million" are counts. */
export function isYearLike(n: NumeralReading): boolean {
	return (
		n.form === 'digits' &&
		n.kind === 'count' &&
		n.scale === 1 &&
		isPlainDigits(n.written, 4, 4) &&
		n.value >= FIRST_YEAR &&
		n.value <= LAST_YEAR
	);
}

function couldBeDayOfMonth(n: NumeralReading): boolean {
	return (
		n.form === 'digits' &&
		n.kind === 'count' &&
		n.scale === 1 &&
		isPlainDigits(n.written, 1, 2) &&
		n.value >= 1 &&
		n.value <= 31
	);
}

/**
 * True when a number starting at `at` is the tail of something else and must not be read:
 * "COVID-19" (letters then hyphen), "10:30" / "2020-02-11" / "3.2.1" (digits then a joiner).
 */
export function startsInsideToken(text: string, at: number): boolean {
	const before = text[at - 1];
	if (before === undefined || !isWordChar(text, at - 2)) return false;
	if (before === '-' || before === '–') return true;
	// One of / : . , after a digit (\p{N} of that one code unit).
	const joiner = before.charCodeAt(0);
	const joins = joiner === 0x2f || joiner === 0x3a || joiner === 0x2e || joiner === 0x2c;
	if (joins && at >= 2 && (classOf(text.charCodeAt(at - 2)) & NUMBER) !== 0) return true;
	// A UN document symbol: "A/71/L.1", "S/RES/2254", "E/CN.4/1998/53", "GA/12345". A number after a
	// slash that follows letters is one of its parts, and so is one after a full stop that follows
	// the letters of a part ("L.1", "CN.4"); "No.5" is a name's number either way.
	if (joiner === 0x2f) return true;
	return joiner === 0x2e && isSymbolPart(text, at - 1);
}

/** Most letters a part of a document symbol has before its full stop ("CN" of "E/CN.4"). */
const SYMBOL_PART = 8;

/** True when the letters that end at `end` follow a slash: "L" of "A/71/L.1", "CN" of "E/CN.4". */
function isSymbolPart(text: string, end: number): boolean {
	let from = end;
	while (from > 0 && end - from < SYMBOL_PART && isAsciiLetter(text.charCodeAt(from - 1))) from--;
	return from < end && text.charCodeAt(from - 1) === 0x2f;
}

/**
 * True when a number written with plain spaces between its groups ("15 200") must be read as its
 * first group alone, because that group belongs to what stands before it: a month ("March 15 200
 * people fled" is a date and a count) or a name ("Phase 3 500 families", "Table 2 706 households").
 */
export function refusesSpacedGroups(text: string, at: number): boolean {
	return (
		(mayFollowMonth(text, at) && startOfMatchBefore(MONTH_BEFORE, text, at) !== null) ||
		followsName(text, at)
	);
}

/** The words NAME_BEFORE and MONTH_BEFORE end in, in lower case: only where one stands can they match. */
const NAME_WORDS = new Set([...LEGAL_WORDS, ...NAMED_THINGS].map((phrase) => phrase.split(' ').at(-1)!.toLowerCase()));
const MONTH_WORDS = new Set(MONTHS.flatMap((month) => [month.name, ...month.abbreviations]));

/**
 * The ASCII letters that end right before `end`, past white space (at least one when `space`) and
 * a full stop (when `stop`), or null when the character before them is not ASCII (a word of
 * another script, which the patterns' ASCII words cannot end).
 */
function asciiWordBefore(text: string, end: number, space: boolean, stop: boolean): string | null {
	let at = end;
	while (at > 0 && classOf(text.charCodeAt(at - 1)) & SPACE) at--;
	if (space && at === end) return '';
	if (stop && text.charCodeAt(at - 1) === 0x2e) at--;
	let from = at;
	while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
	return from > 0 && text.charCodeAt(from - 1) >= 0x80 ? null : text.slice(from, at);
}

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * NAME_BEFORE can only match after one of its words, or after "#" or "No." (a full stop): a cheap
 * test first, since every number written in digits asks. Its words are matched in their case, so
 * a word of ASCII letters is all there is to compare.
 */
function mayFollowName(text: string, start: number): boolean {
	let at = start;
	while (at > 0 && classOf(text.charCodeAt(at - 1)) & SPACE) at--;
	const before = text.charCodeAt(at - 1);
	if (before === 0x23 || before === 0x2e) return true; // # .
	const word = asciiWordBefore(text, start, false, false);
	return word === null || NAME_WORDS.has(word.toLowerCase());
}

/** MONTH_BEFORE can only match after a month ("May 5", "Feb. 11") or "the" ("February the 11"). */
function mayFollowMonth(text: string, start: number): boolean {
	const word = asciiWordBefore(text, start, true, true);
	return word === null || word === 'the' || MONTH_WORDS.has(word);
}

function isPartOfName(text: string, first: NumeralReading): boolean {
	return first.form === 'digits' && followsName(text, first.start);
}

/**
 * True when the number at `at` follows a word that names it ("Resolution", "Issue", "No."). For
 * the extractor, which reads a sentence alone: Unicode's sentence rules cut "Situation Report No.
 * 17 | 3 March" after "No.", and the 17 that begins the next sentence is still the report's number.
 */
export function followsName(text: string, at: number): boolean {
	return mayFollowName(text, at) && startOfMatchBefore(NAME_BEFORE, text, at) !== null;
}

function isDate(text: string, first: NumeralReading, last: NumeralReading): boolean {
	const monthBefore =
		couldBeDayOfMonth(first) && mayFollowMonth(text, first.start) && startOfMatchBefore(MONTH_BEFORE, text, first.start) !== null;
	const monthAfter =
		couldBeDayOfMonth(last) && MONTH_AFTER_INITIALS.has(codeAfterSpace(text, last.end)) && endOfMatch(MONTH_AFTER, text, last.end) !== null;
	return monthBefore || monthAfter;
}

/*
 * The patterns after a number are tried only where their first character, past white space, can
 * begin them (see codeAfterSpace): every number written in digits asks, and most are followed by
 * something else.
 */

/** What MONTH_AFTER can begin with past its white space: a month, or "of", in its case (no `i` flag). */
const MONTH_AFTER_INITIALS = new Set([...MONTH_WORDS, 'of'].map((word) => word.charCodeAt(0)));
/** What DURATION_AFTER's units begin with, in lower case. */
const UNIT_INITIALS = new Set(TIME_UNITS.flatMap((t) => [t.singular, t.plural, ...t.abbreviations]).map((word) => word.charCodeAt(0)));

/** DURATION_AFTER has its unit past white space, or past a dash with white space around it. */
function mayBeDuration(text: string, at: number): boolean {
	let unit = spaceEnd(text, at);
	const dash = text.charCodeAt(unit);
	if (dash === 0x2d || dash === 0x2013) unit = spaceEnd(text, unit + 1);
	// A character outside ASCII may fold to a unit's first letter (the long s to "s").
	const next = text.charCodeAt(unit);
	return next >= 0x80 || UNIT_INITIALS.has(lowerAscii(next));
}

function isTimeOrDuration(text: string, last: NumeralReading): boolean {
	const at = last.end;
	const first = text.charCodeAt(at);
	// TIME_AFTER begins, past white space, with "a", "p" or "o".
	const next = lowerAscii(codeAfterSpace(text, at));
	const time = next === 0x61 || next === 0x70 || next === 0x6f;
	return (
		(mayBeDuration(text, at) && endOfMatch(DURATION_AFTER, text, at) !== null) ||
		(time && endOfMatch(TIME_AFTER, text, at) !== null) ||
		((first === 0x3a || first === 0x2f) && endOfMatch(JOINED_DIGITS_AFTER, text, at) !== null) || // : /
		((first === 0x2d || first === 0x2013) && endOfMatch(COMPOUND_AFTER, text, at) !== null) // - –
	);
}

/**
 * "five times", "four or five times", "10 times as many": how often, or how many times as much, not
 * how many. The second number of "four or five" is read too: the first is dropped with it.
 */
const TIMES_AFTER = /(?:\s*(?:or|to|-|–)\s*[\p{L}\p{N}]+)?\s+times(?![\p{L}])/iuy;

function isMultiplier(text: string, last: NumeralReading): boolean {
	// TIMES_AFTER goes on, past white space, with "o", "t" or a dash: most numbers are followed by none.
	const next = lowerAscii(codeAfterSpace(text, last.end));
	return (next === 0x6f || next === 0x74 || next === 0x2d || next === 0x2013) && endOfMatch(TIMES_AFTER, text, last.end) !== null;
}

/**
 * A telephone number: "+41 22 717 9111" from its "+", or the digits after "Tel:", "Phone",
 * "Fax", "Mobile" ("Tel: 022 717 9111"). The end of all of it, to skip, or null. "+5%" is no
 * telephone number: after the country code there must be two groups more, parted by a space, dot
 * or hyphen, and not all of three digits ("+12 000 000 people" is a signed count).
 */
const PHONE = /\+\d{1,3}(?:[ .\-]\(?\d{1,4}\)?|\(\d{1,4}\)){2,6}(?![\p{N}])/uy;
const PHONE_AFTER_WORD = /(?:[ .\-]*\(?\d{1,4}\)?)+/uy;
const PHONE_WORDS = new Set(['tel', 'telephone', 'phone', 'fax', 'mobile', 'mob', 'cell', 'whatsapp']);
/** A "+" and groups of three digits: a signed count, "+12 000 000". */
const SIGNED_GROUPS = /^\+\d+(?:[ .\-]\d{3})+$/u;
/** The last letters of PHONE_WORDS, in lower case: a word that ends otherwise is none of them, told without a string. */
const PHONE_WORD_ENDS = new Set([...PHONE_WORDS].map((word) => word.charCodeAt(word.length - 1)));

export function phoneEnd(text: string, at: number): number | null {
	if (text.charCodeAt(at - 1) === 0x2b) {
		// +
		const end = endOfMatch(PHONE, text, at - 1);
		return end !== null && !SIGNED_GROUPS.test(text.slice(at - 1, end)) ? end : null;
	}
	// Every number asks: the word before it, past white space, ":" and ".", is looked at by its
	// last letter first.
	let before = at;
	while (before > 0 && (classOf(text.charCodeAt(before - 1)) & SPACE || text.charCodeAt(before - 1) === 0x3a || text.charCodeAt(before - 1) === 0x2e)) before--;
	if (before === at || !PHONE_WORD_ENDS.has(lowerAscii(text.charCodeAt(before - 1)))) return null;
	const word = asciiWordBefore(text, before, false, false);
	return word !== null && PHONE_WORDS.has(word.toLowerCase()) ? endOfMatch(PHONE_AFTER_WORD, text, at) : null;
}

function isWordOrdinal(text: string, last: NumeralReading): boolean {
	return last.form === 'words' && endOfMatch(ORDINAL_AFTER, text, last.end) !== null;
}

/**
 * True when the number (or range from `first` to `last`) is a year, date, time, duration,
 * ordinal or part of a name rather than a quantity. For a single number, pass it as both `first` and `last`.
 */
export function isNonCount(text: string, first: NumeralReading, last: NumeralReading): boolean {
	// A range is of years only when both ends are: "between 2000 and 3000 fighters" is a count.
	return (
		(isYearLike(first) && isYearLike(last)) ||
		isDate(text, first, last) ||
		isTimeOrDuration(text, last) ||
		isPartOfName(text, first) ||
		isWordOrdinal(text, last) ||
		isMultiplier(text, last) ||
		hasLeadingZero(first) ||
		hasLeadingZero(last) ||
		isFootnoteMarker(text, first, last) ||
		isPageCount(text, first)
	);
}

/**
 * "Issue 03", "No. 007", "Round 05": a zero before other digits numbers something, it counts
 * nothing. "0.5" and "0" are counts.
 */
function hasLeadingZero(n: NumeralReading): boolean {
	return n.form === 'digits' && n.written.length > 1 && n.written.charCodeAt(0) === 0x30 && isAsciiDigit(n.written.charCodeAt(1));
}

/**
 * A footnote or citation marker: "[1]", "[23]", "[note 4]", "[n 2]", as Wikipedia and reports
 * write them after a sentence or a number ("3,576,370[7]"). A footnote marker is never a quantity.
 * Unicode's sentence rules count "[" among the closing marks of a sentence, so "population.[1] The"
 * is cut after the "[": a number that begins the text and is closed by "]" is a marker too.
 */
function isFootnoteMarker(text: string, first: NumeralReading, last: NumeralReading): boolean {
	if (first !== last || first.form !== 'digits' || first.scale !== 1 || text.charCodeAt(first.end) !== 0x5d) return false; // ]
	if (first.start === 0 || text.charCodeAt(first.start - 1) === 0x5b) return true; // [
	const word = asciiWordBefore(text, first.start, true, false);
	if (word !== 'note' && word !== 'n' && word !== 'nb') return false;
	return text.charCodeAt(spaceStart(text, first.start) - word.length - 1) === 0x5b;
}

/** The start of the white space that ends at `end` (`end` when there is none). */
function spaceStart(text: string, end: number): number {
	while (end > 0 && classOf(text.charCodeAt(end - 1)) & SPACE) end--;
	return end;
}

/** "Page 2 of 6": the 6 is how many pages there are. */
const PAGE_COUNT_BEFORE = /[Pp]age\s+\d+\s+of\s+$/u;

function isPageCount(text: string, first: NumeralReading): boolean {
	return first.form === 'digits' && asciiWordBefore(text, first.start, true, false) === 'of' && startOfMatchBefore(PAGE_COUNT_BEFORE, text, first.start) !== null;
}
