// datapackage.json: a Frictionless Data Package v2 describing every download (src/lib/export/datapackage.ts).
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportedFiles, servedFiles } from '$lib/export/catalogue';
import { DATA_PACKAGE_PROFILE, dataPackage, type DataPackage, type DataResource } from '$lib/export/datapackage';
import type { TableDialect } from '$lib/export/exported-file';
import { AMOUNT_COLUMNS, figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { HXL_TAGS } from '$lib/export/hxl';
import { SOURCES_CSV_COLUMNS } from '$lib/export/sources-csv';
import type { TableSchema } from '$lib/export/table-schema';
import { buildDataset } from '$lib/figures/dataset';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { sha256 as nodeSha256 } from '$lib/server/downloads';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const dataset = buildDataset(dataFiles());
const rows = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const servedFile = (d: typeof dataset, href: string) => servedFiles(d, nodeSha256).find((f) => f.href === href);
/** A resource's Table Schema, inline or read from the file its `schema` names. */
const schemaOf = (r: DataResource): TableSchema =>
	typeof r.schema === 'string' ? (JSON.parse(servedFile(dataset, `/data/${r.schema}`)!.body) as TableSchema) : r.schema!;

/** Checks each data row of a CSV against its Table Schema and dialect; returns what is wrong. */
function tableProblems(csv: string, schema: TableSchema, dialect: TableDialect = {}): string[] {
	const [header = [], ...body] = rows(csv.replace(/^\uFEFF/, ''));
	const problems: string[] = [];
	if (header.join() !== schema.fields.map((f) => f.name).join()) problems.push(`header ${header.join()}`);
	// Row numbers count from 1 at the header, as Table Dialect's commentRows do.
	// A row is left out by its number (v2's commentRows) or by its first character (commentChar, v1 and v2).
	const data = body
		.map((cells, i) => ({ row: i + 2, cells }))
		.filter(({ row, cells }) => !dialect.commentRows?.includes(row) && !(dialect.commentChar && cells[0]?.startsWith(dialect.commentChar)));
	for (const { row, cells } of data) {
		schema.fields.forEach((field, i) => {
			const cell = cells[i] ?? '';
			const problem = (what: string) => problems.push(`row ${row} ${field.name} ${JSON.stringify(cell)}: ${what}`);
			const c = field.constraints ?? {};
			if (cell === '') {
				if (c.required) problem('required');
				return;
			}
			if (field.type === 'integer' && !/^-?\d+$/.test(cell)) problem('not an integer');
			if (field.type === 'number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell)) problem('not a number');
			if (field.type === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell))) {
				problem('not a date');
			}
			if (field.format === 'uri' && !URL.canParse(cell)) problem('not a URI');
			if (c.enum && !c.enum.includes(cell)) problem('not in the enum');
			if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) problem(`does not match ${c.pattern}`);
			if (c.minimum !== undefined && !(Number(cell) >= c.minimum)) problem(`below ${c.minimum}`);
			if (c.maximum !== undefined && !(Number(cell) <= c.maximum)) problem(`above ${c.maximum}`);
			if (c.maxLength !== undefined && [...cell].length > c.maxLength) problem(`longer than ${c.maxLength}`);
		});
	}
	const keys = data.map(({ cells }) => schema.primaryKey.map((k) => cells[header.indexOf(k)]).join('\u0000'));
	if (new Set(keys).size !== keys.length) problems.push('primary key not unique');
	return problems;
}

describe('dataPackage', () => {
	const files = servedFiles(dataset, nodeSha256);
	const pkg: DataPackage = JSON.parse(servedFile(dataset, '/data/datapackage.json')!.body);
	const body = (resource: DataResource) => servedFile(dataset, `/data/${resource.path}`)!.body;
	const tables = pkg.resources.filter((r) => r.type === 'table');
	const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;

	it('is a Data Package v2 describing every other file under /data/, by relative path', () => {
		expect(pkg.$schema).toBe(DATA_PACKAGE_PROFILE);
		expect(DATA_PACKAGE_PROFILE).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
		// Every file of the catalogue (export-catalogue.test.ts pins which) but the package itself.
		expect(pkg.resources.map((r) => [`/data/${r.path}`, r.mediatype])).toEqual(
			files.slice(0, -1).map((f) => [f.href, f.mediaType.split(';')[0]])
		);
		expect(files.at(-1)!.href).toBe('/data/datapackage.json');
		expect(pkg.resources.map((r) => [r.name, r.path])).toEqual(
			expect.arrayContaining([
				['figures', 'figures.csv'],
				['figures-hxl', 'figures.hxl.csv'],
				['figures-excel', 'figures.excel.csv'],
				['figures-json', 'figures.json'],
				['sources', 'sources.csv'],
				[`article-${ARTICLE_ID}`, `articles/${ARTICLE_ID}.txt`]
			])
		);
		const names = pkg.resources.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) expect(name).toMatch(/^[a-z0-9._-]+$/);
		expect(servedFile(dataset, '/data/datapackage.json')!.body).toBe(`${JSON.stringify(dataPackage(dataset, exportedFiles(dataset), nodeSha256), null, 2)}\n`);
	});

	it('describes each article’s figures with the figures schema, by path, once for all', () => {
		expect(resource(`figures-${ARTICLE_ID}`).schema).toBe('figures.schema.json');
		expect(resource('figures-schema')).toMatchObject({ path: 'figures.schema.json', mediatype: 'application/json' });
		expect(schemaOf(resource(`figures-${ARTICLE_ID}`))).toEqual(resource('figures').schema);
	});

	it('gives each file its exact size and SHA-256', () => {
		for (const r of pkg.resources) {
			expect(r.bytes, r.path).toBe(utf8(body(r)).length);
			expect(r.hash, r.path).toBe(`sha256:${sha256(body(r))}`);
		}
	});

	it('has a table schema for every CSV, with its columns in file order', () => {
		expect(tables.map((r) => r.path)).toEqual(['figures.csv', 'figures.hxl.csv', 'figures.excel.csv', 'sources.csv', `articles/${ARTICLE_ID}.figures.csv`]);
		for (const r of tables) {
			const [header] = rows(body(r).replace(/^\uFEFF/, ''));
			expect(schemaOf(r).fields.map((f) => f.name), r.path).toEqual(header);
			expect(schemaOf(r).primaryKey).toEqual(['id']);
		}
		expect(schemaOf(resource('figures')).fields.map((f) => f.name)).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(schemaOf(resource('sources')).fields.map((f) => f.name)).toEqual([...SOURCES_CSV_COLUMNS]);
	});

	it('types and constrains the columns from the column specs', () => {
		const field = (table: string, name: string) => schemaOf(resource(table)).fields.find((f) => f.name === name);
		expect(field('figures', 'value')).toBeUndefined();
		expect(field('figures', 'people')).toEqual({
			name: 'people',
			type: 'integer',
			description: AMOUNT_COLUMNS[0]!.description,
			constraints: { minimum: 0, maximum: 1e12 }
		});
		expect(field('figures', 'share')).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 1 } });
		expect(field('figures', 'period_start')!.type).toBe('date');
		expect(field('figures', 'qualifier')!.constraints!.enum).toEqual(['exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than', 'nearly', 'range']);
		expect(field('figures', 'admin1')!.constraints).toEqual({ maxLength: 60 });
		expect(field('figures', 'label')!.constraints).toEqual({ required: true, maxLength: 100 });
		expect(field('figures', 'reported')!.type).toBe('date');
		for (const offset of ['start', 'end']) {
			expect(field('figures', offset)).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0 } });
		}
		expect(field('figures', 'text_fragment_url')).toMatchObject({ type: 'string', format: 'uri', constraints: { required: true } });
		// A figure gives a country or an area (area_m49), so neither is required alone; which codes exist is checked at build time.
		expect(field('figures', 'country')!.constraints).toEqual({ maxLength: 60 });
		expect(field('figures', 'country_iso3')!.constraints).toEqual({ pattern: '[A-Z]{3}' });
		expect(field('figures', 'area_m49')).toEqual({
			name: 'area_m49',
			type: 'string',
			description: FIGURE_COLUMNS.find((c) => c.name === 'area_m49')!.description,
			constraints: { pattern: '[0-9]{3}' }
		});
		expect(field('sources', 'url')).toMatchObject({ type: 'string', format: 'uri' });
		expect(field('sources', 'published')!.type).toBe('date');
	});

	it('has every row of every CSV meet its schema: types, enums, required cells, patterns, minimums, unique ids', () => {
		for (const r of tables) expect(tableProblems(body(r), schemaOf(r), r.dialect), r.path).toEqual([]);
	});

	it('has a checker that would notice a row breaking the schema', () => {
		// The real rows, edited after validation, as a copy passed around the web could be.
		const csv = figuresCsv(dataset)
			.replace(',at_least,people,5500000,,,,,,Syria,SYR,,,2020-02-11,', ',roughly,people,-1,,,,,,Syria,Syr,1,,2020-02-30,')
			.replace(',more_than,people,6000000,', ',more_than,people,6000000.0,')
			.replace('\r\nsyria-idps,', '\r\nsyria-refugees,')
			.replace(',Displaced inside Syria,', ',,');
		expect(tableProblems(csv, schemaOf(resource('figures')))).toEqual([
			'row 2 qualifier "roughly": not in the enum',
			'row 2 people "-1": below 0',
			'row 2 country_iso3 "Syr": does not match [A-Z]{3}',
			'row 2 area_m49 "1": does not match [0-9]{3}',
			'row 2 reported "2020-02-30": not a date',
			'row 3 label "": required',
			'row 3 people "6000000.0": not an integer',
			'primary key not unique'
		]);
		expect(tableProblems('id,value\r\nx,1e3\r\ny,one\r\n', { fields: [{ name: 'id', type: 'string', description: '' }, { name: 'value', type: 'integer', description: '' }], primaryKey: ['id'] })).toEqual([
			'row 2 value "1e3": not an integer',
			'row 3 value "one": not an integer'
		]);
	});

	it('skips the HXL hashtag row as a comment row, and documents each column’s hashtag', () => {
		const hxl = resource('figures-hxl');
		expect(hxl.dialect).toEqual({ commentRows: [2], commentChar: '#' });
		// A Data Package v1 reader knows no commentRows: commentChar alone leaves the hashtags out too.
		expect(tableProblems(body(hxl), schemaOf(hxl), { commentChar: '#' })).toEqual([]);
		expect(records(body(hxl).replace(/\r\n#[^\r]*/u, '')).data).toEqual(records(body(resource('figures'))).data);
		expect(rows(body(hxl))[1]![0]).toBe('#meta+id');
		schemaOf(hxl).fields.forEach((f, i) => {
			expect(f.description).toBe(`${schemaOf(resource('figures')).fields[i]!.description} HXL hashtag: ${HXL_TAGS[f.name]}`);
		});
		// Without the dialect the hashtags would be read as a figure, and fail the schema.
		expect(tableProblems(body(hxl), schemaOf(hxl))).toContain('row 2 id "#meta+id": does not match [a-z0-9]+(-[a-z0-9]+)*');
	});

	it('links every figure to its article in sources.csv, and the link holds', () => {
		const sourceIds = new Set(records(body(resource('sources'))).data.map((s) => s.id));
		for (const name of ['figures', 'figures-hxl', 'figures-excel']) {
			expect(schemaOf(resource(name)).foreignKeys).toEqual([{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }]);
		}
		const figures = records(body(resource('figures'))).data;
		expect(figures).toHaveLength(6);
		for (const figure of figures) expect(sourceIds.has(figure.source!), figure.id).toBe(true);
	});

	it('licenses the data, keeps the article text its publisher’s, and names the article as source', () => {
		expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }]);
		const article = resource(`article-${ARTICLE_ID}`);
		expect(article.licenses).toEqual([{ name: 'other-closed', title: dataset.sources[0]!.rights }]);
		expect(pkg.sources).toEqual([
			{
				title: "WATCH: Iran-backed militia fighter scrawls Qasem Soleimani's name on missile 'bound for Aleppo' (The New Arab, 11 February 2020)",
				path: 'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile'
			}
		]);
		// Every resource says its encoding, the BOM-led Excel file too (a BOM is UTF-8, RFC 3629).
		expect(pkg.resources.filter((r) => r.encoding !== 'utf-8').map((r) => r.name)).toEqual([]);
	});
});

describe('dataPackage with a figure about an area', () => {
	const world = buildDataset(worldFiles());
	const pkg: DataPackage = JSON.parse(servedFile(world, '/data/datapackage.json')!.body);

	it('has every row of every figures table meet its schema, the row with no country included', () => {
		for (const r of pkg.resources.filter((r) => r.type === 'table')) {
			const body = servedFile(world, `/data/${r.path}`)!.body;
			expect(tableProblems(body, schemaOf(r), r.dialect), r.path).toEqual([]);
		}
		const hxl = pkg.resources.find((r) => r.name === 'figures-hxl')!;
		expect(schemaOf(hxl).fields.find((f) => f.name === 'area_m49')!.description).toMatch(/ HXL hashtag: #region\+code\+v_m49$/u);
	});
});
