// The CSV download, fetched the way a reader gets it: through the page's own link.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser, type WatchedPage } from './browser';
import { FIGURES } from './page-checks';

const browser = useBrowser();

type Row = Record<string, string>;

/** The figures in data/figures.csv, in file order: what the download must give back. */
async function dataFileRows(): Promise<Row[]> {
	const parsed = Papa.parse<Row>(await readFile('data/figures.csv', 'utf8'), { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

describe('the CSV download', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser());
	});
	afterAll(async () => {
		await watched.close();
	});

	it('saves the article’s figures from the page link, one row per figure in file order', async () => {
		const { page, problems } = watched;
		const link = page.locator('a.download[href="/data/articles/newarab-2020-02-11.figures.csv"]');
		await expect(link.count()).resolves.toBe(1);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe('newarab-2020-02-11.figures.csv');
		expect(await download.failure()).toBeNull();

		const path = await download.path();
		const text = await readFile(path, 'utf8');
		const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields?.slice(0, 3)).toEqual(['id', 'source', 'quote']);

		const ids = parsed.data.map((row) => row.id);
		expect(ids).toEqual(FIGURES.map((f) => f.id));
		expect(ids).toEqual((await dataFileRows()).map((row) => row.id));
		// The article's own characters (text[start:end]); the data file may have typed a plain space for a no-break one.
		expect(parsed.data.map((row) => row.quote!.replace(/\s+/gu, ' '))).toEqual((await dataFileRows()).map((row) => row.quote));
		const article = await readFile('data/articles/newarab-2020-02-11.txt', 'utf8');
		expect(parsed.data.map((row) => article.slice(Number(row.start), Number(row.end)))).toEqual(parsed.data.map((row) => row.quote));
		expect(parsed.data.map((row) => row.sentence_id)).toEqual(FIGURES.map((f) => f.sentenceId));
		expect(problems).toEqual([]);
	});

	it.each([
		['/data/figures.csv', 'text/csv; charset=utf-8'],
		['/data/figures.hxl.csv', 'text/csv; charset=utf-8'],
		['/data/figures.json', 'application/json; charset=utf-8'],
		['/data/datapackage.json', 'application/json; charset=utf-8'],
		['/data/articles/newarab-2020-02-11.txt', 'text/plain; charset=utf-8']
	])('%s is served as %s, as its endpoint declares', async (path, type) => {
		const { page, problems } = watched;
		const response = await page.request.get(new URL(path, baseUrl()).href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe(type);
		expect(problems).toEqual([]);
	});
});
