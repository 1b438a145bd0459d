/**
 * Every file the site serves under /data/, in the order the page lists them: its path, what it
 * holds, its exact text and its Frictionless resource. The endpoint, the data package and the
 * page's list of downloads all read this one list, so the sizes and hashes they state are those
 * of the bytes served. A new format is a module that writes its text and one entry in FILES.
 */
import { longDate } from '../display/format';
import type { Article, Dataset } from '../figures/dataset';
import { dataPackageFile, type Sha256 } from './datapackage';
import { figuresExcelCsv } from './excel-csv';
import { CSV, JSON_TYPE, TEXT, packageSource, type ExportedFile } from './exported-file';
import { figuresCsv } from './figures-csv';
import { figuresJsonText } from './figures-json';
import { figuresHxlCsv } from './hxl';
import { articleLicense } from './rights';
import { sourcesCsv } from './sources-csv';
import { figuresTableSchema, sourcesTableSchema } from './table-schema';

/** Where the articles' verbatim texts are served, under /data/. */
const ARTICLE_TEXTS = 'articles/';
const articleTextPath = (sourceId: string) => `${ARTICLE_TEXTS}${sourceId}.txt`;

function articleFile({ source, text }: Article): ExportedFile {
	return {
		path: articleTextPath(source.id),
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

/** Each entry makes the files of one format: one file, or one per article. */
const FILES: readonly ((dataset: Dataset) => ExportedFile | ExportedFile[])[] = [
	(dataset) => ({
		path: 'figures.csv',
		title: 'Figures (CSV)',
		description:
			'One row per figure: its data, the sentence that states it, the offsets of its words in the ' +
			'article text and a link that highlights them on the publisher’s page.',
		mediaType: CSV,
		body: figuresCsv(dataset),
		resource: { name: 'figures', type: 'table', format: 'csv', encoding: 'utf-8', schema: figuresTableSchema() }
	}),
	(dataset) => ({
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
	}),
	(dataset) => ({
		path: 'figures.excel.csv',
		title: 'Figures (CSV for Excel)',
		description: 'The figures CSV starting with a UTF-8 byte-order mark, so that spreadsheets read its characters correctly.',
		mediaType: CSV,
		body: figuresExcelCsv(dataset),
		// No `encoding`: IANA has no name for "UTF-8 with a BOM", and readers that detect the
		// encoding recognise the mark, whereas a declared "utf-8" makes some keep it in the first name.
		resource: { name: 'figures-excel', type: 'table', format: 'csv', schema: figuresTableSchema() }
	}),
	(dataset) => ({
		path: 'figures.json',
		title: 'Figures (JSON)',
		description:
			'The sources and every figure, typed, each with W3C Web Annotation selectors that locate its ' +
			'words in the article text.',
		mediaType: JSON_TYPE,
		body: figuresJsonText(dataset),
		resource: { name: 'figures-json', format: 'json', encoding: 'utf-8' }
	}),
	(dataset) => ({
		path: 'sources.csv',
		title: 'Sources (CSV)',
		description: 'One row per article: headline, publisher, date, address and rights.',
		mediaType: CSV,
		body: sourcesCsv(dataset),
		resource: { name: 'sources', type: 'table', format: 'csv', encoding: 'utf-8', schema: sourcesTableSchema() }
	}),
	(dataset) => dataset.articles.map(articleFile)
];

/** Every data file the data package describes: all of /data/ but datapackage.json itself. */
export function exportedFiles(dataset: Dataset): ExportedFile[] {
	return FILES.flatMap((file) => file(dataset));
}

export interface Download {
	/** Site-relative URL, e.g. /data/figures.csv. */
	href: string;
	/** File name to save as. */
	name: string;
	title: string;
	description: string;
	/** Content-Type as served, with its charset. */
	mediaType: string;
	/** Exact size of what is served, in bytes. */
	bytes: number;
}

export interface ServedFile extends Omit<Download, 'bytes'> {
	body: string;
}

const encoder = new TextEncoder();

function served({ path, title, description, mediaType, body }: Omit<ExportedFile, 'resource'>): ServedFile {
	return { href: `/data/${path}`, name: path.split('/').at(-1)!, title, description, mediaType, body };
}

/** Every file under /data/, datapackage.json last; `sha256` adds hashes to the data package. */
export function servedFiles(dataset: Dataset, sha256?: Sha256): ServedFile[] {
	const files = exportedFiles(dataset);
	return [...files, dataPackageFile(dataset, files, sha256)].map(served);
}

/** The catalogue the page lists: each file with the exact byte length of its text. */
export function catalogue(files: readonly ServedFile[]): Download[] {
	return files.map(({ body, ...file }) => ({ ...file, bytes: encoder.encode(body).length }));
}

/** The downloads an article's page offers: the collection's files, but no other article's text. */
export function articleDownloads<T extends { href: string }>(downloads: readonly T[], sourceId: string): T[] {
	const own = `/data/${articleTextPath(sourceId)}`;
	return downloads.filter((d) => !d.href.startsWith(`/data/${ARTICLE_TEXTS}`) || d.href === own);
}
