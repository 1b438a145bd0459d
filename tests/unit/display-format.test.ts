// How figures, dates and sizes are written (src/lib/display/format.ts).
import { describe, expect, it } from 'vitest';
import { countInWords, figureInWords, fileSize, fullCount, longDate, percentOf, shortCount, shortFigure } from '$lib/display/format';
import type { Qualifier } from '$lib/quantities';

const count = (value: number, qualifier: Qualifier = 'exact', upper: number | null = null) =>
	({ value, upper, qualifier, unit: 'people' }) as const;

describe('shortCount', () => {
	it.each([
		[0, '0'],
		[12, '12'],
		[8000, '8,000'],
		[99_999, '99,999'],
		[100_000, '100k'],
		[700_000, '700k'],
		[5_500_000, '5.5M'],
		[6_000_000, '6M'],
		[1_250_000, '1.25M'],
		[1_200_000_000, '1.2B'],
		// A short form must not round: these keep every digit.
		[5_555_000, '5,555,000'],
		[12_345_678, '12,345,678']
	])('writes %d as %s', (value, text) => expect(shortCount(value)).toBe(text));
});

describe('countInWords', () => {
	it.each([
		[12, '12'],
		[700_000, '700,000'],
		[5_500_000, '5.5 million'],
		[6_000_000, '6 million'],
		[2_000_000_000, '2 billion']
	])('writes %d as %s', (value, text) => expect(countInWords(value)).toBe(text));
});

describe('fullCount', () => {
	it.each([
		[0, '0'],
		[12, '12'],
		[6_615_249, '6,615,249'],
		[5_516_668, '5,516,668'],
		// d3's "," alone would write these as 1e+12 and 1.23456789012e+14.
		[1e12, '1,000,000,000,000'],
		[123_456_789_012_345, '123,456,789,012,345'],
		[11_110.5, '11,110.5']
	])('writes %d as %s, to the person', (value, text) => expect(fullCount(value)).toBe(text));
});

describe('percentOf', () => {
	it.each([
		[0.1, '10%'],
		[0.05, '5%'],
		[0.125, '12.5%']
	])('writes %d as %s', (fraction, text) => expect(percentOf(fraction)).toBe(text));
});

describe('shortFigure and figureInWords always carry the qualifier', () => {
	it.each([
		[count(5_500_000, 'at_least'), '≥ 5.5M', 'at least 5.5 million'],
		[count(6_000_000, 'more_than'), '> 6M', 'more than 6 million'],
		[count(700_000, 'approx'), '≈ 700k', 'around 700,000'],
		[count(12, 'at_least'), '≥ 12', 'at least 12'],
		[count(8000, 'range', 10_000), '8,000–10,000', 'between 8,000 and 10,000'],
		[count(40, 'at_most'), '≤ 40', 'up to 40'],
		[count(40, 'less_than'), '< 40', 'fewer than 40'],
		[count(40, 'nearly'), 'nearly 40', 'nearly 40'],
		[count(40), '40', '40'],
		[{ value: 0.5, upper: null, qualifier: 'exact', unit: 'share' } as const, 'half', 'half'],
		[{ value: 1 / 3, upper: null, qualifier: 'nearly', unit: 'share' } as const, 'nearly a third', 'nearly a third'],
		[{ value: 0.3, upper: null, qualifier: 'exact', unit: 'share' } as const, '30%', '30%'],
		[{ value: 12.5, upper: null, qualifier: 'approx', unit: 'percent' } as const, '≈ 12.5%', 'around 12.5 percent'],
		[{ value: 10, upper: 12, qualifier: 'range', unit: 'percent' } as const, '10%–12%', 'between 10 percent and 12 percent'],
		[{ value: 0.25, upper: 0.5, qualifier: 'range', unit: 'share' } as const, 'a quarter–half', 'between a quarter and half']
	])('%o → %s / %s', (figure, short, words) => {
		expect(shortFigure(figure)).toBe(short);
		expect(figureInWords(figure)).toBe(words);
	});
});

describe('longDate', () => {
	it('writes an ISO date in words, whatever the time zone', () => {
		expect(longDate('2020-02-11')).toBe('11 February 2020');
		expect(longDate('2020-12-31')).toBe('31 December 2020');
	});
});

describe('fileSize', () => {
	it.each([
		[0, '0 bytes'],
		[420, '420 bytes'],
		[1023, '1023 bytes'],
		[1024, '1.0 KB'],
		[4301, '4.2 KB'],
		[26_726, '26.1 KB']
	])('writes %d bytes as %s', (bytes, text) => expect(fileSize(bytes)).toBe(text));
});
