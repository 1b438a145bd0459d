// SITE_ORIGIN, read and checked (src/lib/server/site.ts); export-json-ld.test.ts shows what it makes absolute.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataRelease, releaseProblem, siteOrigin } from '$lib/server/site';

describe('siteOrigin', () => {
	it('is empty when SITE_ORIGIN is not set', () => {
		expect(siteOrigin(undefined)).toBe('');
		expect(siteOrigin('')).toBe('');
	});

	it.each([
		['https://example.org', 'https://example.org'],
		['https://example.org/', 'https://example.org'],
		['http://127.0.0.1:4173', 'http://127.0.0.1:4173']
	])('takes %s as the origin %s', (value, origin) => expect(siteOrigin(value)).toBe(origin));

	it.each(['example.org', 'ftp://example.org', 'https://example.org/dashboard', 'https://example.org/?x=1'])(
		'refuses %s with a message saying what it expects',
		(value) => expect(() => siteOrigin(value)).toThrow(`SITE_ORIGIN must be an http(s) origin such as https://example.org, not "${value}"`)
	);
});

describe('releaseProblem', () => {
	it('says how to set SITE_ORIGIN when a release build has none, and nothing when it has one', () => {
		expect(releaseProblem(undefined)).toMatch(/^SITE_ORIGIN is not set: a release build needs the address .* `SITE_ORIGIN=https:\/\/displacement\.example\.org npm run build`; to build and serve on this machine, `npm start` needs none\.$/u);
		expect(releaseProblem('')).toBe(releaseProblem(undefined));
		expect(releaseProblem('https://example.org')).toBeNull();
	});

	it('says what it expects when SITE_ORIGIN is no origin', () => {
		expect(releaseProblem('https://example.org/dashboard')).toBe('SITE_ORIGIN must be an http(s) origin such as https://example.org, not "https://example.org/dashboard"');
	});
});

describe('dataRelease', () => {
	it('dates a folder in git by its first and latest commit', () => {
		const dates = execFileSync('git', ['log', '--format=%cs', '--', 'tests/fixtures/collection'], { encoding: 'utf8' }).trim().split('\n');
		expect(dataRelease('tests/fixtures/collection')).toEqual({ published: dates.at(-1), modified: dates[0] });
	});

	it('does not date by a shallow clone, whose oldest commit is not the first', () => {
		const clone = mkdtempSync(join(tmpdir(), 'shallow-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${process.cwd()}`, clone], { stdio: 'ignore' });
			expect(execFileSync('git', ['-C', clone, 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim()).toBe('true');
			expect(dataRelease(join(clone, 'data'))).toBeNull();
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	});

	it('falls back to SOURCE_DATE_EPOCH outside git, and to no date at all without it', () => {
		const outside = mkdtempSync(join(tmpdir(), 'release-'));
		const epoch = process.env.SOURCE_DATE_EPOCH;
		try {
			process.env.SOURCE_DATE_EPOCH = '1764633600'; // 2025-12-02T00:00:00Z
			expect(dataRelease(join(outside, 'a'))).toEqual({ published: '2025-12-02', modified: '2025-12-02' });
			delete process.env.SOURCE_DATE_EPOCH;
			expect(dataRelease(join(outside, 'b'))).toBeNull();
		} finally {
			if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
			else process.env.SOURCE_DATE_EPOCH = epoch;
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
