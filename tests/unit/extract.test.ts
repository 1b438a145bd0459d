import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/figures/dataset';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { findQuote, splitArticle } from '$lib/provenance';
import { readQuantities } from '$lib/quantities';
import {
	checkCoverage,
	decodeArticle,
	draftCsv,
	DRAFT_COLUMNS,
	extractFigures,
	InputError,
	readFigureQuotes,
	type DraftFigure
} from '$lib/extract';
import { idMaker } from '$lib/extract/extract';
import { QuoteIndex } from '$lib/extract/occurrences';
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

describe('QuoteIndex', () => {
	const text = generateArticle(60_000, 7);
	const index = new QuoteIndex(text);

	it('counts exactly as findQuote does, for every quote and sentence of a generated article', () => {
		const probes = [
			...extractFigures(text).figures.map((f) => f.quote),
			...splitArticle(text).flatMap((p) => p.sentences.slice(0, 1).map((s) => s.text))
		];
		expect(probes.length).toBeGreaterThan(100);
		expect(probes.map((q) => index.count(q))).toEqual(probes.map((q) => findQuote(text, q).length));
	});

	it('matches across any white space and never cuts a word', () => {
		const small = new QuoteIndex('Some\u00a0700,000  people\nfled; 700,0001 did not. Officials said so.');
		expect(small.count('Some 700,000 people fled')).toBe(1);
		expect(small.count('700,000')).toBe(1);
		expect(small.count('700,00')).toBe(0);
		expect(small.count('ficials said')).toBe(0);
		expect(small.count('absent words')).toBe(0);
		expect(small.count('said so', 1)).toBe(1);
	});
});

describe('decodeArticle', () => {
	const bytes = (...parts: (string | number[])[]) =>
		new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
	const error = (input: Uint8Array) => {
		try {
			decodeArticle(input, 'in.txt');
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			return (e as Error).message;
		}
		return 'no error';
	};

	it('drops a byte-order mark and keeps CRLF line ends', () => {
		expect(decodeArticle(bytes([0xef, 0xbb, 0xbf], 'a\r\nb'), 'in.txt')).toBe('a\r\nb');
	});

	it('accepts every valid sequence length, up to four-byte characters', () => {
		expect(decodeArticle(bytes('é – ✓ 🇸🇾'), 'in.txt')).toBe('é – ✓ 🇸🇾');
	});

	it.each([
		['empty', bytes(), 'in.txt: the file is empty'],
		['UTF-16', bytes([0xff, 0xfe, 0x31, 0x00, 0x32, 0x00]), 'in.txt: line 1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8'],
		['only white space', bytes(' \r\n\t'), 'in.txt: the file holds no text, only white space'],
		['a BOM and nothing else', bytes([0xef, 0xbb, 0xbf]), 'in.txt: the file holds no text, only white space'],
		['binary', bytes('PNG\n\n', [0x89, 0x00, 0x01]), 'in.txt: line 3: a NUL byte at byte 6; this looks like a binary file, not text'],
		['Latin-1', bytes('Syria\nCaf', [0xe9], ' 12'), 'in.txt: line 2: byte 9 (0xE9) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['Latin-1 after a BOM', bytes([0xef, 0xbb, 0xbf], 'x', [0xa0]), 'in.txt: line 1: byte 4 (0xA0) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['an overlong encoding', bytes('a', [0xc0, 0x80]), 'in.txt: line 1: byte 1 (0xC0) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['an encoded surrogate', bytes('ab', [0xed, 0xa0, 0x80]), 'in.txt: line 1: byte 2 (0xED) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['a sequence cut at the end', bytes('abc', [0xe2, 0x82]), 'in.txt: line 1: byte 3 (0xE2) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['a byte above U+10FFFF', bytes([0xf5, 0x80, 0x80, 0x80]), 'in.txt: line 1: byte 0 (0xF5) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8']
	])('refuses a file that is %s', (_what, input, message) => {
		expect(error(input)).toBe(message);
	});
});

describe('draftCsv', () => {
	it('writes the columns of figures.csv, then the derived ones, and neutralises formulas', () => {
		const text = '=HYPERLINK("x") said 12 people died.';
		const csv = draftCsv(extractFigures(text, { source: 'src' }).figures);
		const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
		expect(parsed[0]).toEqual([...DRAFT_COLUMNS]);
		expect(DRAFT_COLUMNS.slice(0, FIGURE_COLUMNS.length)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
		const row = Object.fromEntries(DRAFT_COLUMNS.map((c, i) => [c, parsed[1]![i]]));
		expect(row).toMatchObject({
			id: '12-people-died',
			source: 'src',
			quote: '12 people died',
			value: '12',
			qualifier: 'exact',
			upper: '',
			unit: 'people',
			indicator: 'casualties',
			measure: 'flow',
			guessed: 'indicator measure',
			sentence: `'${text}`,
			start: '21',
			end: '35'
		});
	});
});

describe('checkCoverage', () => {
	const text = 'At least 12 people died. Around 300 fled. Half were children.';
	const figures = extractFigures(text).figures;

	it('lists the quantities no row covers and the rows not in the article, with their lines', () => {
		const rows = [
			{ line: 2, id: 'a', source: 's', quote: 'At least 12 people' },
			{ line: 3, id: 'b', source: 's', quote: 'Around 3,000 fled' }
		];
		const coverage = checkCoverage(text, figures, rows, 'f.csv');
		expect(coverage.missing.map((f) => f.quote)).toEqual(['Around 300 fled', 'Half were children']);
		expect(coverage.stale).toEqual([{ file: 'f.csv', line: 3, message: 'quote "Around 3,000 fled" (b) is not in the article' }]);
	});

	it('reads a draft CSV with its extra columns as well as figures.csv', () => {
		const { rows, problems } = readFigureQuotes(draftCsv(figures), 'draft.csv');
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.line, r.quote])).toEqual([
			[2, 'At least 12 people died'],
			[3, 'Around 300 fled'],
			[4, 'Half were children']
		]);
		expect(checkCoverage(text, figures, rows, 'draft.csv')).toEqual({ missing: [], stale: [] });
	});

	it('names a figures CSV without a quote column', () => {
		expect(readFigureQuotes('id,source\na,b\n', 'f.csv').problems).toEqual([{ file: 'f.csv', line: 1, message: 'missing column "quote"' }]);
	});
});

describe('extractor library', () => {
	it('bundles for the browser: no Node APIs', async () => {
		const result = await build({
			entryPoints: ['src/lib/extract/index.ts'],
			bundle: true,
			platform: 'browser',
			format: 'esm',
			write: false,
			logLevel: 'silent'
		});
		expect(result.errors).toEqual([]);
		expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:|require\(["'](?:fs|path|node:)/);
	});

	it('takes time linear in the length of one endless sentence (100 KB against 400 KB)', () => {
		const sentence = (bytes: number) => generateArticle(bytes).replace(/[.!?]/g, '').replace(/\n+/g, ' ');
		// Best of three, per character, so that a busy machine does not decide the outcome.
		const time = (text: string) => {
			let fastest = Infinity;
			for (let i = 0; i < 3; i++) {
				const started = performance.now();
				extractFigures(text);
				fastest = Math.min(fastest, performance.now() - started);
			}
			return fastest / text.length;
		};
		const small = sentence(100_000);
		const large = sentence(400_000);
		time(small);
		expect(time(large) / time(small)).toBeLessThan(2.5);
	}, 60_000);

	it('takes time linear in the length of the text (256 KB against 1 MB)', () => {
		const best = (text: string) => {
			let fastest = Infinity;
			for (let i = 0; i < 3; i++) {
				const started = performance.now();
				extractFigures(text);
				fastest = Math.min(fastest, performance.now() - started);
			}
			return fastest;
		};
		const small = generateArticle(256 * 1024);
		const large = generateArticle(1024 * 1024);
		best(small);
		const slowdown = best(large) / large.length / (best(small) / small.length);
		expect(slowdown).toBeLessThan(2);
	}, 60_000);
});
