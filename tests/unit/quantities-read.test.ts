import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
	QUALIFIERS,
	readQuantities,
	type Qualifier,
	type Quantity,
	type QuantityKind
} from '../../src/lib/quantities';

/** Everything but the offsets; offsets are asserted separately where they matter. */
type Reading = Pick<Quantity, 'value' | 'upper' | 'qualifier' | 'kind' | 'text'>;

function read(input: string): Reading[] {
	return readQuantities(input).map(({ value, upper, qualifier, kind, text }) => ({
		value,
		upper,
		qualifier,
		kind,
		text
	}));
}

function single(kind: QuantityKind) {
	return (value: number, text: string, qualifier: Qualifier = 'exact'): Reading => ({
		value,
		upper: null,
		qualifier,
		kind,
		text
	});
}
const count = single('count');
const percent = single('percent');
const share = single('share');
function range(value: number, upper: number, text: string, kind: QuantityKind = 'count'): Reading {
	return { value, upper, qualifier: 'range', kind, text };
}

type Case = readonly [input: string, expected: readonly Reading[]];

const NBSP = '\u00a0';
const ARTICLE = readFileSync(new URL('../../data/articles/newarab-2020-02-11.txt', import.meta.url), 'utf8');

describe('QUALIFIERS', () => {
	it('lists the closed qualifier vocabulary in order', () => {
		expect(QUALIFIERS).toEqual([
			'exact',
			'approx',
			'at_least',
			'more_than',
			'at_most',
			'less_than',
			'nearly',
			'range'
		]);
	});
});

describe('readQuantities on the source article (newarab-2020-02-11)', () => {
	const sentences: ReadonlyArray<readonly [name: string, sentence: string, expected: readonly Reading[]]> = [
		[
			'refugees and internally displaced',
			'with at least 5.5 million people fleeing the country and more than 6 million more displaced inside Syria.',
			[
				count(5_500_000, 'at least 5.5 million', 'at_least'),
				count(6_000_000, 'more than 6 million', 'more_than')
			]
		],
		[
			'the full refugees sentence',
			'According to UN figures, the Syrian conflict has caused the greatest displacement crisis in the world, with at least 5.5 million people fleeing the country and more than 6 million more displaced inside Syria.',
			[
				count(5_500_000, 'at least 5.5 million', 'at_least'),
				count(6_000_000, 'more than 6 million', 'more_than')
			]
		],
		[
			'the Idlib offensive (non-breaking spaces around words)',
			`A surge of${NBSP}internal displacement${NBSP}has seen around 700,000${NBSP}Syrians${NBSP}flee a regime offensive in nearby Idlib, the UN said on Tuesday,`,
			[count(700_000, 'around 700,000', 'approx')]
		],
		[
			'the militia fighters range',
			'The group, which number between 8,000-10,000 fighters,',
			[range(8000, 10_000, 'between 8,000-10,000')]
		],
		[
			'civilians killed',
			'Suspected regime airstrikes on Idlib killed at least 12 civilians on Tuesday, a war monitor said.',
			[count(12, 'at least 12', 'at_least')]
		],
		[
			'the share of minors',
			'Half of those killed in the strikes were minors, the Britain-based Syrian Observatory for Human Rights said.',
			[share(0.5, 'Half')]
		],
		['the reading time', '2 min read', []],
		['the dateline', '11 February, 2020', []],
		['a month with no number', 'in a US drone strike last month.', []],
		[
			'"around" with no number after it',
			'Regime forces also bombed Turkish military points around the Qaminas village in Idlib, causing casualties.',
			[]
		],
		[
			'the video caption',
			"A video circulating on social media shows an Iran-backed paramilitary fighter scrawling the slain general's name on a missile allegedly bound for Aleppo.",
			[]
		]
	];

	it.each(sentences)('sentence used in the table is verbatim in the article: %s', (_name, sentence) => {
		expect(ARTICLE.includes(sentence)).toBe(true);
	});

	it.each(sentences)('readQuantities reads %s', (_name, sentence, expected) => {
		expect(read(sentence)).toEqual(expected);
	});

	it('readQuantities reads exactly the six quantities of the whole article, in order', () => {
		expect(read(ARTICLE)).toEqual([
			range(8000, 10_000, 'between 8,000-10,000'),
			count(700_000, 'around 700,000', 'approx'),
			count(12, 'at least 12', 'at_least'),
			share(0.5, 'Half'),
			count(5_500_000, 'at least 5.5 million', 'at_least'),
			count(6_000_000, 'more than 6 million', 'more_than')
		]);
	});

	it('readQuantities gives article offsets that slice back to each quantity text', () => {
		const found = readQuantities(ARTICLE);
		expect(found.map((q) => [q.start, q.end])).toEqual(
			found.map((q) => [ARTICLE.indexOf(q.text), ARTICLE.indexOf(q.text) + q.text.length])
		);
		for (const q of found) expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
	});

	it('readQuantities gives the verified article offsets (hard-coded)', () => {
		const spans = readQuantities(ARTICLE).map((q) => ({ start: q.start, end: q.end, text: q.text }));
		expect(spans).toContainEqual({ start: 1046, end: 1066, text: 'between 8,000-10,000' });
		expect(spans).toContainEqual({ start: 1429, end: 1443, text: 'around 700,000' });
		expect(spans).toContainEqual({ start: 1637, end: 1648, text: 'at least 12' });
		expect(spans).toContainEqual({ start: 1692, end: 1696, text: 'Half' });
	});
});

describe('readQuantities number forms', () => {
	const digits: readonly Case[] = [
		['700,000 people', [count(700_000, '700,000')]],
		['12 civilians', [count(12, '12')]],
		['1,234,567 residents', [count(1_234_567, '1,234,567')]],
		['5.5 tonnes of aid', [count(5.5, '5.5')]],
		['0.5 of a point', [count(0.5, '0.5')]],
		['2,000 people', [count(2000, '2,000')]],
		['$5 million in aid', [count(5_000_000, '5 million')]]
	];
	it.each(digits)('readQuantities reads digits with thousands separators and decimals: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const scales: readonly Case[] = [
		['5.5 million people', [count(5_500_000, '5.5 million')]],
		['1.2 billion dollars', [count(1_200_000_000, '1.2 billion')]],
		['3 thousand homes', [count(3000, '3 thousand')]],
		['4 trillion', [count(4_000_000_000_000, '4 trillion')]],
		['1.2bn', [count(1_200_000_000, '1.2bn')]],
		['2 bn', [count(2_000_000_000, '2 bn')]],
		['10mn', [count(10_000_000, '10mn')]],
		['3.2m people', [count(3_200_000, '3.2m')]],
		['700k', [count(700_000, '700k')]],
		['700K', [count(700_000, '700K')]],
		['5.5million', [count(5_500_000, '5.5million')]],
		[`5${NBSP}million`, [count(5_000_000, `5${NBSP}million`)]],
		['5 Million', [count(5_000_000, '5 Million')]],
		// A detached "m" could be metres, so only the number is read.
		['3.2 m', [count(3.2, '3.2')]]
	];
	it.each(scales)('readQuantities applies scale words and abbreviations: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const words: readonly Case[] = [
		['Twelve people were killed', [count(12, 'Twelve')]],
		['twelve', [count(12, 'twelve')]],
		['zero casualties', [count(0, 'zero')]],
		['two', [count(2, 'two')]],
		['eleven', [count(11, 'eleven')]],
		['nineteen', [count(19, 'nineteen')]],
		['twenty', [count(20, 'twenty')]],
		['ninety', [count(90, 'ninety')]],
		['twenty-five', [count(25, 'twenty-five')]],
		['seventy-seven', [count(77, 'seventy-seven')]],
		['forty two', [count(42, 'forty two')]],
		['one million', [count(1_000_000, 'one million')]],
		['ONE MILLION', [count(1_000_000, 'ONE MILLION')]],
		['Three Million', [count(3_000_000, 'Three Million')]],
		['two hundred thousand', [count(200_000, 'two hundred thousand')]],
		['one hundred and twenty', [count(120, 'one hundred and twenty')]],
		['ninety-nine thousand nine hundred', [count(99_900, 'ninety-nine thousand nine hundred')]],
		['a million people', [count(1_000_000, 'a million')]],
		['a hundred', [count(100, 'a hundred')]],
		['a thousand', [count(1000, 'a thousand')]],
		['a billion', [count(1_000_000_000, 'a billion')]],
		['a dozen', [count(12, 'a dozen')]],
		['A Dozen', [count(12, 'A Dozen')]],
		['two dozen', [count(24, 'two dozen')]],
		['half a million', [count(500_000, 'half a million')]],
		['two and a half million', [count(2_500_000, 'two and a half million')]]
	];
	it.each(words)('readQuantities reads number words: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const percents: readonly Case[] = [
		['12%', [percent(12, '12%')]],
		['12 %', [percent(12, '12 %')]],
		['12 percent', [percent(12, '12 percent')]],
		['12 per cent', [percent(12, '12 per cent')]],
		[`12${NBSP}per${NBSP}cent`, [percent(12, `12${NBSP}per${NBSP}cent`)]],
		['40.5%', [percent(40.5, '40.5%')]],
		['twelve percent', [percent(12, 'twelve percent')]],
		['less than 5%', [percent(5, 'less than 5%', 'less_than')]]
	];
	it.each(percents)('readQuantities reads percentages with the value as written: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const shares: readonly Case[] = [
		['Half of those killed', [share(0.5, 'Half')]],
		['a half', [share(0.5, 'a half')]],
		['a third of Syrians', [share(1 / 3, 'a third')]],
		['A third of them', [share(1 / 3, 'A third')]],
		['one third', [share(1 / 3, 'one third')]],
		['one-third', [share(1 / 3, 'one-third')]],
		['two-thirds', [share(2 / 3, 'two-thirds')]],
		['two thirds', [share(2 / 3, 'two thirds')]],
		['a quarter of the population', [share(0.25, 'a quarter')]],
		['A quarter were children', [share(0.25, 'A quarter')]],
		['one quarter', [share(0.25, 'one quarter')]],
		['three quarters', [share(0.75, 'three quarters')]],
		['three-quarters', [share(0.75, 'three-quarters')]],
		['a fifth of', [share(0.2, 'a fifth')]],
		['cut by a third.', [share(1 / 3, 'a third')]],
		['one in five', [share(0.2, 'one in five')]],
		['1 in 10 children', [share(0.1, '1 in 10')]],
		['two out of every three', [share(2 / 3, 'two out of every three')]]
	];
	it.each(shares)('readQuantities reads shares as exact divisions: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});

describe('readQuantities qualifiers', () => {
	const phrases: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]> = [
		['around', 'approx'],
		['about', 'approx'],
		['some', 'approx'],
		['roughly', 'approx'],
		['approximately', 'approx'],
		['an estimated', 'approx'],
		['estimated', 'approx'],
		['circa', 'approx'],
		['~', 'approx'],
		['at least', 'at_least'],
		['a minimum of', 'at_least'],
		['no fewer than', 'at_least'],
		['no less than', 'at_least'],
		['more than', 'more_than'],
		['over', 'more_than'],
		['above', 'more_than'],
		['in excess of', 'more_than'],
		['upwards of', 'more_than'],
		['crossing', 'more_than'],
		['exceeding', 'more_than'],
		['surpassing', 'more_than'],
		['topping', 'more_than'],
		['up to', 'at_most'],
		['as many as', 'at_most'],
		['at most', 'at_most'],
		['a maximum of', 'at_most'],
		['no more than', 'at_most'],
		['fewer than', 'less_than'],
		['less than', 'less_than'],
		['under', 'less_than'],
		['below', 'less_than'],
		['nearly', 'nearly'],
		['almost', 'nearly'],
		['close to', 'nearly'],
		['just under', 'nearly']
	];

	it.each(phrases)('readQuantities reads the qualifier phrase %j as %s', (phrase, qualifier) => {
		expect(read(`displaced ${phrase} 700,000 people`)).toEqual([
			count(700_000, `${phrase} 700,000`, qualifier)
		]);
	});

	it.each(phrases)('readQuantities accepts non-breaking spaces inside and after %j', (phrase, qualifier) => {
		const spaced = phrase.replaceAll(' ', NBSP);
		expect(read(`displaced ${spaced}${NBSP}12 people`)).toEqual([
			count(12, `${spaced}${NBSP}12`, qualifier)
		]);
	});

	const variants: readonly Case[] = [
		['~700,000', [count(700_000, '~700,000', 'approx')]],
		['At least 12', [count(12, 'At least 12', 'at_least')]],
		['AROUND 700,000', [count(700_000, 'AROUND 700,000', 'approx')]],
		[`at  \t least${NBSP} 12`, [count(12, `at  \t least${NBSP} 12`, 'at_least')]],
		['nearly half', [share(0.5, 'nearly half', 'nearly')]],
		['more than half', [share(0.5, 'more than half', 'more_than')]],
		['more than a third', [share(1 / 3, 'more than a third', 'more_than')]],
		['about two-thirds', [share(2 / 3, 'about two-thirds', 'approx')]],
		['almost one in five', [share(0.2, 'almost one in five', 'nearly')]],
		['up to a million', [count(1_000_000, 'up to a million', 'at_most')]],
		['some two million', [count(2_000_000, 'some two million', 'approx')]],
		['an estimated 5 million', [count(5_000_000, 'an estimated 5 million', 'approx')]]
	];
	it.each(variants)('readQuantities reads qualifiers on every number form and in any case: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const notQualifying: readonly Case[] = [
		['some people fled', []],
		['they talked about the war', []],
		['over the weekend', []],
		['under the rule of', []],
		['more than ever', []],
		['close to the border', []],
		['up to them', []],
		['about the 700,000 people', [count(700_000, '700,000')]],
		['over a million', [count(1_000_000, 'over a million', 'more_than')]],
		['handsome 12', [count(12, '12')]],
		['moreover 12', [count(12, '12')]]
	];
	it.each(notQualifying)('readQuantities only takes qualifier words directly before a number: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});

describe('readQuantities ranges', () => {
	const ranges: readonly Case[] = [
		['8,000-10,000', [range(8000, 10_000, '8,000-10,000')]],
		['8,000\u201310,000', [range(8000, 10_000, '8,000\u201310,000')]],
		['8,000 - 10,000', [range(8000, 10_000, '8,000 - 10,000')]],
		['8,000 \u2013 10,000', [range(8000, 10_000, '8,000 \u2013 10,000')]],
		['8,000 to 10,000', [range(8000, 10_000, '8,000 to 10,000')]],
		['between 8,000 and 10,000', [range(8000, 10_000, 'between 8,000 and 10,000')]],
		['between 8,000-10,000', [range(8000, 10_000, 'between 8,000-10,000')]],
		['between 8,000\u201310,000', [range(8000, 10_000, 'between 8,000\u201310,000')]],
		['from 8,000 to 10,000', [range(8000, 10_000, 'from 8,000 to 10,000')]],
		[
			`between${NBSP}8,000${NBSP}and${NBSP}10,000`,
			[range(8000, 10_000, `between${NBSP}8,000${NBSP}and${NBSP}10,000`)]
		],
		['5-6 million', [range(5_000_000, 6_000_000, '5-6 million')]],
		['5\u20136 million', [range(5_000_000, 6_000_000, '5\u20136 million')]],
		['5 million to 6 million', [range(5_000_000, 6_000_000, '5 million to 6 million')]],
		['between 5 and 6 million', [range(5_000_000, 6_000_000, 'between 5 and 6 million')]],
		['two to three million', [range(2_000_000, 3_000_000, 'two to three million')]],
		['500 to 6 million', [range(500, 6_000_000, '500 to 6 million')]],
		['10-12%', [range(10, 12, '10-12%', 'percent')]],
		['a third to a half', [range(1 / 3, 0.5, 'a third to a half', 'share')]],
		// After "between", an end that looks like a year is a count.
		['Between 2000 and 3000 fighters remain', [range(2000, 3000, 'Between 2000 and 3000')]],
		['between 1,000 and 2000 people fled', [range(1000, 2000, 'between 1,000 and 2000')]]
	];
	it.each(ranges)('readQuantities reads ranges with hyphen, en dash, to, between and from: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const notRanges: readonly Case[] = [
		['8,000 and 10,000', [count(8000, '8,000'), count(10_000, '10,000')]],
		['between 12 and the border', [count(12, '12')]],
		['10 to 5', [count(10, '10'), count(5, '5')]],
		// A change states two figures, before and after; a year is never one end of a count range.
		['rose from 4.1 million to 6.3 million', [count(4_100_000, '4.1 million'), count(6_300_000, '6.3 million')]],
		['has fallen from 12% to 9%', [percent(12, '12%'), percent(9, '9%')]],
		['doubled from 300 to 600', [count(300, '300'), count(600, '600')]],
		[
			'from 4.1 million in 2019 to 6.3 million in 2023',
			[count(4_100_000, '4.1 million'), count(6_300_000, '6.3 million')]
		],
		['in 2019 to 6.3 million', [count(6_300_000, '6.3 million')]],
		['The toll went from 300 to 450 overnight', [count(300, '300'), count(450, '450')]],
		['rose sharply from 4.1 million to 6.3 million', [count(4_100_000, '4.1 million'), count(6_300_000, '6.3 million')]]
	];
	it.each(notRanges)('readQuantities does not read a range without a range shape: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});

describe('readQuantities skips numbers that are not quantities', () => {
	const groups: ReadonlyArray<readonly [what: string, inputs: readonly string[]]> = [
		['years', ['in 2020', '11 February, 2020', '2011', 'since 1800', 'by 2100', 'in the 1990s', 'between 2011 and 2020', '2011-2020', 'from 2015 to 2020']],
		['dates', ['11 February', 'February 11', 'Feb. 11', 'Feb 11', 'on 3 March', 'Dec 25', '11th February', '11/02/2020', '2020-02-11']],
		['times', ['10:30', 'at 10:30 on Tuesday', '10am', '3 pm', '10 a.m.', '7PM', "five o'clock"]],
		['ordinals', ['first', 'second', 'fifth', 'the 3rd', '21st', '2nd', '4th', 'the 10th day', 'twenty-first century', 'hundredth']],
		['durations', ['nine years', '2 min read', 'two weeks', '10 days', 'three months', '5 hours', 'six decades', 'nine-year war', 'a 12-year-old', '30 minutes', 'half an hour', '5-6 hours', 'two centuries']],
		['"one" as a pronoun', ['one of the largest', 'no one', 'one another', 'the one who left', 'one-year', 'one to one']],
		['number words inside other words', ['someone', 'often', 'tone', 'oneself', 'listen', 'Tennessee', 'eighteenth']],
		['"several" or "scores" without an amount', ['Several', 'several people', 'test scores', 'scores']],
		['numbers in names', ['Resolution 2254', 'UN Security Council resolution 2165', 'Article 51', 'article 51 of the Charter', 'Law No. 10', 'Route 66', 'Flight 17', 'Brigade 313', 'number 10']],
		['ordinal uses of share words', ['for a third time', 'a quarter century', 'the first half of the year', 'the other half', 'half-brother', 'a third-party']],
		['codes with digits', ['COVID-19', 'G20', 'A4 paper', 'F-16 jets']],
		['compound adjectives', ['a 2,000-page report', 'a 10-point plan', 'the 5-star hotel']],
		['empty or number-free text', ['', '   ', 'No numbers here.', 'The UN said on Tuesday.']]
	];
	const cases = groups.flatMap(([what, inputs]) => inputs.map((input) => [what, input] as const));

	it.each(cases)('readQuantities reads no quantity from %s: %j', (_what, input) => {
		expect(read(input)).toEqual([]);
	});

	const mixed: readonly Case[] = [
		['12 in 24 hours', [count(12, '12')]],
		['killed 3 in 2019', [count(3, '3')]],
		['on 11 February, 2020, at least 12 died', [count(12, 'at least 12', 'at_least')]],
		['700,000 people in three months', [count(700_000, '700,000')]],
		['more than 6 million over nine years', [count(6_000_000, 'more than 6 million', 'more_than')]],
		['Over 3,000 migrants crossed 2 borders', [count(3000, 'Over 3,000', 'more_than'), count(2, '2')]],
		['About 5\u202F000 people and 12\u2009500 more', [count(5000, 'About 5\u202F000', 'approx'), count(12_500, '12\u2009500')]]
	];
	it.each(mixed)('readQuantities keeps the count next to a skipped date, year or duration: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});

describe('readQuantities vague amounts', () => {
	const vague = (text: string, qualifier: Qualifier = 'approx'): Reading => ({
		value: null,
		upper: null,
		qualifier,
		kind: 'count',
		text
	});
	const cases: readonly Case[] = [
		['tens of thousands of people', [vague('tens of thousands')]],
		['Hundreds of thousands fled', [vague('Hundreds of thousands')]],
		['tens of millions', [vague('tens of millions')]],
		['dozens', [vague('dozens')]],
		['Dozens of people', [vague('Dozens')]],
		['hundreds', [vague('hundreds')]],
		['thousands', [vague('thousands')]],
		['millions', [vague('millions')]],
		['scores of homes', [vague('scores')]],
		['several thousand families', [vague('several thousand')]],
		['a few hundred', [vague('a few hundred')]],
		['many thousands', [vague('many thousands')]],
		['at least tens of thousands', [vague('at least tens of thousands', 'at_least')]],
		['some tens of thousands', [vague('some tens of thousands')]],
		['thousands, and then 12', [vague('thousands'), count(12, '12')]]
	];
	it.each(cases)('readQuantities reads a vague amount with no value: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});

describe('readQuantities offsets', () => {
	it('readQuantities gives UTF-16 offsets covering qualifier, number and scale word', () => {
		const input = 'Killed: at least 12, around 700,000 and 5.5 million, plus 40%.';
		expect(readQuantities(input)).toEqual([
			{ value: 12, upper: null, qualifier: 'at_least', kind: 'count', start: 8, end: 19, text: 'at least 12' },
			{ value: 700_000, upper: null, qualifier: 'approx', kind: 'count', start: 21, end: 35, text: 'around 700,000' },
			{ value: 5_500_000, upper: null, qualifier: 'exact', kind: 'count', start: 40, end: 51, text: '5.5 million' },
			{ value: 40, upper: null, qualifier: 'exact', kind: 'percent', start: 58, end: 61, text: '40%' }
		]);
	});

	it('readQuantities steps over astral letters instead of looping on them (it never returned)', () => {
		expect(read('Activists posted \u{1D5D5}\u{1D5E2}\u{1D5DF}\u{1D5D7} slogans. Some 5,000 people fled; \u{1D400} 5 more.')).toEqual([
			count(5000, 'Some 5,000', 'approx'),
			count(5, '5')
		]);
	});

	it('readQuantities counts offsets in UTF-16 code units after astral characters', () => {
		const input = '\u{1F1F8}\u{1F1FE} about 12 people';
		expect(readQuantities(input).map((q) => [q.start, q.end, q.text])).toEqual([[5, 13, 'about 12']]);
	});

	const samples = [
		ARTICLE,
		'between 5 and 6 million, nearly half, one in five, 10-12%, ~700k and some 2,000.',
		`at${NBSP}least 12 and up to a million`
	];
	it.each(samples)('readQuantities returns text equal to input.slice(start, end) (sample %#)', (input) => {
		const found = readQuantities(input);
		expect(found.length).toBeGreaterThan(0);
		expect(found.map((q) => input.slice(q.start, q.end))).toEqual(found.map((q) => q.text));
	});
});

/**
 * Where the old per-reader word lists disagreed for no reason, the shared vocabulary
 * (src/lib/quantities/vocabulary.ts) now reads the words alike.
 */
describe('readQuantities reads the shared vocabulary alike in every reader', () => {
	const vague = (text: string): Reading => ({ value: null, upper: null, qualifier: 'approx', kind: 'count', text });
	const cases: readonly Case[] = [
		// Every scale word may be attached to the digits, as "5.5million" already was.
		['3trillion', [count(3_000_000_000_000, '3trillion')]],
		['5hundred', [count(500, '5hundred')]],
		// "trillion" is a scale like the others in vague amounts too.
		['trillions', [vague('trillions')]],
		['tens of trillions of dollars', [vague('tens of trillions')]],
		['several trillion', [vague('several trillion')]],
		// "night" is a time unit for "half a" as it already was for durations ("three nights").
		['half a night', []],
		// A vague amount ends where its word ends, as every other reading does.
		['several hundredths of a second', []],
		['a few thousandths', []]
	];
	it.each(cases)('readQuantities reads %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});

/** Forms of real documents (issue 16): situation reports, key-figure boxes, tables, Wikipedia, wire copy. */
describe('readQuantities on the forms of real documents', () => {
	const vague = (text: string, qualifier: Qualifier = 'approx'): Reading => ({ value: null, upper: null, qualifier, kind: 'count', text });

	const spacedGroups: readonly Case[] = [
		['750 000 people', [count(750_000, '750 000')]],
		['in 2 706 households', [count(2706, '2 706')]],
		['15 023 returnees', [count(15_023, '15 023')]],
		['2 480 000', [count(2_480_000, '2 480 000')]],
		[`750${NBSP}000 people`, [count(750_000, `750${NBSP}000`)]],
		['an estimated 750 000', [count(750_000, 'an estimated 750 000', 'approx')]],
		['between 2 000 and 3 000', [range(2000, 3000, 'between 2 000 and 3 000')]],
		// Not one number: a word and a comma between, a group of four digits, a comma-grouped number after.
		['2 sites, 706 households', [count(2, '2'), count(706, '706')]],
		['2 7061', [count(2, '2'), count(7061, '7061')]],
		['5 100,000', [count(5, '5'), count(100_000, '100,000')]],
		['in 2019 500 people', [count(500, '500')]],
		// Two spaces, or a tab, part the columns of a table.
		['1 850\t10 260', [count(1850, '1 850'), count(10_260, '10 260')]],
		['1 850  260', [count(1850, '1 850'), count(260, '260')]],
		// The first group belongs to a date or a name before it.
		['March 15 200 people fled', [count(200, '200')]],
		['Phase 3 500 families', [count(500, '500')]],
		['Table 2 706 households', [count(706, '706')]]
	];
	it.each(spacedGroups)('reads thousands grouped with a plain space, and keeps apart what is not one number: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const capitals: readonly Case[] = [
		['11.7 M people in need', [count(11_700_000, '11.7 M')]],
		['5 M', [count(5_000_000, '5 M')]],
		['6.2 M', [count(6_200_000, '6.2 M')]],
		[`6.2${NBSP}M`, [count(6_200_000, `6.2${NBSP}M`)]],
		['11.7M', [count(11_700_000, '11.7M')]],
		['2.7B', [count(2_700_000_000, '2.7B')]],
		['2.7 B', [count(2_700_000_000, '2.7 B')]],
		// A lower-case "m" apart is metres, "b" run on a sub-item, and a capital run on a word.
		['3.2 m', [count(3.2, '3.2')]],
		['Article 5b', []],
		['5 MSF teams', [count(5, '5')]]
	];
	it.each(capitals)('reads a capital M or B as a scale, apart or run on: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const southAsian: readonly Case[] = [
		['2 lakh', [count(200_000, '2 lakh')]],
		['1.5 crore', [count(15_000_000, '1.5 crore')]],
		['over 24 lakh people', [count(2_400_000, 'over 24 lakh', 'more_than')]],
		['5 lakhs', [count(500_000, '5 lakhs')]],
		['2 crores', [count(20_000_000, '2 crores')]],
		['a lakh', [count(100_000, 'a lakh')]],
		['one crore twenty lakh', [count(12_000_000, 'one crore twenty lakh')]],
		['1,50,000 hectares', [count(150_000, '1,50,000')]],
		['2,50,00,000', [count(25_000_000, '2,50,00,000')]],
		['several lakh', [vague('several lakh')]],
		['Several lakh people', [vague('Several lakh')]],
		['lakhs of people', [vague('lakhs')]],
		['tens of crores', [vague('tens of crores')]]
	];
	it.each(southAsian)('reads lakh and crore and South Asian digit groups: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const markers: readonly Case[] = [
		['population.[1] The', []],
		['in early 2017,[2] and', []],
		['UNHCR.[2][3]', []],
		['3,576,370[7] |', [count(3_576_370, '3,576,370')]],
		['[note 4]', []],
		['[n 2]', []],
		// An editor's words in brackets are no marker.
		['[1,500 people]', [count(1500, '1,500')]],
		['[12 more]', [count(12, '12')]]
	];
	it.each(markers)('never reads a footnote marker as a quantity: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const identifiers: readonly Case[] = [
		['Flash update 2', []],
		['Flash Update 2 (as of 12 August)', []],
		['Issue 03', []],
		['Issue 5', []],
		['Situation report 17', []],
		['document A/71/L.1', []],
		['S/RES/2254 (2015)', []],
		['E/CN.4/1998/53', []],
		['GA/12345', []],
		['resolution 46/182', []],
		['Table 1: Displaced households', []],
		['Page 2 of 6', []],
		['Round 05', []],
		['No.5', []],
		// A number after a slash with spaces, or after a word in lower case, is still a count.
		['refugees / 12 camps', [count(12, '12')]],
		// "report" and "issue" are verbs as often: a document's number only capitalised.
		['Local officials report 30 people killed', [count(30, '30')]],
		['They will issue 5,000 permits', [count(5000, '5,000')]],
		['Situation Report 17', []],
		['situation  report 17', []],
		['the table 12 families shared', [count(12, '12')]],
		['of 6 people', [count(6, '6')]]
	];
	it.each(identifiers)('reads no quantity from the number of a document or one of its parts: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const verbs: readonly Case[] = [
		['had surpassed 244 million', [count(244_000_000, 'surpassed 244 million', 'more_than')]],
		['surpasses 1,000', [count(1000, 'surpasses 1,000', 'more_than')]],
		['has exceeded 110 million', [count(110_000_000, 'exceeded 110 million', 'more_than')]],
		['exceeds 5,000', [count(5000, 'exceeds 5,000', 'more_than')]],
		['have topped 100,000', [count(100_000, 'topped 100,000', 'more_than')]],
		['tops 110 million', [count(110_000_000, 'tops 110 million', 'more_than')]],
		['has passed 560,000', [count(560_000, 'passed 560,000', 'more_than')]],
		['passes 1 million', [count(1_000_000, 'passes 1 million', 'more_than')]],
		['surpassed tens of thousands', [vague('surpassed tens of thousands', 'more_than')]],
		// "passed" before a small number passes things on the way; "crossed" is no qualifier, as before.
		['the convoy passed 3 checkpoints', [count(3, '3')]],
		['passed 999 homes', [count(999, '999')]],
		['passed hundreds of checkpoints', [vague('hundreds')]],
		['crossed 2 borders', [count(2, '2')]],
		['crossed 1 million', [count(1_000_000, '1 million')]]
	];
	it.each(verbs)('reads verbs of passing a mark as more_than: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});

	const notCounts: readonly Case[] = [
		// How often, or how many times as much: not how many.
		['displaced four or five times', []],
		['five times', []],
		['10 times as many', []],
		['two to three times', []],
		['12 people, 3 timeshares', [count(12, '12'), count(3, '3')]],
		// A telephone number, from its "+" or after "Tel", is passed over whole.
		['Tel: +41 22 717 9111', []],
		['Tel.: 022 717 9111', []],
		['Phone 212 963 1234, 12 people', [count(12, '12')]],
		['call +1 (212) 963-1234 now', []],
		// A sign before a number is no telephone: "+5%" is a change of five percent.
		['+5% on last year', [percent(5, '5%')]],
		['+12 000 people', [count(12_000, '12 000')]],
		['+12 000 000 people', [count(12_000_000, '12 000 000')]]
	];
	it.each(notCounts)('reads no count from a multiplier or a telephone number: %j', (input, expected) => {
		expect(read(input)).toEqual(expected);
	});
});
