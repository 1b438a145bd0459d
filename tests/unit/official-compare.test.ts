// A figure beside its official count (src/lib/official/compare.ts): the year-end it is compared
// at, how each qualifier is read, and the words, which speak of agreement, never of truth.
import { describe, expect, it } from 'vitest';
import { fullCount } from '$lib/display/format';
import { OFFICIAL_SERIES, QUALIFIERS, type OfficialSeriesId, type Qualifier } from '$lib/figures/schema';
import {
	agreementWith,
	allowedValues,
	APPROX_TOLERANCE,
	compareFigure,
	compareFigures,
	lastYearEndOnOrBefore,
	NO_OFFICIAL_DATA,
	readingOf,
	roundingUnit,
	type Agreement,
	type ComparableFigure,
	type Compared,
	type NotCompared
} from '$lib/official';
import { loadDataset } from '$lib/server/read-data';
import { checkProperty, fc } from '../helpers/properties';

const data = loadDataset('data');
const official = data.official;

/** A figure as figures.csv would give it: the article's refugees by default. */
const figure = (overrides: Partial<ComparableFigure> = {}): ComparableFigure => ({
	id: 'test-figure',
	indicator: 'refugees',
	measure: 'stock',
	unit: 'people',
	value: 5_500_000,
	upper: null,
	qualifier: 'at_least',
	reported: '2020-02-11',
	official_series: 'unhcr-syria-refugees-neighbours',
	...overrides
});
const compared = (overrides: Partial<ComparableFigure>) => compareFigure(figure(overrides), official) as Compared;
const notCompared = (overrides: Partial<ComparableFigure>) => compareFigure(figure(overrides), official) as NotCompared;

describe('the article’s displacement figures beside the official counts', () => {
	const byId = Object.fromEntries(compareFigures(data.figures, official).map((c) => [c.figure, c]));

	it('compares the two stocks, explains the flow, and says nothing of the other figures', () => {
		expect(Object.keys(byId)).toEqual(['syria-refugees', 'syria-idps', 'idlib-offensive-displaced']);
	});

	it('“at least 5.5 million” refugees: UNHCR’s count in the neighbouring countries at the end of 2019, with all countries beside it', () => {
		const refugees = byId['syria-refugees'] as Compared;
		expect(refugees.phrase).toBe(
			'consistent with UNHCR’s count of 5,516,668 Syrian refugees in Türkiye, Lebanon, Jordan, Iraq and Egypt at the end of 2019 (6,615,249 in all countries)'
		);
		expect(refugees.sentence).toBe(
			'The article’s “at least 5.5 million” is consistent with UNHCR’s count of 5,516,668 Syrian refugees in Türkiye, Lebanon, Jordan, Iraq and Egypt at the end of 2019 (6,615,249 in all countries).'
		);
		expect(refugees.agreement).toBe('consistent');
		expect(refugees.reading).toBe('“at least” is read as the number or more: 5,500,000 or more');
		expect(refugees.source).toBe('UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0)');
		expect([refugees.series.id, refugees.official.year, refugees.official.value, refugees.official.rows.map((r) => r.place)]).toEqual([
			'unhcr-syria-refugees-neighbours',
			2019,
			5_516_668,
			['EGY', 'IRQ', 'JOR', 'LBN', 'TUR']
		]);
		expect([refugees.alongside?.series, refugees.alongside?.year, refugees.alongside?.value]).toEqual(['unhcr-syria-refugees', 2019, 6_615_249]);
	});

	it('“more than 6 million” displaced inside Syria: UNHCR’s count of IDPs at the end of 2019, with IDMC’s estimate beside it', () => {
		const idps = byId['syria-idps'] as Compared;
		expect(idps.phrase).toBe(
			'consistent with UNHCR’s count of 6,146,994 people internally displaced in Syria at the end of 2019 (IDMC’s estimate: 6,495,000)'
		);
		expect(idps.sentence).toBe(
			'The article’s “more than 6 million” is consistent with UNHCR’s count of 6,146,994 people internally displaced in Syria at the end of 2019 (IDMC’s estimate: 6,495,000).'
		);
		expect(idps.reading).toBe('“more than” is read as above the number: more than 6,000,000');
		expect(idps.official.rows).toEqual([{ place: 'SYR', line: 927, value: 6_146_994 }]);
		expect(idps.alongside?.value).toBe(6_495_000);
	});

	it('“around 700,000” who fled Idlib: a flow, which no series here counts, and the page says why', () => {
		expect(byId['idlib-offensive-displaced']).toEqual({
			outcome: 'not-compared',
			figure: 'idlib-offensive-displaced',
			claim: 'around 700,000',
			reason: 'flow',
			series: null,
			phrase:
				'no official count to compare it with: it counts people who fled during a period (a flow), and the UNHCR and IDMC series here count people displaced at the end of each year (stocks)',
			sentence:
				'The article’s “around 700,000” has no official count to compare it with: it counts people who fled during a period (a flow), and the UNHCR and IDMC series here count people displaced at the end of each year (stocks).'
		});
	});
});

describe('the other words of a comparison', () => {
	it('a figure above the count', () => {
		const result = compared({ value: 7_000_000 });
		expect(result.agreement).toBe('above');
		expect(result.phrase).toBe(
			'above UNHCR’s count of 5,516,668 Syrian refugees in Türkiye, Lebanon, Jordan, Iraq and Egypt at the end of 2019 (6,615,249 in all countries)'
		);
	});

	it('a figure below the count, over all countries', () => {
		const result = compared({ value: 5_000_000, qualifier: 'approx', official_series: 'unhcr-syria-refugees' });
		expect(result.agreement).toBe('below');
		expect(result.sentence).toBe(
			'The article’s “around 5 million” is below UNHCR’s count of 6,615,249 Syrian refugees in all countries at the end of 2019 (5,516,668 in Türkiye, Lebanon, Jordan, Iraq and Egypt).'
		);
	});

	it('an approximate figure within the tolerance says so', () => {
		const result = compared({ indicator: 'idps', value: 6_500_000, qualifier: 'approx', official_series: 'idmc-syria-idps' });
		expect(result.phrase).toBe(
			'consistent (within ±10%) with IDMC’s estimate of 6,495,000 people internally displaced by conflict and violence in Syria at the end of 2019 (UNHCR’s count: 6,146,994)'
		);
		expect(result.reading).toBe('“around” is read as within ±10% of the number: from 5,850,000 to 7,150,000');
		expect(result.source).toBe('© IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0)');
	});

	it.each([
		['exact', 5_500_000, null, 'a number without a qualifier is read as rounded to the nearest 100,000, as the article writes it: from 5,450,000 up to but not including 5,550,000'],
		['exact', 6_615_249, null, 'a number without a qualifier, to the person, is read as exact: 6,615,249'],
		['more_than', 6_000_000, null, '“more than” is read as above the number: more than 6,000,000'],
		['at_most', 700_000, null, '“up to” is read as the number or fewer: 700,000 or fewer'],
		['less_than', 700_000, null, '“fewer than” is read as below the number: fewer than 700,000'],
		['nearly', 6_000_000, null, '“nearly” is read as just below the number, by 10% of it at most: from 5,400,000 up to but not including 6,000,000'],
		['range', 8_000, 10_000, 'a range is read with both ends included: from 8,000 to 10,000']
	] as const)('reads %s %d as it says', (qualifier, value, upper, reading) => {
		expect(readingOf({ qualifier, value, upper })).toBe(reading);
	});
});

describe('the year-end a figure is compared at', () => {
	it.each([
		['2020-02-11', 2019],
		['2020-01-01', 2019],
		['2019-12-31', 2019],
		['2019-12-30', 2018],
		['2011-12-31', 2011]
	])('reported %s: the end of %d', (date, year) => {
		expect(lastYearEndOnOrBefore(date)).toBe(year);
	});

	it.each([
		['2019-12-31', 2019, 5_516_668],
		['2019-12-30', 2018, 5_628_227],
		['2011-12-31', 2011, 668],
		// After the last year-end of the release, the last one it has (values summed apart, in Python).
		['2026-06-30', 2025, 3_726_538]
	])('reported %s, a figure is compared with the end of %d', (reported, year, value) => {
		const result = compared({ reported, value: 1 });
		expect([result.official.year, result.official.value]).toEqual([year, value]);
	});

	it('a figure reported before the first year-end of the series has no comparison, and says why', () => {
		expect(notCompared({ reported: '2010-06-01' })).toEqual({
			outcome: 'not-compared',
			figure: 'test-figure',
			claim: 'at least 5.5 million',
			reason: 'before-series',
			series: expect.objectContaining({ id: 'unhcr-syria-refugees-neighbours' }),
			phrase: 'no official count to compare it with: UNHCR’s series starts at the end of 2011, after it was reported (1 June 2010)',
			sentence:
				'The article’s “at least 5.5 million” has no official count to compare it with: UNHCR’s series starts at the end of 2011, after it was reported (1 June 2010).'
		});
		expect(notCompared({ reported: '2011-12-30' }).reason).toBe('before-series');
	});

	it('nor one reported before a series’ first year, though other series have it (UNHCR’s IDPs begin at the end of 2012)', () => {
		const idps = { indicator: 'idps', value: 1, official_series: 'unhcr-syria-idps', reported: '2012-06-01' } as const;
		expect(notCompared(idps).phrase).toBe('no official count to compare it with: UNHCR’s series starts at the end of 2012, after it was reported (1 June 2012)');
		expect(compared({ ...idps, official_series: 'idmc-syria-idps' }).official.year).toBe(2011);
	});
});

describe('what is not compared', () => {
	it('a figure that names no series, unless it is a flow of displaced people', () => {
		expect(compareFigure(figure({ official_series: null }), official)).toBeNull();
		expect(compareFigure(figure({ official_series: null, indicator: 'casualties', measure: 'flow' }), official)).toBeNull();
		expect(compareFigure(figure({ official_series: null, indicator: 'new_displacement', measure: 'flow' }), official)?.outcome).toBe('not-compared');
	});

	it('a flow, when there is no official data to speak of', () => {
		expect(compareFigure(figure({ official_series: null, indicator: 'new_displacement', measure: 'flow' }), NO_OFFICIAL_DATA)).toBeNull();
	});

	it('a figure whose series has no data here (loadDataset refuses it; the comparison still says so)', () => {
		const result = compareFigure(figure(), NO_OFFICIAL_DATA) as NotCompared;
		expect([result.reason, result.series?.id, result.phrase]).toEqual([
			'no-data',
			'unhcr-syria-refugees-neighbours',
			'no official count to compare it with: the series “unhcr-syria-refugees-neighbours” has no data here'
		]);
	});
});

describe('how each qualifier is read, at its boundaries', () => {
	const agreement = (qualifier: Qualifier, value: number, official: number, upper: number | null = null): Agreement =>
		agreementWith(official, allowedValues({ qualifier, value, upper }));

	it.each([
		// at_least ⇒ official ≥ value
		['at_least', 5_500_000, null, 5_499_999, 'above'],
		['at_least', 5_500_000, null, 5_500_000, 'consistent'],
		['at_least', 5_500_000, null, 1e10, 'consistent'],
		// more_than ⇒ official > value
		['more_than', 6_000_000, null, 6_000_000, 'above'],
		['more_than', 6_000_000, null, 6_000_001, 'consistent'],
		// approx ⇒ within ±10 %
		['approx', 700_000, null, 629_999, 'above'],
		['approx', 700_000, null, 630_000, 'consistent'],
		['approx', 700_000, null, 770_000, 'consistent'],
		['approx', 700_000, null, 770_001, 'below'],
		// nearly ⇒ just below: under the number, by 10 % of it at most
		['nearly', 6_000_000, null, 5_399_999, 'above'],
		['nearly', 6_000_000, null, 5_400_000, 'consistent'],
		['nearly', 6_000_000, null, 5_999_999, 'consistent'],
		['nearly', 6_000_000, null, 6_000_000, 'below'],
		// range ⇒ inside, both ends included
		['range', 8_000, 10_000, 7_999, 'above'],
		['range', 8_000, 10_000, 8_000, 'consistent'],
		['range', 8_000, 10_000, 10_000, 'consistent'],
		['range', 8_000, 10_000, 10_001, 'below'],
		// exact ⇒ equal after the article's rounding (at its last non-zero digit)
		['exact', 5_500_000, null, 5_449_999, 'above'],
		['exact', 5_500_000, null, 5_450_000, 'consistent'],
		['exact', 5_500_000, null, 5_549_999, 'consistent'],
		['exact', 5_500_000, null, 5_550_000, 'below'],
		['exact', 6_615_249, null, 6_615_248, 'above'],
		['exact', 6_615_249, null, 6_615_249, 'consistent'],
		['exact', 6_615_249, null, 6_615_250, 'below'],
		// at_most ⇒ official ≤ value; less_than ⇒ official < value
		['at_most', 700_000, null, 0, 'consistent'],
		['at_most', 700_000, null, 700_000, 'consistent'],
		['at_most', 700_000, null, 700_001, 'below'],
		['less_than', 700_000, null, 699_999, 'consistent'],
		['less_than', 700_000, null, 700_000, 'below']
	] as const)('%s %d (upper %s) against %d: %s', (qualifier, value, upper, officialValue, expected) => {
		expect(agreement(qualifier, value, officialValue, upper)).toBe(expected);
	});

	it.each([
		[5_500_000, 100_000],
		[6_000_000, 1_000_000],
		[700_000, 100_000],
		[10, 10],
		[6_615_249, 1],
		[12, 1],
		[0, 1]
	])('an exact %d is rounded at %d', (value, unit) => {
		expect(roundingUnit(value)).toBe(unit);
	});

	it('uses a tolerance of ±10 %', () => {
		expect(APPROX_TOLERANCE).toBe(0.1);
	});
});

describe('properties of the comparison', () => {
	const qualifier = fc.constantFrom(...QUALIFIERS);
	const count = fc.integer({ min: 0, max: 1e10 });
	const stated = fc
		.tuple(qualifier, fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 1, max: 1e9 }))
		.map(([q, value, span]) => ({ qualifier: q, value, upper: q === 'range' ? value + span : null }));
	const rank: Record<Agreement, number> = { above: 0, consistent: 1, below: 2 };

	/** The definitions, in integers, apart from the code's bounds. */
	function oracle({ qualifier: q, value: v, upper }: { qualifier: Qualifier; value: number; upper: number | null }, o: number): boolean {
		const unit = roundingUnit(v);
		switch (q) {
			case 'exact':
				return Math.floor(o / unit + 0.5) * unit === v;
			case 'approx':
				return o * 10 >= v * 9 && o * 10 <= v * 11;
			case 'at_least':
				return o >= v;
			case 'more_than':
				return o > v;
			case 'at_most':
				return o <= v;
			case 'less_than':
				return o < v;
			case 'nearly':
				return o * 10 >= v * 9 && o < v;
			case 'range':
				return o >= v && o <= upper!;
		}
	}

	it('finds a count consistent exactly when the qualifier’s definition does', () => {
		checkProperty(
			fc.property(stated, count, (figure, o) => {
				expect(agreementWith(o, allowedValues(figure)) === 'consistent').toBe(oracle(figure, o));
			}),
			{ weight: 3 }
		);
	});

	it('finds a count consistent exactly when the qualifier’s definition does, at the bounds themselves', () => {
		checkProperty(
			fc.property(stated, fc.integer({ min: -2, max: 2 }), fc.boolean(), (figure, nudge, atHigh) => {
				const allowed = allowedValues(figure);
				const bound = atHigh && allowed.high !== null ? allowed.high : allowed.low;
				const o = Math.max(0, Math.round(bound) + nudge);
				expect(agreementWith(o, allowed) === 'consistent').toBe(oracle(figure, o));
			}),
			{ weight: 3 }
		);
	});

	it('goes from above to consistent to below as the count grows, never back', () => {
		checkProperty(
			fc.property(stated, count, count, (figure, a, b) => {
				const [low, high] = a <= b ? [a, b] : [b, a];
				const allowed = allowedValues(figure);
				expect(rank[agreementWith(low, allowed)]).toBeLessThanOrEqual(rank[agreementWith(high, allowed)]);
			})
		);
	});

	it('compares any figure at the last year-end of its series on or before its date, and words the count it compares with', () => {
		const series = fc.constantFrom(...(Object.keys(OFFICIAL_SERIES) as OfficialSeriesId[]));
		const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		checkProperty(
			fc.property(stated, series, date, (words, id, reported) => {
				const result = compareFigure(figure({ ...words, official_series: id, indicator: OFFICIAL_SERIES[id].indicator, reported }), official)!;
				const values = official.series.find((s) => s.spec.id === id)!.values;
				const expected = values.filter((v) => v.year <= lastYearEndOnOrBefore(reported)).at(-1);
				if (!expected) {
					expect([result.outcome, (result as NotCompared).reason]).toEqual(['not-compared', 'before-series']);
					return;
				}
				const { official: value, phrase, agreement: found } = result as Compared;
				expect(value).toBe(expected);
				expect(found).toBe(agreementWith(value.value, allowedValues(words)));
				expect(phrase).toContain(`of ${fullCount(value.value)} `);
				expect(phrase).toContain(` at the end of ${value.year}`);
				expect(result.sentence.startsWith('The article’s “')).toBe(true);
			})
		);
	});
});
