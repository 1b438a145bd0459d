/**
 * Every data file the site serves under /data/ except datapackage.json, which describes these:
 * its path, what it holds, its exact text, and the properties its Frictionless resource adds.
 * The endpoints, the data package and the page's list of downloads all read this one list, so
 * the sizes and hashes they state are those of the bytes served.
 */
import { longDate } from '$lib/charts/format';
import type { Article, Dataset } from '$lib/figures/dataset';
import type { Source } from '$lib/figures/schema';
import { figuresCsv } from './figures-csv';
import { figuresExcelCsv } from './excel-csv';
import { figuresJsonText } from './figures-json';
import { figuresHxlCsv } from './hxl';
import { articleLicense, type License } from './rights';
import { sourcesCsv } from './sources-csv';
import { figuresTableSchema, sourcesTableSchema, type TableSchema } from './table-schema';

export const CSV = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT = 'text/plain; charset=utf-8';

/** A Frictionless source (https://datapackage.org/standard/data-package/#sources). */
export interface PackageSource {
	title: string;
	path: string;
}

/** Table Dialect v2 (https://datapackage.org/standard/table-dialect/); only what differs from CSV defaults. */
export interface TableDialect {
	/** 1-based rows to leave out of the data, e.g. the HXL hashtag row. */
	commentRows?: number[];
}

/** Properties of the file's Frictionless resource beyond those every file has. */
export interface ResourceProperties {
	/** Unique in the package: lower case, digits, `-`, `_`, `.`. */
	name: string;
	type?: 'table';
	format: string;
	encoding?: string;
	dialect?: TableDialect;
	schema?: TableSchema;
	licenses?: License[];
	sources?: PackageSource[];
}

export interface ExportedFile {
	/** Path under /data/; datapackage.json sits in /data/, so this is also the resource's path. */
	path: string;
	title: string;
	description: string;
	/** Content-Type as served. */
	mediaType: string;
	body: string;
	resource: ResourceProperties;
}

export function packageSource(source: Source): PackageSource {
	return { title: `${source.title} (${source.publisher}, ${longDate(source.published)})`, path: source.url };
}

function articleFile({ source, text }: Article): ExportedFile {
	return {
		path: `articles/${source.id}.txt`,
		title: `Article text: ${source.publisher}, ${longDate(source.published)}`,
		description:
			`The text of “${source.title}” as published, verbatim. The offsets in the figures files count ` +
			'UTF-16 code units of this text from 0.',
		mediaType: TEXT,
		body: text,
		resource: {
			name: `article-${source.id}`,
			format: 'txt',
			encoding: 'utf-8',
			licenses: [articleLicense(source)],
			sources: [packageSource(source)]
		}
	};
}

export function dataFiles(dataset: Dataset): ExportedFile[] {
	return [
		{
			path: 'figures.csv',
			title: 'Figures (CSV)',
			description:
				'One row per figure: its data, the sentence that states it, the offsets of its words in the ' +
				'article text and a link that highlights them on the publisher’s page.',
			mediaType: CSV,
			body: figuresCsv(dataset),
			resource: { name: 'figures', type: 'table', format: 'csv', encoding: 'utf-8', schema: figuresTableSchema() }
		},
		{
			path: 'figures.hxl.csv',
			title: 'Figures (HXL CSV)',
			description: 'The figures CSV with a row of HXL hashtags under the header, for HDX and other humanitarian tools.',
			mediaType: CSV,
			body: figuresHxlCsv(dataset),
			resource: {
				name: 'figures-hxl',
				type: 'table',
				format: 'csv',
				encoding: 'utf-8',
				// Row 2 holds the hashtags: not data, and not part of the column names either.
				dialect: { commentRows: [2] },
				schema: figuresTableSchema({ hxlTags: true })
			}
		},
		{
			path: 'figures.excel.csv',
			title: 'Figures (CSV for Excel)',
			description: 'The figures CSV starting with a UTF-8 byte-order mark, so that spreadsheets read its characters correctly.',
			mediaType: CSV,
			body: figuresExcelCsv(dataset),
			// No `encoding`: IANA has no name for "UTF-8 with a BOM", and readers that detect the
			// encoding recognise the mark, whereas a declared "utf-8" makes some keep it in the first name.
			resource: { name: 'figures-excel', type: 'table', format: 'csv', schema: figuresTableSchema() }
		},
		{
			path: 'figures.json',
			title: 'Figures (JSON)',
			description:
				'The sources and every figure, typed, each with W3C Web Annotation selectors that locate its ' +
				'words in the article text.',
			mediaType: JSON_TYPE,
			body: figuresJsonText(dataset),
			resource: { name: 'figures-json', format: 'json', encoding: 'utf-8' }
		},
		{
			path: 'sources.csv',
			title: 'Sources (CSV)',
			description: 'One row per article: headline, publisher, date, address and rights.',
			mediaType: CSV,
			body: sourcesCsv(dataset),
			resource: { name: 'sources', type: 'table', format: 'csv', encoding: 'utf-8', schema: sourcesTableSchema() }
		},
		...dataset.articles.map(articleFile)
	];
}
