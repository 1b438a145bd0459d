import { describe, expect, it } from 'vitest';
import { readQuantities, type Quantity } from '../../src/lib/quantities';
import { VAGUE_FIRST_WORDS } from '../../src/lib/quantities/vague';
import {
	anyOf,
	DOZEN,
	FRACTIONS,
	LARGE_SCALES,
	MONTHS,
	ONES,
	ORDINALS,
	SCALE_ABBREVIATIONS,
	SCALES,
	SCORES,
	TEENS,
	TENS,
	TIME_UNITS,
	VAGUE_MULTIPLIERS,
	VAGUE_QUANTIFIERS
} from '../../src/lib/quantities/vocabulary';
import { splitArticle } from '../../src/lib/provenance';

type Reading = Pick<Quantity, 'value' | 'kind' | 'text'>;

function read(input: string): Reading[] {
	return readQuantities(input).map(({ value, kind, text }) => ({ value, kind, text }));
}

const count = (value: number, text: string): Reading => ({ value, kind: 'count', text });
const share = (value: number, text: string): Reading => ({ value, kind: 'share', text });
const vague = (text: string): Reading => ({ value: null, kind: 'count', text });

const plural = (word: string) => `${word}s`;
const entries = (words: Readonly<Record<string, number>>) => Object.entries(words);

describe('anyOf', () => {
	it('puts longer phrases first, escapes regex characters and lets a space match any white space', () => {
		expect(anyOf(['m', 'mn', 'a few', 'No.'])).toBe('(?:a\\s+few|No\\.|mn|m)');
		expect(new RegExp(`^${anyOf(['m', 'mn'])}`).exec('mn')?.[0]).toBe('mn');
		expect(new RegExp(`^${anyOf(['a few'])}$`).test('a\u00a0 few')).toBe(true);
		expect(new RegExp(`^${anyOf(['No.'])}$`).test('Nox')).toBe(false);
	});
});

describe('number words', () => {
	// A lone "one" is a pronoun ("one of the"), so it is read as part of "one million".
	const words = [...entries(ONES), ...entries(TEENS), ...entries(TENS)].filter(([word]) => word !== 'one');
	it.each(words)('%s reads as %d', (word, value) => {
		expect(read(`${word} people`)).toEqual([count(value, word)]);
	});
	it('one reads as part of a number', () => {
		expect(read('one million')).toEqual([count(1e6, 'one million')]);
	});
});

describe('scales', () => {
	const scales = entries(SCALES);
	it.each(scales)('%s reads after digits, spaced and attached', (word, value) => {
		expect(read(`5 ${word}`)).toEqual([count(5 * value, `5 ${word}`)]);
		expect(read(`5${word}`)).toEqual([count(5 * value, `5${word}`)]);
	});
	it.each(scales)('%s reads after a number word', (word, value) => {
		expect(read(`two ${word}`)).toEqual([count(2 * value, `two ${word}`)]);
		expect(read(`a ${word}`)).toEqual([count(value, `a ${word}`)]);
	});

	it.each(entries(LARGE_SCALES))('half a %s is a count, as half an hour is a duration', (word, value) => {
		expect(read(`half a ${word}`)).toEqual([count(value / 2, `half a ${word}`)]);
	});
	it('half a hundred stays a share and then a count', () => {
		expect(read('half a hundred')).toEqual([share(0.5, 'half'), count(100, 'a hundred')]);
	});

	const abbreviations = Object.entries(SCALE_ABBREVIATIONS).map(
		([abbreviation, { word, standsAlone }]) => [abbreviation, SCALES[word], standsAlone] as const
	);
	it.each(abbreviations)('%s (%d) reads attached; spaced only when it stands alone (%s)', (abbreviation, value, standsAlone) => {
		expect(read(`1.5${abbreviation}`)).toEqual([count(1.5 * value, `1.5${abbreviation}`)]);
		expect(read(`1.5 ${abbreviation}`)).toEqual([
			standsAlone ? count(1.5 * value, `1.5 ${abbreviation}`) : count(1.5, '1.5')
		]);
	});

	it('dozen counts twelve', () => {
		expect(read(`two ${DOZEN}`)).toEqual([count(24, `two ${DOZEN}`)]);
	});
});

describe('vague amounts', () => {
	const counted = [DOZEN, ...Object.keys(SCALES)];
	const phrases = [
		...VAGUE_MULTIPLIERS.flatMap((multiplier) => Object.keys(LARGE_SCALES).map((scale) => `${multiplier} of ${plural(scale)}`)),
		...VAGUE_QUANTIFIERS.flatMap((few) => counted.flatMap((word) => [`${few} ${word}`, `${few} ${plural(word)}`])),
		...counted.map(plural),
		SCORES
	];

	it('VAGUE_FIRST_WORDS are the first words of the vague amounts', () => {
		expect([...VAGUE_FIRST_WORDS].sort()).toEqual(
			['a', 'billions', 'crores', 'dozens', 'hundreds', 'lakhs', 'many', 'millions', 'scores', 'several', 'tens', 'thousands', 'trillions'].sort()
		);
		expect(new Set(phrases.map((phrase) => phrase.split(' ')[0]))).toEqual(VAGUE_FIRST_WORDS);
	});

	it.each(phrases)('%s reads as one vague amount', (phrase) => {
		expect(read(`${phrase} of people`)).toEqual([vague(phrase)]);
	});
});

describe('fractions and ordinals', () => {
	it.each(FRACTIONS)('a $singular is one in $denominator', ({ singular, denominator }) => {
		expect(read(`a ${singular} of them`)).toEqual([share(1 / denominator, `a ${singular}`)]);
		expect(read(`one ${singular}`)).toEqual([share(1 / denominator, `one ${singular}`)]);
	});
	it.each(FRACTIONS.filter(({ denominator }) => denominator > 2))(
		'two $plural is two in $denominator',
		({ plural: word, denominator }) => {
			expect(read(`two ${word}`)).toEqual([share(2 / denominator, `two ${word}`)]);
		}
	);
	it('every fraction past a quarter is named by the ordinal of its denominator', () => {
		const named = FRACTIONS.filter(({ singular }) => singular !== 'half' && singular !== 'quarter');
		expect(named.map(({ singular }) => [singular, ORDINALS[singular]])).toEqual(
			named.map(({ singular, denominator }) => [singular, denominator])
		);
	});

	const onesOrdinals = entries(ORDINALS).filter(([, value]) => value < 10);
	it.each(onesOrdinals)('twenty-%s is an ordinal, not a count', (ordinal) => {
		expect(read(`twenty-${ordinal}`)).toEqual([]);
		expect(read(`twenty ${ordinal}`)).toEqual([]);
	});
});

describe('time units', () => {
	const words = TIME_UNITS.flatMap(({ singular, plural: several, abbreviations }) => [singular, several, ...abbreviations]);
	it.each(words)('5 %s is a duration, not a count', (word) => {
		expect(read(`5 ${word}`)).toEqual([]);
		expect(read(`a 5-${word} wait`)).toEqual([]);
	});
	it.each(TIME_UNITS.map(({ singular }) => singular))('half a %s is no share', (word) => {
		expect(read(`half a ${word}`)).toEqual([]);
	});
});

describe('months', () => {
	const names = MONTHS.flatMap(({ name, abbreviations }) => [name, ...abbreviations]);
	it.each(names)('%s next to a day is a date, not a count', (month) => {
		for (const date of [`${month} 5`, `${month}. 5`, `5 ${month}`, `5 ${month}.`]) expect(read(date)).toEqual([]);
	});

	const abbreviations = MONTHS.flatMap(({ abbreviations }) => abbreviations);
	it.each(abbreviations)('"%s. 5" does not end the sentence', (abbreviation) => {
		const body = splitArticle(`Title\nThey met on ${abbreviation}. 5 people came.`)[1]!;
		expect(body.sentences.map((s) => s.text)).toEqual([`They met on ${abbreviation}. 5 people came.`]);
	});
	it('a day name before a number does end the sentence', () => {
		const body = splitArticle('Title\nThey met on Sunday. 5 people came.')[1]!;
		expect(body.sentences.map((s) => s.text)).toEqual(['They met on Sunday.', '5 people came.']);
	});
});
