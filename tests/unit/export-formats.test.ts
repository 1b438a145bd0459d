// The downloads besides figures.csv: HXL and Excel CSVs, JSON, sources, article text, the
// Frictionless data package, the catalogue the page lists, and the schema.org JSON-LD.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataFiles as exportedFiles, type TableDialect } from '$lib/export/data-files';
import { DATA_PACKAGE_PROFILE, dataPackage, type DataPackage, type DataResource } from '$lib/export/datapackage';
import { catalogue, servedFiles } from '$lib/export/downloads';
import { figuresExcelCsv } from '$lib/export/excel-csv';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { figuresJson, figuresJsonText } from '$lib/export/figures-json';
import { figuresHxlCsv, HXL_TAGS, hxlTag } from '$lib/export/hxl';
import { datasetJsonLd, serializeJsonLd } from '$lib/export/json-ld';
import { SOURCES_CSV_COLUMNS, sourcesCsv } from '$lib/export/sources-csv';
import type { TableSchema } from '$lib/export/table-schema';
import { buildDataset } from '$lib/figures/dataset';
import { FIGURE_COLUMNS, SOURCE_COLUMNS } from '$lib/figures/schema';
import { GET as getArticle, entries as articleEntries } from '../../src/routes/data/articles/[id].txt/+server';
import { GET as getDataPackage } from '../../src/routes/data/datapackage.json/+server';
import { GET as getFiguresCsv } from '../../src/routes/data/figures.csv/+server';
import { GET as getExcelCsv } from '../../src/routes/data/figures.excel.csv/+server';
import { GET as getHxlCsv } from '../../src/routes/data/figures.hxl.csv/+server';
import { GET as getFiguresJson } from '../../src/routes/data/figures.json/+server';
import { GET as getSourcesCsv } from '../../src/routes/data/sources.csv/+server';
import { sha256 as nodeSha256 } from '$lib/server/downloads';
import { ARTICLE, ARTICLE_ID } from '../helpers/article';
import { dataFiles, figuresWith, SOURCES_CSV } from '../helpers/data';

const dataset = buildDataset(dataFiles());
const rows = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const utf8 = (text: string) => new TextEncoder().encode(text);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const servedFile = (d: typeof dataset, href: string) => servedFiles(d, nodeSha256).find((f) => f.href === href);
const downloads = (d: typeof dataset) => catalogue(servedFiles(d, nodeSha256));

describe('figuresHxlCsv', () => {
	const hxl = figuresHxlCsv(dataset);

	it('puts the HXL hashtags directly under the header, one per column, in column order', () => {
		const [header, hashtags] = rows(hxl);
		expect(header).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(hashtags).toEqual([
			'#meta+id',
			'#meta+source',
			'#meta+quote',
			'#indicator+name',
			'#indicator+code',
			'#indicator+type',
			'#indicator+value+num',
			'#indicator+qualifier',
			'#indicator+value+max+num',
			'#indicator+unit',
			'#country+name',
			'#country+code+v_iso3',
			'#adm1+name',
			'#date+reported',
			'#org+name',
			'#description+note',
			'#meta+sentence+id',
			'#meta+sentence+text',
			'#meta+start+num',
			'#meta+end+num',
			'#meta+url'
		]);
	});

	it('is figures.csv with the hashtag row inserted, and nothing else changed', () => {
		const [headerLine, hashtagLine, ...rest] = hxl.split('\r\n');
		expect(hashtagLine).toBe(FIGURES_CSV_COLUMNS.map(hxlTag).join(','));
		expect([headerLine, ...rest].join('\r\n')).toBe(figuresCsv(dataset));
	});

	it('tags every column, and only the columns, with a distinct, well-formed hashtag', () => {
		expect(Object.keys(HXL_TAGS).sort()).toEqual([...FIGURES_CSV_COLUMNS].sort());
		const tags = Object.values(HXL_TAGS);
		expect(new Set(tags).size).toBe(tags.length);
		for (const tag of tags) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
	});

	it('refuses a column it has no hashtag for', () => {
		expect(() => hxlTag('population')).toThrow('no HXL hashtag for the column "population"');
	});
});

describe('figuresExcelCsv', () => {
	it('is figures.csv behind a UTF-8 byte-order mark', () => {
		const bytes = utf8(figuresExcelCsv(dataset));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.subarray(3)).toEqual(utf8(figuresCsv(dataset)));
	});
});

describe('sourcesCsv', () => {
	it('has the columns of sources.csv and parses back to its rows', () => {
		const built = records(sourcesCsv(dataset));
		expect(built.errors).toEqual([]);
		expect(built.meta.fields).toEqual(SOURCE_COLUMNS.map((c) => c.name));
		expect(built.data).toEqual(records(SOURCES_CSV).data);
		expect(sourcesCsv(dataset).endsWith('\r\n')).toBe(true);
	});
});

describe('figuresJson', () => {
	const json = figuresJson(dataset);

	it('lists the sources, then the figures with the data columns in CSV order and their provenance', () => {
		expect(Object.keys(json)).toEqual(['sources', 'figures']);
		expect(Object.keys(json.sources[0]!)).toEqual([...SOURCES_CSV_COLUMNS]);
		expect(json.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id));
		for (const figure of json.figures) {
			expect(Object.keys(figure)).toEqual([...FIGURE_COLUMNS.map((c) => c.name), 'provenance']);
			expect(Object.keys(figure.provenance)).toEqual(['sentence_id', 'sentence', 'start', 'end', 'selectors', 'text_fragment_url']);
		}
	});

	it('gives a figure typed, with W3C selectors and the offsets of its words in the article', () => {
		expect(json.figures[0]).toEqual({
			id: 'syria-refugees',
			source: 'newarab-2020-02-11',
			quote: 'at least 5.5 million people fleeing the country',
			label: 'Refugees who have fled Syria',
			indicator: 'refugees',
			measure: 'stock',
			value: 5500000,
			qualifier: 'at_least',
			upper: null,
			unit: 'people',
			country: 'Syria',
			country_iso3: 'SYR',
			admin1: null,
			reported: '2020-02-11',
			attributed_to: 'UN',
			note: 'The article says “people fleeing the country”; counted here as refugees: people who have left Syria, at the date reported (a stock).',
			provenance: {
				sentence_id: 's15-1',
				sentence:
					'According to UN figures, the Syrian conflict has caused the greatest displacement crisis in the world, with at least 5.5 million people fleeing the country and more than 6 million more displaced inside Syria.',
				start: 2018,
				end: 2065,
				selectors: [
					{
						type: 'TextQuoteSelector',
						exact: 'at least 5.5 million people fleeing the country',
						prefix: 'ement crisis in the world, with ',
						suffix: ' and more than 6 million more di'
					},
					{ type: 'TextPositionSelector', start: 2018, end: 2065 }
				],
				text_fragment_url:
					'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile#:~:text=the%20world%2C%20with-,at%20least%205.5%20million%20people%20fleeing%20the%20country,-and%20more%20than'
			}
		});
		expect(ARTICLE.slice(2018, 2065)).toBe('at least 5.5 million people fleeing the country');
	});

	it('writes a range with both ends as numbers, and an unnamed source as null', () => {
		const fighters = json.figures.find((f) => f.id === 'nujaba-fighters')!;
		expect([fighters.value, fighters.upper, fighters.qualifier, fighters.attributed_to]).toEqual([8000, 10000, 'range', null]);
	});

	it('is printed with two-space indentation and a final newline', () => {
		const text = figuresJsonText(dataset);
		expect(text.startsWith('{\n  "sources": [\n    {\n      "id": "newarab-2020-02-11",')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(json);
	});
});

/** Checks each data row of a CSV against its Table Schema and dialect; returns what is wrong. */
function tableProblems(csv: string, schema: TableSchema, dialect: TableDialect = {}): string[] {
	const [header = [], ...body] = rows(csv.replace(/^\uFEFF/, ''));
	const problems: string[] = [];
	if (header.join() !== schema.fields.map((f) => f.name).join()) problems.push(`header ${header.join()}`);
	// Row numbers count from 1 at the header, as Table Dialect's commentRows do.
	const data = body.map((cells, i) => ({ row: i + 2, cells })).filter(({ row }) => !dialect.commentRows?.includes(row));
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
		expect(pkg.resources.map((r) => [r.name, r.path, r.mediatype])).toEqual([
			['figures', 'figures.csv', 'text/csv'],
			['figures-hxl', 'figures.hxl.csv', 'text/csv'],
			['figures-excel', 'figures.excel.csv', 'text/csv'],
			['figures-json', 'figures.json', 'application/json'],
			['sources', 'sources.csv', 'text/csv'],
			[`article-${ARTICLE_ID}`, `articles/${ARTICLE_ID}.txt`, 'text/plain']
		]);
		expect(files.map((f) => f.href)).toEqual([...pkg.resources.map((r) => `/data/${r.path}`), '/data/datapackage.json']);
		expect(servedFile(dataset, '/data/datapackage.json')!.body).toBe(`${JSON.stringify(dataPackage(dataset, exportedFiles(dataset), nodeSha256), null, 2)}\n`);
	});

	it('gives each file its exact size and SHA-256', () => {
		for (const r of pkg.resources) {
			expect(r.bytes, r.path).toBe(utf8(body(r)).length);
			expect(r.hash, r.path).toBe(`sha256:${sha256(body(r))}`);
		}
	});

	it('has a table schema for every CSV, with its columns in file order', () => {
		expect(tables.map((r) => r.path)).toEqual(['figures.csv', 'figures.hxl.csv', 'figures.excel.csv', 'sources.csv']);
		for (const r of tables) {
			const [header] = rows(body(r).replace(/^\uFEFF/, ''));
			expect(r.schema!.fields.map((f) => f.name), r.path).toEqual(header);
			expect(r.schema!.primaryKey).toEqual(['id']);
		}
		expect(resource('figures').schema!.fields.map((f) => f.name)).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(resource('sources').schema!.fields.map((f) => f.name)).toEqual([...SOURCES_CSV_COLUMNS]);
	});

	it('types and constrains the columns from the column specs', () => {
		const field = (table: string, name: string) => resource(table).schema!.fields.find((f) => f.name === name);
		expect(field('figures', 'value')).toEqual({
			name: 'value',
			type: 'number',
			description: FIGURE_COLUMNS.find((c) => c.name === 'value')!.description,
			constraints: { required: true, minimum: 0 }
		});
		expect(field('figures', 'qualifier')!.constraints!.enum).toEqual(['exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than', 'nearly', 'range']);
		expect(field('figures', 'admin1')).not.toHaveProperty('constraints');
		expect(field('figures', 'reported')!.type).toBe('date');
		for (const offset of ['start', 'end']) {
			expect(field('figures', offset)).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0 } });
		}
		expect(field('figures', 'text_fragment_url')).toMatchObject({ type: 'string', format: 'uri', constraints: { required: true } });
		expect(field('figures', 'country_iso3')!.constraints).toEqual({ required: true, pattern: '[A-Z]{3}' });
		expect(field('sources', 'url')).toMatchObject({ type: 'string', format: 'uri' });
		expect(field('sources', 'published')!.type).toBe('date');
	});

	it('has every row of every CSV meet its schema: types, enums, required cells, patterns, minimums, unique ids', () => {
		for (const r of tables) expect(tableProblems(body(r), r.schema!, r.dialect), r.path).toEqual([]);
	});

	it('has a checker that would notice a row breaking the schema', () => {
		// The real rows, edited after validation, as a copy passed around the web could be.
		const csv = figuresCsv(dataset)
			.replace(',5500000,at_least,,people,Syria,SYR,,2020-02-11,', ',-1,roughly,,people,Syria,Syr,,2020-02-30,')
			.replace('\r\nsyria-idps,', '\r\nsyria-refugees,')
			.replace(',Displaced inside Syria,', ',,');
		expect(tableProblems(csv, resource('figures').schema!)).toEqual([
			'row 2 value "-1": below 0',
			'row 2 qualifier "roughly": not in the enum',
			'row 2 country_iso3 "Syr": does not match [A-Z]{3}',
			'row 2 reported "2020-02-30": not a date',
			'row 3 label "": required',
			'primary key not unique'
		]);
		expect(tableProblems('id,value\r\nx,1e3\r\ny,one\r\n', { fields: [{ name: 'id', type: 'string', description: '' }, { name: 'value', type: 'integer', description: '' }], primaryKey: ['id'] })).toEqual([
			'row 2 value "1e3": not an integer',
			'row 3 value "one": not an integer'
		]);
	});

	it('skips the HXL hashtag row as a comment row, and documents each column’s hashtag', () => {
		const hxl = resource('figures-hxl');
		expect(hxl.dialect).toEqual({ commentRows: [2] });
		expect(rows(body(hxl))[1]![0]).toBe('#meta+id');
		hxl.schema!.fields.forEach((f, i) => {
			expect(f.description).toBe(`${resource('figures').schema!.fields[i]!.description} HXL hashtag: ${HXL_TAGS[f.name]}`);
		});
		// Without the dialect the hashtags would be read as a figure, and fail the schema.
		expect(tableProblems(body(hxl), hxl.schema!)).toContain('row 2 id "#meta+id": does not match [a-z0-9]+(-[a-z0-9]+)*');
	});

	it('links every figure to its article in sources.csv, and the link holds', () => {
		const sourceIds = new Set(records(body(resource('sources'))).data.map((s) => s.id));
		for (const name of ['figures', 'figures-hxl', 'figures-excel']) {
			expect(resource(name).schema!.foreignKeys).toEqual([{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }]);
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
		expect(resource('figures-excel')).not.toHaveProperty('encoding');
		expect(resource('figures').encoding).toBe('utf-8');
	});
});

describe('downloads', () => {
	const catalogue = downloads(dataset);

	it('lists every file under /data/ with its exact size in bytes', () => {
		expect(catalogue.map((d) => [d.href, d.name, d.mediaType])).toEqual([
			['/data/figures.csv', 'figures.csv', 'text/csv; charset=utf-8'],
			['/data/figures.hxl.csv', 'figures.hxl.csv', 'text/csv; charset=utf-8'],
			['/data/figures.excel.csv', 'figures.excel.csv', 'text/csv; charset=utf-8'],
			['/data/figures.json', 'figures.json', 'application/json; charset=utf-8'],
			['/data/sources.csv', 'sources.csv', 'text/csv; charset=utf-8'],
			[`/data/articles/${ARTICLE_ID}.txt`, `${ARTICLE_ID}.txt`, 'text/plain; charset=utf-8'],
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

describe('the /data/ endpoints', () => {
	const event = (params: Record<string, string> = {}) => ({ params }) as never;
	const endpoints: [string, () => Response | Promise<Response>][] = [
		['/data/figures.csv', () => getFiguresCsv(event())],
		['/data/figures.hxl.csv', () => getHxlCsv(event())],
		['/data/figures.excel.csv', () => getExcelCsv(event())],
		['/data/figures.json', () => getFiguresJson(event())],
		['/data/sources.csv', () => getSourcesCsv(event())],
		[`/data/articles/${ARTICLE_ID}.txt`, () => getArticle(event({ id: ARTICLE_ID }))],
		['/data/datapackage.json', () => getDataPackage(event())]
	];

	it('covers every download in the catalogue', () => {
		expect(endpoints.map(([href]) => href)).toEqual(downloads(dataset).map((d) => d.href));
	});

	it.each(endpoints)('%s serves the catalogued bytes with an explicit Content-Type', async (href, get) => {
		const download = downloads(dataset).find((d) => d.href === href)!;
		const response = await get();
		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Type')).toBe(download.mediaType);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(bytes.length).toBe(download.bytes);
		expect(bytes).toEqual(utf8(servedFile(dataset, href)!.body));
	});

	it('serves the article text byte for byte, and prerenders one file per source', async () => {
		const bytes = new Uint8Array(await (await getArticle(event({ id: ARTICLE_ID }))).arrayBuffer());
		expect(Buffer.from(bytes).equals(Buffer.from(ARTICLE, 'utf8'))).toBe(true);
		expect(await articleEntries()).toEqual([{ id: ARTICLE_ID }]);
	});

	it('answers 404 for an article that is not in sources.csv', () => {
		let thrown: unknown;
		try {
			getArticle(event({ id: 'no-such-article' }));
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toMatchObject({ status: 404 });
	});
});

describe('datasetJsonLd', () => {
	const ld = datasetJsonLd(dataset, downloads(dataset));

	it('describes the dataset, the article it is based on, and where and when it applies', () => {
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Dataset',
			name: 'Syria: displacement and other figures as reported by The New Arab on 11 February 2020',
			isBasedOn: [
				{
					'@type': 'NewsArticle',
					headline: "WATCH: Iran-backed militia fighter scrawls Qasem Soleimani's name on missile 'bound for Aleppo'",
					url: 'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile',
					datePublished: '2020-02-11',
					publisher: { '@type': 'Organization', name: 'The New Arab' }
				}
			],
			temporalCoverage: '2020-02-11',
			spatialCoverage: [
				{ '@type': 'Place', name: 'Syria', identifier: { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: 'SYR' } }
			],
			license: 'https://creativecommons.org/licenses/by/4.0/'
		});
		expect(ld.description).toMatch(/^6 figures \(refugees, internally displaced people, new displacement, combatants and casualties\) as reported by The New Arab/);
	});

	it('measures one variable per indicator present, in order of appearance, naming its figures', () => {
		expect(ld.variableMeasured.map((v) => [v.propertyID, v.name, v.description])).toEqual([
			['refugees', 'Refugees', 'Refugees who have fled Syria: at least 5.5 million'],
			['idps', 'Internally displaced people', 'Displaced inside Syria: more than 6 million'],
			['new_displacement', 'New displacement', 'Fled the offensive on Idlib: around 700,000'],
			['combatants', 'Combatants', 'Fighters in Harakat Hezbollah al-Nujaba: between 8,000 and 10,000'],
			[
				'casualties',
				'Casualties',
				'Civilians killed by airstrikes on Idlib: at least 12; Share of those killed who were minors: half'
			]
		]);
	});

	it('keeps a hostile figure label inert: no </script> in the serialized JSON-LD, the label intact', () => {
		const hostile = '=HYPERLINK("x") </script><script>alert(1)</script>';
		const figures = figuresWith(',Displaced inside Syria,', `,"${hostile.replace(/"/g, '""')}",`);
		const withLabel = buildDataset(dataFiles({ figures }));
		const json = serializeJsonLd(datasetJsonLd(withLabel, downloads(withLabel)));
		expect(json.toLowerCase()).not.toContain('</script');
		expect(json).not.toContain('<');
		expect(JSON.parse(json).variableMeasured[1].description).toBe(`${hostile}: more than 6 million`);
	});

	it('offers every download, by site-relative URL and bare media type', () => {
		expect(ld.distribution.map((d) => [d['@type'], d.contentUrl, d.encodingFormat])).toEqual(
			downloads(dataset).map((d) => ['DataDownload', d.href, d.mediaType.split(';')[0]])
		);
		expect(ld.distribution[0]).toMatchObject({ name: 'Figures (CSV)', encodingFormat: 'text/csv' });
	});

	it('covers the span of reported dates when they differ', () => {
		const twoDates = buildDataset(dataFiles({ figures: figuresWith(',2020-02-11,UN,"People displaced', ',2020-02-09,UN,"People displaced') }));
		expect(twoDates.figures.map((f) => f.reported)).toContain('2020-02-09');
		expect(datasetJsonLd(twoDates, []).temporalCoverage).toBe('2020-02-09/2020-02-11');
	});
});

describe('serializeJsonLd', () => {
	const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029';

	it('parses back to the same object', () => {
		const ld = datasetJsonLd(dataset, downloads(dataset));
		expect(JSON.parse(serializeJsonLd(ld))).toEqual(ld);
		expect(JSON.parse(serializeJsonLd({ label: hostile }))).toEqual({ label: hostile });
	});

	it('escapes < > & and the JS line separators, so no text can end the script element', () => {
		const json = serializeJsonLd({ label: hostile });
		expect(json).toBe('{"label":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
		expect(json.toLowerCase()).not.toContain('</script');
	});

	it('keeps a hostile headline from sources.csv inside the element', () => {
		const sources = SOURCES_CSV.replace('"WATCH: Iran-backed', '"</script><script>alert(1)</script> WATCH: Iran-backed');
		expect(sources).not.toBe(SOURCES_CSV);
		const ld = datasetJsonLd(buildDataset(dataFiles({ sources })), []);
		expect(ld.isBasedOn[0]!.headline.startsWith('</script><script>alert(1)</script>')).toBe(true);
		const json = serializeJsonLd(ld);
		expect(json.toLowerCase()).not.toContain('</script');
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(ld);
	});
});

describe('a label written as a spreadsheet formula', () => {
	const formula = buildDataset(dataFiles({ figures: figuresWith(',Displaced inside Syria,', ',"=HYPERLINK(""x"")",') }));

	it.each([
		['figures.csv', figuresCsv],
		['figures.hxl.csv', figuresHxlCsv],
		['figures.excel.csv', figuresExcelCsv]
	])('comes out neutralised in %s', (_name, write) => {
		const csv = write(formula);
		expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
		expect(csv).not.toMatch(/,"?=HYPERLINK/);
		const labels = records(csv.replace(/^\uFEFF/, '')).data.map((r) => r.label);
		expect(labels).toContain(`'=HYPERLINK("x")`);
	});

	it('stays as written in the JSON, which no spreadsheet evaluates', () => {
		expect(figuresJson(formula).figures[1]!.label).toBe('=HYPERLINK("x")');
	});
});
