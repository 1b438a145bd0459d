// The catalogue of files under /data/ (src/lib/export/catalogue.ts): what is listed, in what order,
// with exact sizes. The endpoint and the build tests loop over it; this is where its list is pinned.
import { describe, expect, it } from 'vitest';
import { articleDistribution, catalogue, servedFiles } from '$lib/export/catalogue';
import { figuresCsv } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { sha256 as nodeSha256 } from '$lib/server/downloads';
import { ARTICLE, ARTICLE_ID } from '../helpers/article';
import { dataFiles } from '../helpers/data';

const dataset = buildDataset(dataFiles());
const utf8 = (text: string) => new TextEncoder().encode(text);
const downloads = (d: typeof dataset) => catalogue(servedFiles(d, nodeSha256));

describe('downloads', () => {
	const catalogue = downloads(dataset);

	it('lists every file under /data/ with its exact size in bytes', () => {
		expect(catalogue.map((d) => [d.href, d.name, d.mediaType])).toEqual([
			['/data/figures.csv', 'figures.csv', 'text/csv; charset=utf-8'],
			['/data/figures.hxl.csv', 'figures.hxl.csv', 'text/csv; charset=utf-8'],
			['/data/figures.excel.csv', 'figures.excel.csv', 'text/csv; charset=utf-8'],
			['/data/figures.json', 'figures.json', 'application/json; charset=utf-8'],
			['/data/sources.csv', 'sources.csv', 'text/csv; charset=utf-8'],
			['/data/figures.schema.json', 'figures.schema.json', 'application/json; charset=utf-8'],
			[`/data/articles/${ARTICLE_ID}.txt`, `${ARTICLE_ID}.txt`, 'text/plain; charset=utf-8'],
			[`/data/articles/${ARTICLE_ID}.figures.csv`, `${ARTICLE_ID}.figures.csv`, 'text/csv; charset=utf-8'],
			['/data/datapackage.json', 'datapackage.json', 'application/json; charset=utf-8']
		]);
		expect(catalogue.find((d) => d.name === 'figures.excel.csv')!.bytes).toBe(utf8(figuresCsv(dataset)).length + 3);
		expect(catalogue.find((d) => d.name === `${ARTICLE_ID}.txt`)!.bytes).toBe(utf8(ARTICLE).length);
		for (const d of catalogue) {
			expect(d.title, d.href).not.toBe('');
			expect(d.description, d.href).not.toBe('');
		}
	});
});

describe('articleDistribution', () => {
	it('is the article’s own dataset: its figures, its text and the data package, no collection file', () => {
		expect(articleDistribution(downloads(dataset), ARTICLE_ID).map((d) => d.href)).toEqual([
			`/data/articles/${ARTICLE_ID}.txt`,
			`/data/articles/${ARTICLE_ID}.figures.csv`,
			'/data/datapackage.json'
		]);
	});
});
