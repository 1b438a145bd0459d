// The one endpoint under /data/ (src/routes/data/[...path]/+server.ts): it prerenders every file
// of the catalogue and serves each with its bytes and Content-Type. It loops over the catalogue,
// so a new format needs no change here.
import { describe, expect, it } from 'vitest';
import { catalogue, servedFiles } from '$lib/export/catalogue';
import { sha256 as nodeSha256 } from '$lib/server/downloads';
import { loadDataset } from '$lib/server/read-data';
import { entries, GET } from '../../src/routes/data/[...path]/+server';
import { ARTICLE, ARTICLE_ID } from '../helpers/article';

// Read as the build reads it, official datasets included.
const dataset = loadDataset();
const files = servedFiles(dataset, nodeSha256);
const downloads = catalogue(files);
const utf8 = (text: string) => new TextEncoder().encode(text);
const get = (path: string) => GET({ params: { path } } as never);

describe('the /data/ endpoint', () => {
	it('prerenders every download of the catalogue, and only those', async () => {
		expect((await entries()).map(({ path }) => `/data/${path}`)).toEqual(downloads.map((d) => d.href));
	});

	it.each(downloads.map((d) => [d.href, d] as const))('%s serves the catalogued bytes with an explicit Content-Type', async (href, download) => {
		const response = await get(href.slice('/data/'.length));
		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Type')).toBe(download.mediaType);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(bytes.length).toBe(download.bytes);
		expect(bytes).toEqual(utf8(files.find((f) => f.href === href)!.body));
	});

	it('serves the article text byte for byte, and its own figures, two files per source', async () => {
		const bytes = new Uint8Array(await (await get(`articles/${ARTICLE_ID}.txt`)).arrayBuffer());
		expect(Buffer.from(bytes).equals(Buffer.from(ARTICLE, 'utf8'))).toBe(true);
		expect((await entries()).filter(({ path }) => path.startsWith('articles/'))).toEqual([
			{ path: `articles/${ARTICLE_ID}.txt` },
			{ path: `articles/${ARTICLE_ID}.figures.csv` }
		]);
	});

	it.each(['articles/no-such-article.txt', 'figures.xlsx', ''])('answers 404 for %j, which is not in the catalogue', (path) => {
		let thrown: unknown;
		try {
			get(path);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toMatchObject({ status: 404 });
	});
});
