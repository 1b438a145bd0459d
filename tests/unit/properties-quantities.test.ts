// Generated text for the quantities reader (src/lib/quantities, readQuantities): an article a
// user pastes may hold anything, so the reader must return, in time, spans that are exactly the
// words they claim, and must read a number with its qualifier exactly.
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, readQuantities, type Qualifier } from '$lib/quantities';
import { classOf, DIGIT, LETTER, NUMBER, SPACE, WORD } from '$lib/quantities/chars';
import { LARGE_SCALES } from '$lib/quantities/vocabulary';
import {
	anyText,
	callWithin,
	checkProperty,
	fc,
	PROPERTY_TIMEOUT,
	sampleOne,
	timeGrowth
} from '../helpers/properties';

/** Words and marks the readers look for: numbers, scales, qualifiers, ranges, shares, vague amounts, non-counts. */
const NUMERIC_WORDS = [
	'at least', 'more than', 'over', 'around', 'about', 'some', 'nearly', 'almost', 'up to', 'fewer than', 'under',
	'no more than', 'just under', 'an estimated', '~', 'between', 'and', 'to', 'from', 'rose', 'fell', 'range from',
	'half', 'a third', 'two-thirds', 'three quarters', 'one in five', 'tens of thousands', 'hundreds', 'dozens', 'scores of',
	'several thousand', 'a few hundred', 'a dozen', 'one', 'twelve', 'twenty', 'twenty-one', 'first', 'hundred', 'thousand',
	'million', 'billion', 'bn', 'm', 'k', 'mn', 'percent', 'per cent', '%', 'people', 'refugees', 'years', 'min read', 'pm',
	"o'clock", 'February', 'Feb.', 'May', 'Resolution', 'No.', 'Route', 'COVID-19', '-', '–', ',', '.', ':', '/', '(', ')',
	'"', '’', '0', '5', '12', '2020', '700,000', '5.5', '8,000-10,000', '5\u2009000', '1,2345', '3rd', '10:30', '2011-2020'
];

/** Prose: those words and any others, run together or apart by any white space or punctuation. */
const prose = fc
	.array(
		fc.tuple(
			fc.oneof(
				{ arbitrary: fc.constantFrom(...NUMERIC_WORDS), weight: 5 },
				{ arbitrary: fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString('en-US')), weight: 2 },
				{ arbitrary: anyText(6), weight: 2 }
			),
			fc.constantFrom(' ', ' ', ' ', '', '\u00A0', '\n', '\r\n', ', ', '. ', '-')
		),
		{ maxLength: 40, size: 'medium' }
	)
	.map((parts) => parts.map(([word, gap]) => word + gap).join(''));

const anyInput = fc.oneof(prose, anyText(120, NUMERIC_WORDS));

const KINDS = ['count', 'percent', 'share'];

describe('readQuantities time', () => {
	// First in the file: after thousands of property runs (npm run fuzz) the heap and the JIT's
	// state make big inputs slower unevenly, which is noise, not the code under test.
	it('grows linearly with the text: 4n characters take at most 5 times as long as n', () => {
		const words = sampleOne(fc.array(prose, { minLength: 200, maxLength: 200 })).join(' ');
		const { ratio, small, large } = timeGrowth({
			input: (size) => words.repeat(Math.ceil(size / words.length)).slice(0, size),
			run: readQuantities,
			size: 20_000
		});
		expect(ratio, `n: ${small.toFixed(1)} ms, 4n: ${large.toFixed(1)} ms`).toBeLessThanOrEqual(5);
	}, 60_000);
});

describe('readQuantities on any text', () => {
	it(
		'returns, without throwing, within 2 s',
		() => {
			// callWithin interrupts an endless loop, so a hang fails with its input instead of stalling the run.
			checkProperty(fc.property(anyInput, (text) => void callWithin(2_000, readQuantities, text)));
		},
		PROPERTY_TIMEOUT
	);

	it(
		'returns spans in order, apart, each the exact text it claims, with a value, range, qualifier and kind that make sense',
		() => {
			checkProperty(
				fc.property(anyInput, (text) => {
					let previousEnd = 0;
					for (const q of readQuantities(text)) {
						expect(q.start).toBeGreaterThanOrEqual(previousEnd);
						expect(q.end).toBeGreaterThan(q.start);
						expect(q.end).toBeLessThanOrEqual(text.length);
						expect(text.slice(q.start, q.end)).toBe(q.text);
						if (q.value !== null) expect(Number.isFinite(q.value), `value ${q.value}`).toBe(true);
						if (q.upper !== null) {
							expect(q.value, `upper ${q.upper} without a value`).not.toBeNull();
							expect(q.upper).toBeGreaterThan(q.value!);
						}
						expect(q.qualifier === 'range', `qualifier ${q.qualifier} with upper ${q.upper}`).toBe(q.upper !== null);
						expect(QUALIFIERS).toContain(q.qualifier);
						expect(KINDS).toContain(q.kind);
						previousEnd = q.end;
					}
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);
});

/**
 * The qualifier phrases of DESIGN.md and the README, restated here as the oracle (the reader's
 * own table is what is under test).
 */
const PHRASES: ReadonlyArray<readonly [Qualifier, string]> = [
	...(['around', 'about', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'circa', '~'] as const).map((p) => ['approx', p] as const),
	...(['at least', 'a minimum of', 'no fewer than', 'no less than'] as const).map((p) => ['at_least', p] as const),
	...(['more than', 'over', 'above', 'in excess of', 'upwards of', 'crossing', 'exceeding', 'surpassing', 'topping'] as const).map((p) => ['more_than', p] as const),
	...(['up to', 'as many as', 'at most', 'a maximum of', 'no more than'] as const).map((p) => ['at_most', p] as const),
	...(['fewer than', 'less than', 'under', 'below'] as const).map((p) => ['less_than', p] as const),
	...(['nearly', 'almost', 'close to', 'just under'] as const).map((p) => ['nearly', p] as const),
	['exact', '']
];

/** Scales after the digits, attached or spaced as the README allows ("5.5 million", "3.2m", "1.2 bn"), and their powers of ten. */
const SCALES: ReadonlyArray<readonly [string, number]> = [
	['', 0], ['', 0], ['', 0], [' thousand', 3], [' million', 6], [' billion', 9], ['k', 3], ['m', 6], ['bn', 9], [' bn', 9], [' mn', 6]
];

/** Short runs of the white space a text may hold between words (NBSP and thin spaces included). */
const gapArb = fc.string({ unit: fc.constantFrom(' ', '\u00A0', '\u2009', '\u202F', '\t', '\n'), minLength: 1, maxLength: 2 });

/** A number in digits: its integer part, grouped by commas or thin spaces or not at all, and a decimal part. */
const numeralArb = fc
	.record({
		integer: fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 999_999_999 })),
		grouping: fc.constantFrom(',', '\u2009', '\u202F', ''),
		fraction: fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: null })
	})
	// Four plain digits from 1800 to 2100 are a year, which the reader skips by design.
	.filter(({ integer, grouping }) => !(grouping === '' && integer >= 1800 && integer <= 2100))
	.map(({ integer, grouping, fraction }) => {
		const digits = String(integer);
		const grouped = grouping === '' ? digits : digits.replace(/\B(?=(\d{3})+$)/g, grouping);
		return { written: fraction === null ? grouped : `${grouped}.${fraction}`, decimal: fraction === null ? digits : `${digits}.${fraction}` };
	});

const statementArb = fc.record({
	prefix: fc.constantFrom('', 'Officials said ', 'The agency counted ', 'In Idlib, ', 'Since then '),
	phrase: fc.constantFrom(...PHRASES),
	capital: fc.boolean(),
	gaps: fc.array(gapArb, { minLength: 4, maxLength: 4 }),
	tildeAttached: fc.boolean(),
	numeral: numeralArb,
	scale: fc.constantFrom(...SCALES),
	percent: fc.constantFrom(null, '%', ' percent', ' per cent'),
	suffix: fc.constantFrom(' people fled.', ' refugees were registered.', ' civilians.', '.', ', the UN said.')
});

describe('readQuantities on a number in digits after a qualifier', () => {
	it(
		'reads the number, its qualifier and its words exactly',
		() => {
			checkProperty(
				fc.property(statementArb, (s) => {
					const [qualifier, phrase] = s.phrase;
					// The phrase as written: its words apart by any white space, capitalised at a sentence start.
					let words = phrase.split(' ').map((w, i) => (i === 0 ? w : s.gaps[i - 1]! + w)).join('');
					if (s.capital || s.prefix === '') words = words.charAt(0).toUpperCase() + words.slice(1);
					const gap = phrase === '' ? '' : phrase === '~' && s.tildeAttached ? '' : s.gaps[3]!;
					// A percentage has no scale word ("5 million percent" says nothing).
					const [scale, power] = s.percent === null ? s.scale : ['', 0];
					const quantity = `${words}${gap}${s.numeral.written}${scale}${s.percent ?? ''}`;
					const text = `${s.prefix}${quantity}${s.suffix}`;

					const found = readQuantities(text);
					expect(found).toEqual([
						{
							value: Number(`${s.numeral.decimal}e${power}`),
							upper: null,
							qualifier,
							kind: s.percent === null ? 'count' : 'percent',
							start: s.prefix.length,
							end: s.prefix.length + quantity.length,
							text: quantity
						}
					]);
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('the character table the readers walk the text with (src/lib/quantities/chars.ts)', () => {
	const REGEXES: ReadonlyArray<readonly [number, RegExp]> = [
		[WORD, /^[\p{L}\p{N}]$/u],
		[SPACE, /^\s$/u],
		[NUMBER, /^\p{N}$/u],
		[LETTER, /^\p{L}$/u],
		[DIGIT, /^\p{Nd}$/u]
	];

	it(
		'classes every code point, lone surrogates included, as the regular expressions do',
		() => {
			checkProperty(
				fc.property(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff })), (code) => {
					const character = String.fromCodePoint(code);
					for (const [bit, re] of REGEXES) expect((classOf(code) & bit) !== 0, `${code.toString(16)} ${re}`).toBe(re.test(character));
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('readQuantities on a word that only continues a number', () => {
	// Read from the vocabulary, not from words.ts's list: "hundred", "dozen", the scales and "and"
	// never begin a number, so the reader passes them over without trying its readers there.
	const CONTINUING = ['and', 'hundred', 'dozen', ...Object.keys(LARGE_SCALES)];

	it(
		'begins no quantity there, whatever follows',
		() => {
			checkProperty(
				fc.property(fc.constantFrom(...CONTINUING), fc.boolean(), prose, (word, capital, rest) => {
					const first = capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
					const text = `${first} ${rest}`;
					for (const q of readQuantities(text)) expect(q.start, JSON.stringify(text)).toBeGreaterThan(0);
				})
			);
		},
		PROPERTY_TIMEOUT
	);
});
