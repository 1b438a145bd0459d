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
import { cellsOf } from '$lib/extract/layout';
import { MAX_QUOTE_LENGTH } from '$lib/extract/quote';
import { generateArticle } from '../../scripts/lib/generate-article';
import { ARTICLE, ARTICLE_ID } from '../helpers/article';
import { dataFiles, FIGURES_CSV } from '../helpers/data';

const fixturesIn = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const FIXTURES = fixturesIn('tests/fixtures/extract');
/** Passages in the shapes of real documents: key-figure boxes, tables, footnote markers, PDF text. */
const REAL_FIXTURES = fixturesIn('tests/fixtures/extract-real');
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

	it('guesses people who remain displaced as internally displaced, a stock, and those who fled as a flow', () => {
		const guesses = (text: string) => extractFigures(text).figures.map((f) => [f.quote, f.indicator, f.measure]);
		expect(guesses('More than 2 million people fled the fighting in 2023, and at least 300,000 remain displaced.')).toEqual([
			['More than 2 million people fled the fighting in 2023', 'new_displacement', 'flow'],
			['at least 300,000 remain displaced', 'idps', 'stock']
		]);
		expect(guesses('Some 40,000 are still displaced.')).toEqual([['Some 40,000 are still displaced', 'idps', 'stock']]);
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
		...REAL_FIXTURES.map((t, i) => [`real-document fixture ${i + 1}`, t]),
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

/** What a number counts in the shapes of real documents (issue 16). */
describe('extractor units in real documents', () => {
	const units = (text: string) => extractFigures(text).figures.map((f) => [f.quote, f.value, f.unit]);

	it('reads households and families as units of their own, before the people a verb names', () => {
		expect(units('2 706 households (15 023 individuals) fled, and 2,706 HHs were counted.')).toEqual([
			['2 706 households', 2706, 'households'],
			['15 023 individuals', 15_023, 'people'],
			['2,706 HHs were counted', 2706, 'households']
		]);
		expect(units('Shelling left five families displaced.')).toEqual([['five families displaced', 5, 'families']]);
		expect(units('Crews visited 2 sites, 706 households in Kanyaruchinya and 1 200 in Bulengo.')).toEqual([
			['2 sites', 2, 'count'],
			['706 households in Kanyaruchinya', 706, 'households'],
			['1 200 in Bulengo', 1200, 'households']
		]);
		// A part of a number after it counts what that one counts.
		expect(units('Fewer than 40 of the 1,000 families have received aid.')).toEqual([
			['Fewer than 40', 40, 'families'],
			['1,000 families have received aid', 1000, 'families']
		]);
		expect(units('Only 12 of the 300 people were found.')).toEqual([
			['12', 12, 'people'],
			['300 people were found', 300, 'people']
		]);
	});

	it('notes that households and families are not people, and the build refuses them until an editor decides', () => {
		const [row] = extractFigures('Some 2,706 households fled.').figures;
		expect([row!.unit, row!.note]).toEqual(['households', 'Counts households, not people.']);
		const csv = Papa.unparse({
			fields: FIGURE_COLUMNS.map((c) => c.name),
			data: [{ ...row!, source: ARTICLE_ID, quote: 'at least 5.5 million people', value: 5_500_000, qualifier: 'at_least', label: 'L', country: 'Syria', country_iso3: 'SYR', reported: '2020-02-11' }].map((f) =>
				FIGURE_COLUMNS.map((c) => f[c.name as keyof typeof f] ?? '')
			)
		});
		expect(() => buildDataset(dataFiles({ figures: csv }))).toThrow('unit "households" is not one of: people, share, percent');
	});

	it('reads the currency written after the number, in parentheses or as a code, and a code before it', () => {
		expect(units('3.32 billion requested (US$)\n499.1 million received (USD)\n2.1 million spent (in US$)\n5 million (EUR)')).toEqual([
			['3.32 billion requested', 3_320_000_000, 'USD'],
			['499.1 million received', 499_100_000, 'USD'],
			['2.1 million spent', 2_100_000, 'USD'],
			['5 million', 5_000_000, 'EUR']
		]);
		expect(units('The fund gave USD 45 million and EUR 12m to partners, then 3 million GBP.')).toEqual([
			['USD 45 million', 45_000_000, 'USD'],
			['EUR 12m to partners', 12_000_000, 'EUR'],
			['3 million GBP', 3_000_000, 'GBP']
		]);
		// Letters run on to the code: no currency.
		expect(units('The XUSD 45 tokens.')).toEqual([['45 tokens', 45, 'count']]);
	});

	it('reads past a year in parentheses after the number, into the quote and for the unit', () => {
		expect(units('Worldwide there were 22 million (2017) refugees, and more than six million (2016) people fled Syria.')).toEqual([
			['22 million (2017) refugees', 22_000_000, 'people'],
			['more than six million (2016) people fled Syria', 6_000_000, 'people']
		]);
		// Only a year: "(12)" and "(2017 est.)" are not passed over.
		expect(units('They built 22 (12) tents.')).toEqual([
			['22', 22, 'count'],
			['12', 12, 'count']
		]);
	});

	it('joins a word broken at a PDF line end ("in- jured"), and not a dash between words', () => {
		expect(units('Teams reported 30 in- jured people and 42 637 house- holds in need.')).toEqual([
			['30 in- jured people', 30, 'people'],
			['42 637 house- holds in need', 42_637, 'households']
		]);
		expect(units('They found 30 tents - People had left.')).toEqual([['30 tents', 30, 'count']]);
	});

	it('drops the number of a name that the sentence splitter cut from it ("No." then a capital)', () => {
		expect(units('Situation Report No. 17 | Page 2 of 6\nFlash Update No. 3 (Herat) lists 12 people.')).toEqual([['12 people', 12, 'people']]);
		// Another number that begins a sentence is a count.
		expect(units('The camp is full. 300 people arrived.')).toEqual([['300 people arrived', 300, 'people']]);
	});

	it('reads a bare number before a preposition or conjunction, and a displacement, as what the sentence before counts', () => {
		expect(units('IOM: Displacement in Haiti tops 700,000 as violence spreads')).toEqual([['tops 700,000 as violence spreads', 700_000, 'people']]);
		expect(units('Tents: 300 after the storm')).toEqual([['300 after the storm', 300, 'count']]);
	});

	it('reads a death toll as people', () => {
		expect(units('The death toll had exceeded 1,100 on Monday.')).toEqual([['exceeded 1,100 on Monday', 1100, 'people']]);
	});

	it('takes no capitalised common noun for a people, as Title Case headlines and tables write them', () => {
		expect(units('193 Member States signed. Floods Destroy 300 Homes')).toEqual([
			['193 Member States signed', 193, 'count'],
			['300 Homes', 300, 'count']
		]);
		expect(units('A population of about 6 million; 100,000 new arrivals; 9,300 asylum-seekers.')).toEqual([
			['about 6 million', 6_000_000, 'people'],
			['100,000 new arrivals', 100_000, 'people'],
			['9,300 asylum-seekers', 9300, 'people']
		]);
	});

	it('reads a table row with its column header, then its row label', () => {
		const table = ['Population group | Number', 'Refugees | 71,500', 'Households | 2,706', 'Sites | 14'].join('\n');
		expect(units(table)).toEqual([
			['71,500', 71_500, 'people'],
			['2,706', 2706, 'households'],
			['14', 14, 'count']
		]);
		const columns = ['State\tHouseholds\tIndividuals', 'Gedaref\t1 850\t10 260', 'Kassala\t856\t4 763'].join('\n');
		expect(units(columns)).toEqual([
			['1 850', 1850, 'households'],
			['10 260', 10_260, 'people'],
			['856', 856, 'households'],
			['4 763', 4763, 'people']
		]);
		// A header without a cell over the row labels, and columns parted by runs of spaces.
		expect(units(['Households    Individuals', 'Gedaref    1 850    10 260'].join('\n'))).toEqual([
			['1 850', 1850, 'households'],
			['10 260', 10_260, 'people']
		]);
		// Key figures across: a header line, then the values under it.
		expect(units(['People in need\tPeople targeted\tRequired (US$)', '11.7M\t5M\t2.7B'].join('\n'))).toEqual([
			['11.7M', 11_700_000, 'people'],
			['5M', 5_000_000, 'people'],
			['2.7B', 2_700_000_000, 'USD']
		]);
	});

	it('ends a table at a line of prose: its header labels no later row', () => {
		const text = ['Households | Individuals', 'Aleppo | 120 | 600', 'The camps were full.', 'Idlib | 300 | 900'].join('\n');
		expect(units(text)).toEqual([
			['120', 120, 'households'],
			['600', 600, 'people'],
			['300', 300, 'count'],
			['900', 900, 'count']
		]);
		// A tab ends a quote: the next cell is not the number's clause.
		expect(units('Hajjah\t12,843\tcases')).toEqual([['12,843', 12_843, 'count']]);
	});

	it('reads a number alone on its line with the line under it, or else the line over it, as in a key-figure box', () => {
		expect(units(['KEY FIGURES', '11.7 M', 'people in need', '', '5 M', 'people targeted', '318 000', 'households affected'].join('\n'))).toEqual([
			['11.7 M', 11_700_000, 'people'],
			['5 M', 5_000_000, 'people'],
			['318 000', 318_000, 'households']
		]);
		expect(units(['Refugees', '1,500,000', '12,000', 'Aid trucks crossed on Monday.'].join('\n'))).toEqual([
			['1,500,000', 1_500_000, 'people'],
			['12,000', 12_000, 'count']
		]);
		// Not alone on its line: its own words, or none.
		expect(units(['The count was 500', 'people in need'].join('\n'))).toEqual([['500', 500, 'count']]);
	});
});

describe('layout of pasted tables (extract/layout.ts)', () => {
	it('splits a line into cells at a tab, a bar or two spaces, and only a short line', () => {
		const cells = (line: string) => {
			const found = cellsOf(line, 0, line.length);
			return found && found.flatMap((_, i) => (i % 2 === 0 ? [line.slice(found[i], found[i + 1])] : []));
		};
		expect(cells('Refugees | 71,500')).toEqual(['Refugees', '71,500']);
		expect(cells('| Turkey | 3,576,370 | 4.3% |')).toEqual(['Turkey', '3,576,370', '4.3%']);
		expect(cells('Gedaref\t1 850\t10 260')).toEqual(['Gedaref', '1 850', '10 260']);
		expect(cells('Households    Individuals')).toEqual(['Households', 'Individuals']);
		expect(cells('Some 12 people fled.')).toBeNull();
		expect(cells(`${'word '.repeat(70)}|  x`)).toBeNull();
	});
});
