// Drafting an article's figures (src/lib/extract/extract.ts with quote.ts and counted.ts): every
// quantity with a unique quote the build accepts, its value, qualifier, unit and guesses.
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/figures/dataset';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { findQuote, splitArticle } from '$lib/provenance';
import { readQuantities } from '$lib/quantities';
import { checkCoverage, decodeArticle, extractFigures, readFigureQuotes, type DraftFigure } from '$lib/extract';
import { idMaker, SENTENCE_CONTEXT } from '$lib/extract/extract';
import { MAX_QUOTE_LENGTH } from '$lib/extract/quote';
import { generateArticle } from '../../scripts/lib/generate-article';
import { ARTICLE, ARTICLE_ID } from '../helpers/article';
import { dataFiles, FIGURES_CSV } from '../helpers/data';

const FIXTURES = readdirSync('tests/fixtures/extract')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`tests/fixtures/extract/${f}`, 'utf8'));
const space = (s: string) => s.replace(/\s+/gu, ' ');

describe('extractor on the dashboard article', () => {
	const rows = Papa.parse<Record<string, string>>(FIGURES_CSV, { header: true, skipEmptyLines: true }).data;
	const { figures, sentences } = extractFigures(ARTICLE, { source: ARTICLE_ID });

	it('finds every figure of data/figures.csv with the same quote, value, qualifier, range, unit, indicator and measure, and nothing else', () => {
		const fields = (f: { [K in 'quote' | 'value' | 'qualifier' | 'upper' | 'unit' | 'indicator' | 'measure']?: unknown }) => ({
			quote: space(String(f.quote)),
			value: Number(f.value),
			qualifier: f.qualifier,
			upper: f.upper === '' || f.upper === null ? null : Number(f.upper),
			unit: f.unit,
			indicator: f.indicator,
			measure: f.measure
		});
		expect(figures.map(fields)).toEqual(expect.arrayContaining(rows.map(fields)));
		expect(figures).toHaveLength(rows.length);
		expect(sentences).toBe(16);
	});

	it('gives offsets that the build gives: the quote of idlib-civilians-killed at 1630-1669 in sentence s12-1', () => {
		const killed = figures.find((f) => f.quote === 'killed at least 12 civilians on Tuesday')!;
		expect([killed.start, killed.end, killed.sentence_id]).toEqual([1630, 1669, 's12-1']);
		expect(ARTICLE.slice(killed.start, killed.end)).toBe(killed.quote);
	});

	it('drafts rows that the dashboard build accepts once an editor fills in label, place and date', () => {
		const filled = figures.map((f) => ({
			...f,
			label: `Label ${f.id}`,
			country: 'Syria',
			country_iso3: 'SYR',
			reported: '2020-02-11'
		}));
		const csv = Papa.unparse({
			fields: FIGURE_COLUMNS.map((c) => c.name),
			data: filled.map((f) => FIGURE_COLUMNS.map((c) => f[c.name as keyof typeof f] ?? ''))
		});
		const dataset = buildDataset(dataFiles({ figures: csv }));
		expect(dataset.figures.map((f) => f.id)).toEqual(figures.map((f) => f.id));
	});

	it('--check logic: every quantity is covered by a row, and no row is stale', () => {
		const { rows: quoted, problems } = readFigureQuotes(FIGURES_CSV, 'data/figures.csv');
		expect(problems).toEqual([]);
		expect(checkCoverage(ARTICLE, figures, quoted, 'data/figures.csv')).toEqual({ missing: [], stale: [] });
	});
});

describe('extractor quotes', () => {
	const quotes = (text: string) => extractFigures(text).figures.map((f) => [f.quote, f.note]);

	it('stops the quote at punctuation and before the next number, without a dangling "and"', () => {
		expect(quotes('with at least 5.5 million people fleeing the country and more than 6 million displaced inside.')).toEqual([
			['at least 5.5 million people fleeing the country', ''],
			['more than 6 million displaced inside', '']
		]);
	});

	it('widens a quote that occurs twice to the left, then to the right, until it is unique', () => {
		expect(quotes('Officials said 12 people died. Doctors said 12 people died.')).toEqual([
			['Officials said 12 people died', ''],
			['Doctors said 12 people died', '']
		]);
		expect(quotes('12 people died in Homs. 12 people died in Hama.').map((q) => q[0])).toEqual([
			'12 people died in Homs',
			'12 people died in Hama'
		]);
		expect(quotes('12 people died, in Homs. 12 people died, in Hama.').map((q) => q[0])).toEqual([
			'12 people died, in Homs',
			'12 people died, in Hama'
		]);
	});

	it('never lets a widened quote overlap the quote before it, nor a currency sign after it', () => {
		expect(quotes('12 civilians died in Homs. In Hama, 300 fled, 12 civilians died.').map((q) => q[0])).toEqual([
			'12 civilians died in Homs',
			'300 fled',
			'12 civilians died'
		]);
		expect(quotes('Britain pledged £300m and the US gave US$1.2 billion.').map((q) => q[0])).toEqual([
			'£300m and the US gave',
			'US$1.2 billion'
		]);
	});

	it('says so in the note when even the whole sentence repeats', () => {
		expect(quotes('12 people died. 12 people died.')).toEqual([
			['12 people died', 'The quote occurs 2 times in the article; the build needs it once.'],
			['12 people died', 'The quote occurs 2 times in the article; the build needs it once.']
		]);
	});

	it('stops widening at the longest quote figures.csv takes, so a long sentence written twice costs no more than once', () => {
		const prose = 'Residents described the conditions in the camps as desperate with little shelter from the cold '.repeat(300);
		const paragraph = `${prose}and 12 people fled ${prose}`;
		const [first, second] = extractFigures(`${paragraph}\n\n${paragraph}`).figures;
		for (const f of [first!, second!]) {
			expect(f.quote).toContain('12 people fled');
			expect(f.quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
			expect(f.note).toBe('The quote occurs 2 times in the article; the build needs it once.');
		}
	});

	it('keeps the verb that says what happened to the people counted', () => {
		expect(quotes('Strikes killed at least 12 civilians on Tuesday, a monitor said.')[0]![0]).toBe('killed at least 12 civilians on Tuesday');
		expect(quotes('The war has seen around 700,000 flee.')[0]![0]).toBe('around 700,000 flee');
	});

	it('notes vague amounts and counts of things, and reads money with its currency', () => {
		const found = extractFigures('Tens of thousands of people fled. Crews put up 300 tents. Donors gave $1.2bn and 3 million euros.').figures;
		expect(found.map((f) => [f.quote, f.value, f.unit, f.note])).toEqual([
			['Tens of thousands of people fled', null, 'people', 'Vague amount: the article states no number, so no value can be checked against its words; drop the row, or quote a sentence that gives one.'],
			['300 tents', 300, 'count', 'Counts “tents”, not people.'],
			['$1.2bn', 1_200_000_000, 'USD', ''],
			['3 million euros', 3_000_000, 'EUR', '']
		]);
	});

	it('reads the people counted from a verb said only of people, or from the sentence before a bare number', () => {
		const units = (text: string) => extractFigures(text).figures.map((f) => [f.quote, f.unit]);
		expect(units('Some 300 died.')).toEqual([['Some 300 died', 'people']]);
		expect(units('Roughly 1 million Rohingya live there, and some 12,000 more have arrived.')).toEqual([
			['Roughly 1 million Rohingya live there', 'people'],
			['some 12,000 more have arrived', 'people']
		]);
		expect(units('Some 300 were destroyed.')).toEqual([['Some 300 were destroyed', 'count']]);
	});

	it('makes ids from the quote, unique and valid for figures.csv', () => {
		const ids = extractFigures('12 people died. 12 people died. Über 5 Flüchtlinge.').figures.map((f) => f.id);
		expect(ids).toEqual(['12-people-died', '12-people-died-2', '5-fluchtlinge']);
		// "12" twice makes 12-2, which is also the slug of "12.2": the third id must differ from both.
		const next = idMaker();
		expect(['12', '12', '12.2', '…'].map(next)).toEqual(['12', '12-2', '12-2-2', 'figure']);
		// Suffixes keep counting where they stopped, still past any id a quote made by itself.
		expect(['a', 'a 3', 'a', 'a', 'a'].map(idMaker())).toEqual(['a', 'a-3', 'a-2', 'a-4', 'a-5']);
	});

	it('caps an id at 60 characters, however long the quote\'s words', () => {
		const ids = extractFigures(`About 12 ${'x'.repeat(100_000)} fled. About 12 ${'x'.repeat(100_000)} fled.`).figures.map((f) => f.id);
		expect(ids).toEqual([`about-12-${'x'.repeat(51)}`, `about-12-${'x'.repeat(51)}-2`]);
	});

	it('cuts the sentence column to the quote and a few hundred characters around it, offsets exact', () => {
		const text = generateArticle(20_000).replace(/[.!?]/g, '').replace(/\n+/g, ' ');
		const { figures } = extractFigures(text);
		expect(figures.length).toBeGreaterThan(50);
		for (const f of figures) {
			expect(text.slice(f.start, f.end)).toBe(f.quote);
			expect(f.sentence.length).toBeLessThanOrEqual(f.quote.length + 2 * SENTENCE_CONTEXT + 2);
			// What is shown is the text around the quote, cut at white space, "…" where cut.
			const shown = f.sentence.replace(/^…|…$/gu, '');
			const from = f.start - shown.indexOf(f.quote);
			expect(text.slice(from, from + shown.length)).toBe(shown);
			if (f.sentence.startsWith('…')) expect(text[from - 1]).toMatch(/\s/u);
			if (f.sentence.endsWith('…')) expect(text[from + shown.length]).toMatch(/\s/u);
		}
		expect(figures[0]!.sentence).toMatch(/^[^…].*…$/u);
		expect(figures[20]!.sentence).toMatch(/^….*…$/u);
	});

	it('skips a number no row could hold exactly, and says where it is', () => {
		const text = `${'1'.repeat(1_000_000)} fled. Officials counted 9007199254740993 people and between 5 and 99999999999999999999 families. About 12 people fled.`;
		const { figures, skipped } = extractFigures(text);
		expect(figures.map((f) => [f.quote, f.value])).toEqual([['About 12 people fled', 12]]);
		expect(skipped).toEqual([
			{ start: 0, end: 1_000_000, reason: 'too large to read' },
			{ start: 1_000_025, end: 1_000_041, reason: 'a count this large (10^15 or more) cannot be kept exactly' },
			{ start: 1_000_053, end: 1_000_087, reason: 'a count this large (10^15 or more) cannot be kept exactly' }
		]);
		expect(extractFigures('Officials counted 999,999,999,999,999 people.').figures.map((f) => f.value)).toEqual([999_999_999_999_999]);
	});

	it('reads BOM and CRLF files like LF files, with offsets into the decoded text', () => {
		const lf = FIXTURES[1]!;
		const crlf = decodeArticle(new TextEncoder().encode(`\uFEFF${lf.replace(/\n/g, '\r\n')}`), 'a.txt');
		const a = extractFigures(lf).figures;
		const b = extractFigures(crlf).figures;
		expect(b.map((f) => [f.quote, f.value, f.qualifier])).toEqual(a.map((f) => [f.quote, f.value, f.qualifier]));
		for (const f of b) expect(crlf.slice(f.start, f.end)).toBe(f.quote);
	});

	/** What the build demands of a quote: it is where the offsets say, once, and states exactly its number, whole. */
	function buildWouldAccept(text: string, f: DraftFigure): boolean {
		const sentence = splitArticle(text).flatMap((p) => p.sentences).find((s) => s.id === f.sentence_id)!;
		const inQuote = readQuantities(sentence.text)
			.map((q) => ({ start: q.start + sentence.start, end: q.end + sentence.start }))
			.filter((q) => q.start < f.end && f.start < q.end);
		return (
			text.slice(f.start, f.end) === f.quote &&
			findQuote(text, f.quote).length === 1 &&
			inQuote.length === 1 &&
			inQuote[0]!.start >= f.start &&
			inQuote[0]!.end <= f.end
		);
	}

	it.each([
		...FIXTURES.map((t, i) => [`fixture ${i + 1}`, t]),
		['a generated 40 KB article', generateArticle(40_000)],
		['sentences that repeat words and numbers', '12 civilians died in Homs. In Hama, 300 fled, 12 civilians died. Britain pledged £300m and the US gave US$1.2 billion. The US gave US$1.2 billion, and 300 fled.']
	])(
		'gives every quote of %s that the build would accept',
		(_name, text) => {
			const figures = extractFigures(text).figures.filter((f) => f.note.indexOf('occurs') === -1);
			expect(figures.length).toBeGreaterThan(0);
			expect(figures.filter((f) => !buildWouldAccept(text, f)).map((f) => f.quote)).toEqual([]);
		}
	);
});
