// Reading data/ from disk (src/lib/server/read-data.ts), the only module that does.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { DataError, formatProblem } from '$lib/figures/problems';
import { loadDataset, SIZE_LIMITS } from '$lib/server/read-data';
import { ARTICLE_ID } from '../helpers/article';

const copies: string[] = [];
/** A copy of data/ in a temporary folder, for a test to damage. */
function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'data-copy-'));
	cpSync('data', dir, { recursive: true });
	copies.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The problems loadDataset reports for `dir`, with the folder's path shortened to `data/`. */
function problemsIn(dir: string): string[] {
	try {
		loadDataset(dir);
		return [];
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		return error.problems.map((p) => formatProblem(p).split(dir).join('data'));
	}
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const ARTICLE_FILE = `articles/${ARTICLE_ID}.txt`;

describe('loadDataset (reads data/ from disk)', () => {
	it('reads the project data', () => {
		expect(loadDataset('data').figures).toHaveLength(6);
	});

	it('reports a missing file by name instead of crashing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'no-figures-'));
		cpSync('data', dir, { recursive: true });
		rmSync(join(dir, 'figures.csv'));
		expect(() => loadDataset(dir)).toThrow(`The data do not validate (1 problem):\n${join(dir, 'figures.csv')}:1: is missing`);
		rmSync(dir, { recursive: true, force: true });
	});

	it('reads pages.csv when it is there, and does without it', () => {
		expect(loadDataset('data').articles[0]!.pageWords?.displaced_by).toBe('Syria’s war');
		const dir = mkdtempSync(join(tmpdir(), 'no-pages-'));
		cpSync('data', dir, { recursive: true });
		rmSync(join(dir, 'pages.csv'));
		expect(loadDataset(dir).articles[0]!.pageWords).toBeNull();
		rmSync(dir, { recursive: true, force: true });
	});

	it('reads a collection of four articles, each with its text, one with no figure yet', () => {
		const collection = loadDataset('tests/fixtures/collection');
		expect(collection.articles.map((a) => [a.source.id, a.pageWords?.fled_during ?? null])).toEqual([
			['fixture-sudan-2024-05-02', 'week of fighting'],
			['fixture-lebanon-2024-10-10', null],
			['fixture-sudan-radio-2024-05-02', null],
			['fixture-chad-2024-06-20', null]
		]);
		expect(collection.articles.at(-1)?.text).toMatch(/^Camps in eastern Chad brace for the rains\n/u);
		expect(collection.figures).toHaveLength(9);
	});
});

describe('loadDataset refuses files it cannot read as text, naming file and line', () => {
	it.each(['figures.csv', 'sources.csv', 'pages.csv', 'official/datasets.csv', 'official/idmc-idps-syria.csv'])('a Latin-1 %s', (file) => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, file), 'utf8');
		// "é" on the second line, as a spreadsheet saving in Windows-1252 writes it.
		const lines = text.split('\n');
		lines[1] = `${lines[1]!.slice(0, 20)}é${lines[1]!.slice(20)}`;
		writeFileSync(join(dir, file), latin1(lines.join('\n')));
		const at = Buffer.byteLength(`${lines[0]}\n`) + Buffer.byteLength(lines[1]!.slice(0, 20));
		expect(problemsIn(dir)).toEqual([
			`data/${file}:2: byte ${at} (0xE9) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8`
		]);
	});

	it('a Latin-1 article, at its line', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, ARTICLE_FILE), 'utf8').replace('allegedy', 'allégedy');
		writeFileSync(join(dir, ARTICLE_FILE), Buffer.from(text.replace(/[^\x00-\xff]/g, ' '), 'latin1'));
		// Its first byte that is not UTF-8 is a no-break space, which Latin-1 writes as 0xA0.
		expect(problemsIn(dir)).toEqual([
			`data/${ARTICLE_FILE}:9: byte 654 (0xA0) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8`
		]);
	});

	it.each([
		['with a byte-order mark', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le'), 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8'],
		['without one', (text: string) => Buffer.from(text, 'utf16le'), 'the file is UTF-16 (every other byte is NUL); save it as UTF-8']
	])('a UTF-16 figures.csv %s', (_how, encode, message) => {
		const dir = copyOfData();
		writeFileSync(join(dir, 'figures.csv'), encode(readFileSync(join(dir, 'figures.csv'), 'utf8')));
		expect(problemsIn(dir)).toEqual([`data/figures.csv:1: ${message}`]);
	});

	it('a binary file', () => {
		const dir = copyOfData();
		writeFileSync(join(dir, 'sources.csv'), Buffer.from([0x69, 0x64, 0x0a, 0x00, 0x01, 0x02, 0xff]));
		expect(problemsIn(dir)).toEqual(['data/sources.csv:2: a NUL byte at byte 3; this looks like a binary file, not text']);
	});

	it('a folder where a file should be, for a CSV and for an article', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'figures.csv'));
		mkdirSync(join(dir, 'figures.csv'));
		expect(problemsIn(dir)).toEqual(['data/figures.csv:1: is a directory, not a file']);
		const other = copyOfData();
		rmSync(join(other, ARTICLE_FILE));
		mkdirSync(join(other, ARTICLE_FILE));
		expect(problemsIn(other)).toEqual([`data/${ARTICLE_FILE}:1: is a directory, not a file`]);
	});

	it('a named pipe where a file should be, without waiting for a writer', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'pages.csv'));
		execFileSync('mkfifo', [join(dir, 'pages.csv')]);
		expect(problemsIn(dir)).toEqual(['data/pages.csv:1: is a FIFO (named pipe), not a file']);
	});

	it('a file over its size limit, with both sizes', () => {
		const dir = copyOfData();
		truncateSync(join(dir, 'figures.csv'), SIZE_LIMITS.csv + 1);
		truncateSync(join(dir, ARTICLE_FILE), SIZE_LIMITS.article + 1);
		expect(problemsIn(dir)).toEqual(['data/figures.csv:1: is 10,485,761 bytes; a file like it may be 10,485,760 bytes (10 MB) at most']);
		writeFileSync(join(dir, 'figures.csv'), readFileSync('data/figures.csv'));
		expect(problemsIn(dir)).toEqual([`data/${ARTICLE_FILE}:1: is 5,242,881 bytes; a file like it may be 5,242,880 bytes (5 MB) at most`]);
	});

	it('a data folder that is not there, or is a file', () => {
		const dir = copyOfData();
		expect(problemsIn(join(dir, 'nowhere'))).toEqual([
			'data:1: does not exist: the data folder (DATA_DIR) must be a folder holding sources.csv, figures.csv and articles/'
		]);
		expect(problemsIn(join(dir, 'figures.csv'))).toEqual([
			'data:1: is not a folder: the data folder (DATA_DIR) must be a folder holding sources.csv, figures.csv and articles/'
		]);
	});

	it.each([
		['empty', ''],
		['only a byte-order mark', '\uFEFF'],
		['only white space', ' \n\t\n']
	])('an article that is %s', (_what, text) => {
		const dir = copyOfData();
		writeFileSync(join(dir, ARTICLE_FILE), text);
		expect(problemsIn(dir)).toEqual([`data/${ARTICLE_FILE}:1: holds no text: it must be the article as published`]);
	});

	it('every unreadable CSV at once', () => {
		const dir = copyOfData();
		writeFileSync(join(dir, 'sources.csv'), latin1('id\né'));
		rmSync(join(dir, 'figures.csv'));
		expect(problemsIn(dir)).toEqual([
			'data/sources.csv:2: byte 3 (0xE9) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8',
			'data/figures.csv:1: is missing'
		]);
	});

	it('an article with a control character, at its line and column', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, ARTICLE_FILE), 'utf8').replace('allegedy', 'alleg\u001bedy');
		writeFileSync(join(dir, ARTICLE_FILE), text);
		expect(problemsIn(dir)).toEqual([`data/${ARTICLE_FILE}:11:34: holds a control character (U+001B); remove it`]);
	});
});

describe('loadDataset and the extractor count offsets alike', () => {
	it('after a byte-order mark, which neither counts', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, ARTICLE_FILE), 'utf8');
		writeFileSync(join(dir, ARTICLE_FILE), `\uFEFF${text}`);
		const built = loadDataset(dir).figures.map((f) => [f.quote, f.provenance.start, f.provenance.end]);
		expect(built).toEqual(loadDataset('data').figures.map((f) => [f.quote, f.provenance.start, f.provenance.end]));
		const drafted = extractFigures(text).figures.find((f) => f.quote === 'at least 5.5 million people fleeing the country')!;
		expect([drafted.start, drafted.end]).toEqual(built[0]!.slice(1));
	});
});


describe('loadDataset names UTF-16 in any script', () => {
	it('an Arabic sources.csv in UTF-16 without a byte-order mark', () => {
		const dir = copyOfData();
		const arabic = readFileSync(join(dir, 'sources.csv'), 'utf8').replace('The New Arab', 'العربي الجديد');
		writeFileSync(join(dir, 'sources.csv'), Buffer.from(arabic, 'utf16le'));
		expect(problemsIn(dir)).toEqual(['data/sources.csv:1: the file is UTF-16 (every other byte is NUL); save it as UTF-8']);
	});
});

describe('loadDataset reads data/official/ when it is there', () => {
	const TURKIYE_2019 = '2019,"Syrian Arab Rep.","SYR","Türkiye","TUR",3576370,0,0';
	/** A copy of data/ whose UNHCR file has Türkiye's 2019 row (line 933) replaced. */
	function withTurkiye2019(row: string): string {
		const dir = copyOfData();
		const file = join(dir, 'official', 'unhcr-population-syria.csv');
		const text = readFileSync(file, 'utf8');
		if (text.split('\n')[932] !== TURKIYE_2019) throw new Error('test setup: line 933 is not Türkiye in 2019');
		writeFileSync(file, text.replace(TURKIYE_2019, row));
		return dir;
	}

	it('reads the project’s official data: both datasets and every series', () => {
		const { official } = loadDataset('data');
		expect(official.datasets.map((d) => [d.id, d.file, d.rows.length])).toEqual([
			['unhcr-population-syria', 'data/official/unhcr-population-syria.csv', 1673],
			['idmc-idps-syria', 'data/official/idmc-idps-syria.csv', 15]
		]);
		expect(official.series.map((s) => [s.spec.id, s.values.find((v) => v.year === 2019)!.value])).toEqual([
			['unhcr-syria-refugees', 6_615_249],
			['unhcr-syria-refugees-neighbours', 5_516_668],
			['unhcr-syria-idps', 6_146_994],
			['idmc-syria-idps', 6_495_000]
		]);
	});

	it.each(['tests/fixtures/collection', 'tests/fixtures/longest-values'])('does without it: %s has no series', (dir) => {
		const { official, figures } = loadDataset(dir);
		expect(official).toEqual({ datasets: [], catalogue: null, series: [] });
		expect(figures.every((f) => f.official_series === null)).toBe(true);
	});

	it('refuses a figure naming a series whose data is not in the folder', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'official'), { recursive: true });
		expect(problemsIn(dir)).toEqual([
			'data/figures.csv:2: official_series "unhcr-syria-refugees-neighbours" cannot be compared with: its dataset "unhcr-population-syria" is not in data/official/ (add data/official/unhcr-population-syria.csv and its row in data/official/datasets.csv)',
			'data/figures.csv:3: official_series "unhcr-syria-idps" cannot be compared with: its dataset "unhcr-population-syria" is not in data/official/ (add data/official/unhcr-population-syria.csv and its row in data/official/datasets.csv)'
		]);
	});

	it('refuses a broken official CSV, naming file and line', () => {
		expect(problemsIn(withTurkiye2019(TURKIYE_2019.replace('3576370', '3.5M')))).toEqual([
			'data/official/unhcr-population-syria.csv:933: "refugees" is not a plain number: "3.5M" (write 5500000, not 5.5 million or 5,500,000)'
		]);
	});

	it('reports a broken figures.csv and a broken official CSV together, official last', () => {
		const dir = withTurkiye2019(TURKIYE_2019.replace('"TUR"', '"TURKEY"'));
		const figures = join(dir, 'figures.csv');
		writeFileSync(figures, readFileSync(figures, 'utf8').replace(',5500000,at_least,', ',5500000,at least,'));
		expect(problemsIn(dir)).toEqual([
			'data/figures.csv:2: qualifier "at least" is not one of: exact, approx, at_least, more_than, at_most, less_than, nearly, range',
			'data/official/unhcr-population-syria.csv:933: coa_iso "TURKEY" does not match the pattern [A-Z]{3}'
		]);
	});

	it('reports an unreadable official CSV with figures.csv missing, in one report', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'figures.csv'));
		writeFileSync(join(dir, 'official', 'idmc-idps-syria.csv'), Buffer.from([0x79, 0x65, 0x61, 0x72, 0x0a, 0x00, 0x01]));
		expect(problemsIn(dir)).toEqual([
			'data/figures.csv:1: is missing',
			'data/official/idmc-idps-syria.csv:2: a NUL byte at byte 5; this looks like a binary file, not text'
		]);
	});

	it('an official CSV over the size limit', () => {
		const dir = copyOfData();
		truncateSync(join(dir, 'official', 'unhcr-population-syria.csv'), SIZE_LIMITS.csv + 1);
		expect(problemsIn(dir)).toEqual([
			'data/official/unhcr-population-syria.csv:1: is 10,485,761 bytes; a file like it may be 10,485,760 bytes (10 MB) at most'
		]);
	});

	it('official/ that is a file, not a folder', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'official'), { recursive: true });
		writeFileSync(join(dir, 'official'), 'year\n');
		expect(problemsIn(dir)).toEqual(['data/official:1: is not a folder: official/ holds the official datasets, datasets.csv and a CSV for each']);
	});

	it('official/ without datasets.csv', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'official', 'datasets.csv'));
		expect(problemsIn(dir)).toEqual(['data/official/datasets.csv:1: is missing']);
	});

	it('a CSV in official/ that datasets.csv does not list, and a listed dataset without its file', () => {
		const dir = copyOfData();
		writeFileSync(join(dir, 'official', 'notes.csv'), 'note\n');
		rmSync(join(dir, 'official', 'idmc-idps-syria.csv'));
		expect(problemsIn(dir)).toEqual([
			'data/official/datasets.csv:3: dataset "idmc-idps-syria" has no file data/official/idmc-idps-syria.csv',
			'data/official/notes.csv:1: is not a dataset listed in data/official/datasets.csv: list it there, or remove it'
		]);
	});

	it('a folder where a dataset’s file should be', () => {
		const dir = copyOfData();
		rmSync(join(dir, 'official', 'idmc-idps-syria.csv'));
		mkdirSync(join(dir, 'official', 'idmc-idps-syria.csv'));
		expect(problemsIn(dir)).toEqual(['data/official/idmc-idps-syria.csv:1: is a directory, not a file']);
	});
});
