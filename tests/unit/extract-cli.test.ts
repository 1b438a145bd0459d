/** `npm run extract` as an editor runs it: a real process, real files, exit codes and streams. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftCsv, extractFigures } from '../../src/lib/extract';
import { ARTICLE, ARTICLE_ID, ARTICLE_PATH } from '../helpers/article';
import { FIGURES_CSV } from '../helpers/data';

/**
 * Run from the project root, as npm runs it. INIT_CWD, where npm was called from, is left out
 * unless given (an outer `npm test` would set it), so relative paths start at the root.
 */
function extractIn(initCwd: string | undefined, ...args: string[]) {
	const { INIT_CWD: _outer, ...env } = process.env;
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
		encoding: 'utf8',
		env: initCwd === undefined ? env : { ...env, INIT_CWD: initCwd },
		// A FIFO read before the fix waited for a writer forever: fail instead of hanging the suite.
		timeout: 30_000
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const extract = (...args: string[]) => extractIn(undefined, ...args);

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
});
const file = (name: string, content?: string | Uint8Array) => {
	const path = join(dir, name);
	if (content !== undefined) writeFileSync(path, content);
	return path;
};

// Each case starts node and tsx once or more: seconds each on a busy two-core machine.
describe('npm run extract', { timeout: 30_000 }, () => {
	it('prints the draft CSV of the article and a summary on standard error', () => {
		const run = extract(ARTICLE_PATH);
		expect(run).toEqual({
			status: 0,
			stdout: draftCsv(extractFigures(ARTICLE, { source: ARTICLE_ID }).figures),
			stderr: `extract: 6 quantities in 16 sentences of ${ARTICLE_PATH}\n`
		});
	});

	it('writes --out whole, and refuses to replace a file without --force', () => {
		const out = file('draft.csv');
		expect(extract(ARTICLE_PATH, '--source', 'my-source', '--out', out)).toEqual({
			status: 0,
			stdout: '',
			stderr: `extract: 6 quantities in 16 sentences of ${ARTICLE_PATH}; written to ${out}\n`
		});
		const written = readFileSync(out, 'utf8');
		expect(Papa.parse<string[]>(written.trimEnd()).data.slice(1).map((r) => r[1])).toEqual(Array(6).fill('my-source'));

		writeFileSync(out, 'keep me');
		expect(extract(ARTICLE_PATH, '--out', out)).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: ${out} exists; add --force to replace it\n`
		});
		expect(readFileSync(out, 'utf8')).toBe('keep me');
		expect(extract(ARTICLE_PATH, '--out', out, '--force').status).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(written.replaceAll('my-source', ARTICLE_ID));
	});

	it('refuses an --out in a missing folder, or the article itself, even with --force', () => {
		const article = file('own.txt', 'About 12 people fled.');
		expect(extract(article, '--out', article, '--force')).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: --out ${article} is the article itself; write the draft elsewhere\n`
		});
		expect(readFileSync(article, 'utf8')).toBe('About 12 people fled.');
		const lost = join(dir, 'no-such-folder', 'draft.csv');
		expect(extract(article, '--out', lost)).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: ${lost}: the folder ${join(dir, 'no-such-folder')} does not exist\n`
		});
	});

	it.each([
		['a missing file', () => join(dir, 'nope.txt'), (f: string) => `${f}: no such file`],
		['a directory', () => dir, (f: string) => `${f}: is a directory, not a file`],
		['an empty file', () => file('empty.txt', ''), (f: string) => `${f}: the file is empty`],
		['a binary file', () => file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])), (f: string) => `${f}: line 3: a NUL byte at byte 8; this looks like a binary file, not text`],
		['a Latin-1 file', () => file('latin1.txt', new Uint8Array([0x31, 0x32, 0x0a, 0x63, 0x61, 0x66, 0xe9])), (f: string) => `${f}: line 2: byte 6 (0xE9) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8`]
	])('fails on %s with a clear message, status 2, and writes nothing', (_what, input, message) => {
		const path = input();
		const out = join(dir, `out-${Math.random().toString(36).slice(2)}.csv`);
		expect(extract(path, '--out', out)).toEqual({ status: 2, stdout: '', stderr: `extract: ${message(path)}\n` });
		expect(existsSync(out)).toBe(false);
	});

	it.each([
		[['--bogus', ARTICLE_PATH], /^extract: Unknown option '--bogus'/],
		[[ARTICLE_PATH, ARTICLE_PATH], /^extract: expected one article file, got 2\nusage: /],
		[[], /^extract: expected one article file, got 0\nusage: /],
		[[ARTICLE_PATH, '--source', 'Not A Slug'], /^extract: --source "Not A Slug" must be lower-case letters, digits and hyphens\n$/],
		[[ARTICLE_PATH, '--figures', 'data/figures.csv'], /^extract: --figures only goes with --check\n$/]
	])('refuses bad arguments %j with status 2', (args, message) => {
		const run = extract(...args);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
	});

	it('skips a number too large to keep exactly, names it on standard error, and drafts the rest', () => {
		const article = file('huge.txt', `${'9'.repeat(1_000_000)} fled.\nAbout 12 people fled, and 9007199254740993 more.`);
		const run = extract(article);
		expect(run.stderr).toBe(
			`extract: ${article}: line 1: number "99999999999999999999…" (1,000,000 characters) skipped: too large to read\n` +
				`extract: ${article}: line 2: number "9007199254740993" skipped: a count this large (10^15 or more) cannot be kept exactly\n` +
				// The megabyte of digits is a sentence of its own: no sentence runs past a word beyond 4,096 characters.
				`extract: 1 quantity in 3 sentences of ${article}; 2 numbers skipped\n`
		);
		expect(run.status).toBe(0);
		const rows = Papa.parse<string[]>(run.stdout.trimEnd()).data.slice(1);
		expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual([['about-12-people-fled', 'About 12 people fled', '12']]);
	});

	it('reads a UTF-8 file with a byte-order mark and CRLF line ends like the plain one', () => {
		const crlf = file('crlf.txt', `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`);
		const rows = (csv: string) => Papa.parse<string[]>(csv.trimEnd()).data.map((r) => r.slice(2, 10));
		expect(rows(extract(crlf).stdout)).toEqual(rows(extract(ARTICLE_PATH).stdout));
	});
});

describe('npm run extract -- --check', { timeout: 30_000 }, () => {
	it('reports nothing missing for the dashboard article against data/figures.csv beside it', () => {
		expect(extract(ARTICLE_PATH, '--check')).toEqual({
			status: 0,
			stdout: '',
			stderr: `extract: 6 quantities in 16 sentences of ${ARTICLE_PATH}; 0 not covered by the 6 rows of data/figures.csv with source "${ARTICLE_ID}"\n`
		});
	});

	it('lists the quantities no row covers as draft rows, and the rows not in the article, with status 1', () => {
		mkdirSync(join(dir, 'data', 'articles'), { recursive: true });
		const article = join(dir, 'data', 'articles', `${ARTICLE_ID}.txt`);
		copyFileSync(ARTICLE_PATH, article);
		const lines = FIGURES_CSV.split('\n');
		const figures = [lines[0], lines[1]!.replace('at least 5.5 million', 'at least 5.6 million'), ...lines.slice(3)].join('\n');
		writeFileSync(join(dir, 'data', 'figures.csv'), figures);

		const run = extract(article, '--check');
		expect(run.status).toBe(1);
		const missing = Papa.parse<string[]>(run.stdout.trimEnd()).data.slice(1).map((r) => r[2]);
		expect(missing).toEqual(['at least 5.5 million people fleeing the country', 'more than 6 million more displaced inside Syria']);
		const csvFile = join(dir, 'data', 'figures.csv');
		expect(run.stderr).toBe(
			`${csvFile}:2: quote "at least 5.6 million people fleeing the country" (syria-refugees) is not in the article\n` +
				`extract: 6 quantities in 16 sentences of ${article}; 2 not covered by the 5 rows of ${csvFile} with source "${ARTICLE_ID}"\n`
		);
	});

	it('writes a header-only --out when nothing is missing, instead of leaving the old file', () => {
		const out = file('check.csv', 'OLD');
		const run = extract(ARTICLE_PATH, '--check', '--out', out, '--force');
		expect(run.status).toBe(0);
		expect(run.stderr).toMatch(/; 0 not covered by the 6 rows of data\/figures.csv with source "newarab-2020-02-11"; written to .*check.csv\n$/);
		expect(readFileSync(out, 'utf8')).toBe(draftCsv([]));
	});

	it('says where it looked when no figures CSV is beside the article', () => {
		const lonely = file('lonely.txt', 'About 12 people fled.');
		expect(extract(lonely, '--check')).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: no figures.csv beside ${lonely} (looked for ${join(dir, 'figures.csv')} and ${join(dir, '..', 'figures.csv')}); name one with --figures\n`
		});
	});
});

describe('npm run extract: paths that are not regular files', { timeout: 30_000 }, () => {
	/** A fresh folder per case, so that a stray temporary file would show. */
	const folder = () => mkdtempSync(join(tmpdir(), 'extract-special-'));
	const fifoIn = (where: string) => {
		const path = join(where, 'pipe');
		execFileSync('mkfifo', [path]);
		return path;
	};
	const linkTo = (where: string, target: string) => {
		const path = join(where, 'link');
		symlinkSync(target, path);
		return path;
	};
	const kindOf = (path: string) => (statSync(path).isFIFO() ? 'FIFO' : statSync(path).isDirectory() ? 'directory' : 'file');

	it.each([
		['a FIFO', (where: string) => fifoIn(where), 'a FIFO (named pipe)'],
		['a directory', (where: string) => mkdtempSync(join(where, 'dir-')), 'a directory'],
		['a symbolic link to a directory', (where: string) => linkTo(where, mkdtempSync(join(where, 'dir-'))), 'a directory'],
		['a symbolic link to a FIFO', (where: string) => linkTo(where, fifoIn(where)), 'a FIFO (named pipe)']
	])('refuses --out to %s, with or without --force, and leaves it as it was', (_what, make, kind) => {
		const where = folder();
		const out = make(where);
		const [before, entries] = [kindOf(out), readdirSync(where)];
		for (const force of [[], ['--force']]) {
			expect(extract(ARTICLE_PATH, '--out', out, ...force)).toEqual({
				status: 2,
				stdout: '',
				stderr: `extract: ${out}: is ${kind}, not a file; --out writes a regular file\n`
			});
		}
		expect(kindOf(out)).toBe(before);
		expect(lstatSync(out).isSymbolicLink()).toBe(out.endsWith('link'));
		expect(readdirSync(where)).toEqual(entries);
	});

	it('replaces the file a symbolic link points to with --force, not the link', () => {
		const where = folder();
		const target = join(where, 'draft.csv');
		writeFileSync(target, 'OLD');
		const link = linkTo(where, target);
		expect(extract(ARTICLE_PATH, '--out', link, '--force').status).toBe(0);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readFileSync(target, 'utf8')).toBe(draftCsv(extractFigures(ARTICLE, { source: ARTICLE_ID }).figures));
	});

	it.each([
		['a FIFO with no writer', (where: string) => fifoIn(where), 'a FIFO (named pipe)'],
		['a symbolic link to a FIFO', (where: string) => linkTo(where, fifoIn(where)), 'a FIFO (named pipe)'],
		['a symbolic link to a directory', (where: string) => linkTo(where, where), 'a directory']
	])('refuses an article that is %s at once, naming it', (_what, make, kind) => {
		const article = make(folder());
		expect(extract(article)).toEqual({ status: 2, stdout: '', stderr: `extract: ${article}: is ${kind}, not a file\n` });
	});

	it('refuses a symbolic link in a loop, or a path through a file, as the article, with status 2 and no stack trace', () => {
		const where = folder();
		const loop = join(where, 'loop');
		symlinkSync(loop, loop);
		const inAFile = join(file('plain.txt', 'text'), 'article.txt');
		for (const article of [loop, inAFile]) {
			const run = extract(article);
			expect(run.status, article).toBe(2);
			expect(run.stderr).toMatch(new RegExp(`^extract: ${article.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot be opened: E(LOOP|NOTDIR)`));
			expect(run.stderr).not.toMatch(/^\s+at /m);
		}
	});

	it('refuses --out to a symbolic link that leads nowhere, and --out inside a file', () => {
		const where = folder();
		const dangling = linkTo(where, join(where, 'gone.csv'));
		for (const force of [[], ['--force']]) {
			expect(extract(ARTICLE_PATH, '--out', dangling, ...force)).toEqual({
				status: 2,
				stdout: '',
				stderr: `extract: ${dangling}: is a symbolic link to nothing; --out writes a regular file\n`
			});
		}
		expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
		const plain = file('not-a-folder.txt', 'text');
		const out = join(plain, 'draft.csv');
		expect(extract(ARTICLE_PATH, '--out', out, '--force')).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: ${out}: the folder ${plain} does not exist\n`
		});
	});

	it('reads --figures as the build reads it: a Latin-1 file is named with its line and byte', () => {
		const figures = file('latin1.csv', Buffer.from('id,source,quote\nx,y,"café"\n', 'latin1'));
		expect(extract(ARTICLE_PATH, '--check', '--figures', figures)).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: ${figures}: line 2: byte 24 (0xE9) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8\n`
		});
	});

	it('refuses a --figures that is a FIFO at once, naming it', () => {
		const figures = fifoIn(folder());
		expect(extract(ARTICLE_PATH, '--check', '--figures', figures)).toEqual({
			status: 2,
			stdout: '',
			stderr: `extract: ${figures}: is a FIFO (named pipe), not a file\n`
		});
	});
});

describe('npm run extract: relative paths', { timeout: 30_000 }, () => {
	it('reads the article, --figures and the figures.csv beside it, and writes --out, in the folder npm was run in (INIT_CWD)', () => {
		const here = mkdtempSync(join(tmpdir(), 'extract-init-cwd-'));
		const text = 'About 12 people fled.';
		writeFileSync(join(here, 'story.txt'), text);
		expect(extractIn(here, 'story.txt', '--out', 'draft.csv')).toEqual({
			status: 0,
			stdout: '',
			stderr: 'extract: 1 quantity in 1 sentence of story.txt; written to draft.csv\n'
		});
		expect(readFileSync(join(here, 'draft.csv'), 'utf8')).toBe(draftCsv(extractFigures(text, { source: 'story' }).figures));
		expect(existsSync('draft.csv')).toBe(false);

		writeFileSync(join(here, 'rows.csv'), 'id,source,quote\npeople-fled,story,About 12 people fled\n');
		expect(extractIn(here, 'story.txt', '--check', '--figures', 'rows.csv')).toMatchObject({ status: 0, stdout: '' });
		copyFileSync(join(here, 'rows.csv'), join(here, 'figures.csv'));
		expect(extractIn(here, 'story.txt', '--check')).toEqual({
			status: 0,
			stdout: '',
			stderr: 'extract: 1 quantity in 1 sentence of story.txt; 0 not covered by the 1 rows of figures.csv with source "story"\n'
		});
	});
});
