// Checks the downloads that `vite build` wrote to build/data/ (npm test builds it first).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedFiles } from '$lib/export/catalogue';
import type { DataPackage } from '$lib/export/datapackage';
import { downloadList, sha256 } from '$lib/server/downloads';
import { loadDataset } from '$lib/server/read-data';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { ARTICLE_ID, ARTICLE_PATH } from '../helpers/article';
import { FIGURES_CSV, SOURCES_CSV } from '../helpers/data';

// Read as the build reads it: the articles' data and the official datasets beside them.
const dataset = loadDataset();
const catalogue = downloadList();
const servedFile = (href: string) => servedFiles(dataset, sha256).find((f) => f.href === href);
const built = (href: string) => readFileSync(`build${href}`);
const text = (href: string) => built(href).toString('utf8');
const BOM = '\uFEFF';

type Row = Record<string, string>;
const parse = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
// data/figures.csv may leave out the optional columns (area_m49): empty, as the export writes them.
// Its quote is what the editor typed, where a plain space may stand for the article's no-break one.
const sameSpaces = (quote: string) => quote.replace(/\s+/gu, ' ');
const dataColumns = (row: Row): Row => ({ ...Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.name, row[c.name] ?? ''])), quote: sameSpaces(row.quote ?? '') });
const sourceRows = parse(FIGURES_CSV).data.map(dataColumns);
/** A download's row as data/figures.csv has it: its number back in value and upper, by its unit. */
const asData = (row: Row) => dataColumns({ ...row, value: row[row.unit!]!, upper: row[`${row.unit}_upper`]! });
const articleText = (id: string) => text(`/data/articles/${id}.txt`);

beforeAll(() => {
	if (!existsSync('build/index.html')) throw new Error('build/index.html is missing: run `npm run build` first');
});

describe('build/data/', () => {
	it('holds every download of the catalogue, and no other file but its compressed copies', () => {
		for (const { href } of catalogue) expect(existsSync(`build${href}`), href).toBe(true);
		const built = readdirSync('build/data', { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => `/${relative('build', join(entry.parentPath, entry.name))}`);
		// The .br and .gz beside a file (adapter-static's precompress) are that file, for servers that send them.
		const [compressed, files] = [built.filter((f) => /\.(br|gz)$/u.test(f)), built.filter((f) => !/\.(br|gz)$/u.test(f))];
		expect(files.sort()).toEqual(catalogue.map((d) => d.href).sort());
		for (const file of compressed) {
			const original = readFileSync(`build${file.slice(0, -3)}`);
			const bytes = readFileSync(`build${file}`);
			expect(file.endsWith('.br') ? brotliDecompressSync(bytes) : gunzipSync(bytes), file).toEqual(original);
		}
		expect(compressed.length).toBeGreaterThan(0);
	});

	it.each(catalogue.map((d) => [d.href, d] as const))('%s has the size the catalogue states, and its bytes', (href, download) => {
		expect(built(href).length).toBe(download.bytes);
		expect(built(href).equals(Buffer.from(servedFile(href)!.body, 'utf8'))).toBe(true);
	});

	it('has each CSV parse back to exactly the rows of data/figures.csv', () => {
		const plain = parse(text('/data/figures.csv'));
		expect(plain.errors).toEqual([]);
		expect(plain.data.map(asData)).toEqual(sourceRows);

		const hxl = parse(text('/data/figures.hxl.csv'));
		expect(hxl.errors).toEqual([]);
		expect(hxl.data[0]!.id).toBe('#meta+id');
		expect(hxl.data.slice(1).map(asData)).toEqual(sourceRows);

		const excel = text('/data/figures.excel.csv');
		expect([...built('/data/figures.excel.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(excel.startsWith(BOM)).toBe(true);
		const excelRows = parse(excel.slice(BOM.length));
		expect(excelRows.errors).toEqual([]);
		expect(excelRows.meta.fields![0]).toBe('id');
		expect(excelRows.data.map(asData)).toEqual(sourceRows);
	});

	it('has sources.csv parse back to the rows of data/sources.csv', () => {
		const sources = parse(text('/data/sources.csv'));
		expect(sources.errors).toEqual([]);
		expect(sources.data).toEqual(parse(SOURCES_CSV).data);
	});

	it('has figures.json parse, with every figure of data/figures.csv', () => {
		const json = JSON.parse(text('/data/figures.json')) as { figures: Record<string, string | number | null>[] };
		expect(json.figures.map((f) => [f.id, f[f.unit as string]])).toEqual(sourceRows.map((r) => [r.id, Number(r.value)]));
	});

	it('quotes the article’s own characters in every download: text[start:end] is the quote, row by row', () => {
		const exact = new Map<string, string>();
		const csvs = ['/data/figures.csv', '/data/figures.hxl.csv', '/data/figures.excel.csv', ...dataset.articles.map((a) => `/data/articles/${a.source.id}.figures.csv`)];
		for (const href of csvs) {
			const rows = parse(text(href).replace(/^\uFEFF/u, '')).data.filter((row) => !row.id!.startsWith('#'));
			expect(rows.length, href).toBeGreaterThan(0);
			for (const row of rows) {
				expect([href, row.id, articleText(row.source!).slice(Number(row.start), Number(row.end))]).toEqual([href, row.id, row.quote]);
				exact.set(row.id!, row.quote!);
			}
		}
		const json = JSON.parse(text('/data/figures.json')) as { figures: { id: string; source: string; quote: string; provenance: { start: number; end: number } }[] };
		for (const f of json.figures) expect([f.id, articleText(f.source).slice(f.provenance.start, f.provenance.end)]).toEqual([f.id, f.quote]);
		// comparisons.csv has no offsets: its quote is the same characters as the figure's.
		const compared = parse(text('/data/comparisons.csv')).data;
		expect(compared.length).toBeGreaterThan(0);
		for (const row of compared) expect([row.figure_id, row.quote]).toEqual([row.figure_id, exact.get(row.figure_id!)]);
		// The one that differs from data/figures.csv: no-break spaces, as the article has them.
		expect(exact.get('idlib-offensive-displaced')).toContain('\u00a0');
	});

	it('has the article text byte for byte as in data/articles/', () => {
		expect(built(`/data/articles/${ARTICLE_ID}.txt`).equals(readFileSync(ARTICLE_PATH))).toBe(true);
	});

	it('has datapackage.json state the size and SHA-256 of every built file it describes', () => {
		const pkg = JSON.parse(text('/data/datapackage.json')) as DataPackage;
		expect(pkg.resources).toHaveLength(catalogue.length - 1);
		for (const resource of pkg.resources) {
			const bytes = built(`/data/${resource.path}`);
			expect(resource.bytes, resource.path).toBe(bytes.length);
			expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
		}
	});
});

describe('build/data/official/ and the official series', () => {
	it('serves the official datasets byte for byte as data/official/ holds them', () => {
		for (const name of ['unhcr-population-syria.csv', 'idmc-idps-syria.csv', 'datasets.csv']) {
			expect(built(`/data/official/${name}`).equals(readFileSync(`data/official/${name}`)), name).toBe(true);
		}
	});

	it('compares the two displacement stocks with UNHCR’s end-2019 counts, and says why the flow is not compared', () => {
		const rows = parse(text('/data/comparisons.csv'));
		expect(rows.errors).toEqual([]);
		expect(rows.data.map((r) => [r.figure_id, r.series, r.year, r.official_value, r.agreement, r.reason])).toEqual([
			['syria-refugees', 'unhcr-syria-refugees-neighbours', '2019', '5516668', 'consistent', ''],
			['syria-idps', 'unhcr-syria-idps', '2019', '6146994', 'consistent', ''],
			['idlib-offensive-displaced', '', '', '', 'not_compared', 'flow']
		]);
	});

	it('lists the end-2019 value of each series, as the shared README’s worked check gives it', () => {
		const rows = parse(text('/data/official.csv')).data.filter((r) => r.year === '2019');
		expect(rows.map((r) => [r.series, r.value])).toEqual([
			['unhcr-syria-refugees', '6615249'],
			['unhcr-syria-refugees-neighbours', '5516668'],
			['unhcr-syria-idps', '6146994'],
			['idmc-syria-idps', '6495000']
		]);
	});

	it('gives every official file in the data package its licence and the attribution it asks for', () => {
		const pkg = JSON.parse(text('/data/datapackage.json')) as DataPackage;
		const official = pkg.resources.filter((r) => ['official', 'comparisons', 'official-unhcr-population-syria', 'official-idmc-idps-syria'].includes(r.name));
		expect(official).toHaveLength(4);
		for (const resource of official) {
			expect(resource.licenses?.[0]?.name, resource.name).toBe('CC-BY-4.0');
			expect(resource.licenses?.[0]?.title, resource.name).toContain('attribute “');
			expect(resource.sources?.length, resource.name).toBeGreaterThan(0);
		}
	});
});
