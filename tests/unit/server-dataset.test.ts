// Reading data/ from disk (src/lib/server/dataset.ts), the only module that does.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';

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

	it('reads a collection of two articles, each with its text', () => {
		const collection = loadDataset('tests/fixtures/two-articles');
		expect(collection.articles.map((a) => [a.source.id, a.pageWords?.fled_during ?? null])).toEqual([
			['fixture-sudan-2024-05-02', 'week of fighting'],
			['fixture-lebanon-2024-10-10', null]
		]);
		expect(collection.figures).toHaveLength(7);
	});
});
