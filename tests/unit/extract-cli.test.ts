/** `npm run extract` as an editor runs it: a real process, real files, exit codes and streams. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftCsv, extractFigures } from '../../src/lib/extract';
import { ARTICLE, ARTICLE_ID, ARTICLE_PATH } from '../helpers/article';
import { FIGURES_CSV } from '../helpers/data';

function extract(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
});
const file = (name: string, content?: string | Uint8Array) => {
	const path = join(dir, name);
	if (content !== undefined) writeFileSync(path, content);
	return path;
};

describe('npm run extract', () => {
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

	it('reads a UTF-8 file with a byte-order mark and CRLF line ends like the plain one', () => {
		const crlf = file('crlf.txt', `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`);
		const rows = (csv: string) => Papa.parse<string[]>(csv.trimEnd()).data.map((r) => r.slice(2, 10));
		expect(rows(extract(crlf).stdout)).toEqual(rows(extract(ARTICLE_PATH).stdout));
	});
});

describe('npm run extract -- --check', () => {
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
