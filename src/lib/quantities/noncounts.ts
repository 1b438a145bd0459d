import { endOfMatch, isWordChar, startOfMatchBefore } from './text';
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
const NAME_BEFORE =
	/(?:(?:[Rr]esolutions?|[Aa]rticles?|[Cc]hapter|[Ss]ection|[Pp]aragraph|[Dd]ecree|[Cc]lause|[Nn]o\.|[Nn]umber|#)\s*|(?:Route|Highway|Road|Street|Flight|Gate|Camp|Block|Sector|Zone|Phase|Platform|Terminal|Building|Brigade|Division|Battalion|Regiment|Squadron|Channel|Boeing|Airbus|Law)\s+)$/u;

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

/** "2020", "1999": four plain digits in the years range. "2,020" and "2020 million" are counts. */
export function isYearLike(n: NumeralReading): boolean {
	return (
		n.form === 'digits' &&
		n.kind === 'count' &&
		n.scale === 1 &&
		/^\d{4}$/u.test(n.written) &&
		n.value >= FIRST_YEAR &&
		n.value <= LAST_YEAR
	);
}

function couldBeDayOfMonth(n: NumeralReading): boolean {
	return (
		n.form === 'digits' &&
		n.kind === 'count' &&
		n.scale === 1 &&
		/^\d{1,2}$/u.test(n.written) &&
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
	return /[/:.,]/u.test(before) && /\p{N}/u.test(text[at - 2] ?? '');
}

function isPartOfName(text: string, first: NumeralReading): boolean {
	return first.form === 'digits' && startOfMatchBefore(NAME_BEFORE, text, first.start) !== null;
}

function isDate(text: string, first: NumeralReading, last: NumeralReading): boolean {
	const monthBefore = couldBeDayOfMonth(first) && startOfMatchBefore(MONTH_BEFORE, text, first.start) !== null;
	const monthAfter = couldBeDayOfMonth(last) && endOfMatch(MONTH_AFTER, text, last.end) !== null;
	return monthBefore || monthAfter;
}

function isTimeOrDuration(text: string, last: NumeralReading): boolean {
	return [DURATION_AFTER, TIME_AFTER, JOINED_DIGITS_AFTER, COMPOUND_AFTER].some(
		(re) => endOfMatch(re, text, last.end) !== null
	);
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
		isWordOrdinal(text, last)
	);
}
