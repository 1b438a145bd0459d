/**
 * Every file the site serves under /data/, in the order the page lists them: its path, what it
 * holds, its exact text and its Frictionless resource. The endpoint, the data package and the
 * page's list of downloads all read this one list, so the sizes and hashes they state are those
 * of the bytes served. A new format is a module that writes its text and one entry in FILES.
 */
import { longDate } from '../display/format';
import { articleDataset, type Article, type Dataset } from '../figures/dataset';
import { articleTextFile } from '../figures/schema';
import type { Official, OfficialDataset } from '../official';
import { COMPARISONS_CSV_COLUMNS, comparisonsCsv } from './comparisons-csv';
import { DATA_PACKAGE, dataPackageFile, type Sha256 } from './datapackage';
import { figuresExcelCsv } from './excel-csv';
import { CSV, JSON_TYPE, TEXT, packageSource, type ExportedFile } from './exported-file';
import { exactQuote, figuresCsv } from './figures-csv';
import { figuresJsonText } from './figures-json';
import { figuresHxlCsv } from './hxl';
import { OFFICIAL_CSV_COLUMNS, officialCsv } from './official-csv';
import { articleLicense, DATA_LICENSE, type License } from './rights';
import { sourcesCsv } from './sources-csv';
import { columnsTableSchema, figuresTableSchema, sourcesTableSchema } from './table-schema';

/** Where each article's own files are served, under /data/: its verbatim text and its figures. */
const ARTICLE_FILES = 'articles/';
const articleFiguresPath = (sourceId: string) => `${ARTICLE_FILES}${sourceId}.figures.csv`;

function articleFile({ source, text }: Article): ExportedFile {
	return {
		path: articleTextFile(source.id),
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

/** Where the figures CSVs' Table Schema is served once, for the files that refer to it by path. */
const FIGURES_SCHEMA = 'figures.schema.json';

/**
 * The article's rows of figures.csv, for a reader of its page who wants that article alone. Its
 * schema is referred to, not repeated: inline it would add 9 KB to the data package per article.
 */
function articleFiguresFile(dataset: Dataset, { source }: Article): ExportedFile {
	return {
		path: articleFiguresPath(source.id),
		title: `Figures of this article (CSV): ${source.publisher}, ${longDate(source.published)}`,
		description: `The rows of figures.csv from “${source.title}”, with the same columns.`,
		mediaType: CSV,
		body: figuresCsv(articleDataset(dataset, source.id)),
		resource: { name: `figures-${source.id}`, type: 'table', format: 'csv', encoding: 'utf-8', schema: FIGURES_SCHEMA }
	};
}

/**
 * What the files are made from: the articles' dataset and, when data/ has an official/ folder,
 * the official datasets and their series (src/lib/server/read-data.ts).
 */
export type SiteData = Dataset & { official?: Official };

/** Where the official datasets are served as they are, under /data/. */
const OFFICIAL = 'official/';

/** The licence a dataset's row of datasets.csv states, with the attribution it asks for. */
function officialLicense(dataset: OfficialDataset): License {
	// datasets.csv writes the licence as people do ("CC BY 4.0"); the package wants its id.
	const cc = dataset.licence.replace(/\s+/gu, '-') === DATA_LICENSE.name ? DATA_LICENSE : { name: dataset.licence, title: dataset.licence };
	return { ...cc, title: `${cc.title}; attribute “${dataset.attribution}”` };
}

function officialSources(official: Official) {
	return official.datasets.map((d) => ({ title: `${d.attribution}, release ${d.release}`, path: d.url }));
}

function officialLicenses(official: Official): License[] {
	return official.datasets.map(officialLicense).filter((l, i, all) => all.findIndex((o) => o.title === l.title) === i);
}

/** The official files: the series and the comparisons, then each dataset as it is. None without official data. */
function officialFiles({ official, figures }: SiteData): ExportedFile[] {
	if (!official || official.datasets.length === 0 || !official.catalogue) return [];
	const credits = official.datasets.map((d) => `${d.attribution} (release ${d.release}, ${d.licence})`).join('; ');
	const raw = official.datasets.map(
		(dataset): ExportedFile => ({
			path: `${OFFICIAL}${dataset.id}.csv`,
			title: `Official data: ${dataset.title}`,
			description: `${dataset.publisher}’s rows for Syria, as exported by the publisher, unchanged. ${dataset.attribution}, release ${dataset.release}, ${dataset.licence}.`,
			mediaType: CSV,
			body: dataset.text,
			resource: {
				name: `official-${dataset.id}`,
				type: 'table',
				format: 'csv',
				encoding: 'utf-8',
				licenses: [officialLicense(dataset)],
				sources: [{ title: `${dataset.attribution}, release ${dataset.release}`, path: dataset.url }]
			}
		})
	);
	return [
		{
			path: 'official.csv',
			title: 'Official series (CSV)',
			description: `Each official series, year by year: its value and the rows it adds up. From ${credits}.`,
			mediaType: CSV,
			body: officialCsv({ official }),
			resource: {
				name: 'official',
				type: 'table',
				format: 'csv',
				encoding: 'utf-8',
				schema: columnsTableSchema(OFFICIAL_CSV_COLUMNS, ['series', 'year']),
				licenses: officialLicenses(official),
				sources: officialSources(official)
			}
		},
		{
			path: 'comparisons.csv',
			title: 'Figures beside official counts (CSV)',
			description:
				'One row per displacement figure counted in people: the official count it is set beside, how its words were read and ' +
				'whether the count is one they allow; or why it is not compared (a flow).',
			mediaType: CSV,
			// The article's own words, as every download quotes them (figures-csv.ts exactQuote).
			body: comparisonsCsv({ figures: figures.map((f) => ({ ...f, quote: exactQuote(f) })), official }),
			resource: {
				name: 'comparisons',
				type: 'table',
				format: 'csv',
				encoding: 'utf-8',
				schema: columnsTableSchema(COMPARISONS_CSV_COLUMNS, ['figure_id']),
				licenses: officialLicenses(official),
				sources: officialSources(official)
			}
		},
		...raw,
		{
			path: `${OFFICIAL}datasets.csv`,
			title: 'Official datasets (CSV)',
			description: 'One row per official dataset: title, publisher, release, licence, address and the attribution its licence asks for.',
			mediaType: CSV,
			body: official.catalogue.text,
			resource: { name: 'official-datasets', type: 'table', format: 'csv', encoding: 'utf-8' }
		}
	];
}

/** Each entry makes the files of one format: one file, or one per article. */
const FILES: readonly ((dataset: SiteData) => ExportedFile | ExportedFile[])[] = [
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
			// Row 2 holds the hashtags: not data, and not part of the column names either. v2
			// readers skip it by number; v1 readers, which know no commentRows, by its first
			// character: it starts with "#meta+id", and no data row starts with "#" (ids are slugs).
			dialect: { commentRows: [2], commentChar: '#' },
			schema: figuresTableSchema({ hxlTags: true })
		}
	}),
	(dataset) => ({
		path: 'figures.excel.csv',
		title: 'Figures (CSV for Excel)',
		description: 'The figures CSV starting with a UTF-8 byte-order mark, so that spreadsheets read its characters correctly.',
		mediaType: CSV,
		body: figuresExcelCsv(dataset),
		// UTF-8, as IANA names it: a byte-order mark is UTF-8 too (RFC 3629), and readers that honour
		// it drop it. Python's csv module keeps it in the first name unless told "utf-8-sig" (README).
		resource: { name: 'figures-excel', type: 'table', format: 'csv', encoding: 'utf-8', schema: figuresTableSchema() }
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
	() => ({
		path: FIGURES_SCHEMA,
		title: 'Figures columns (Table Schema)',
		description: 'The columns of the figures CSV: types, vocabularies and the key, as a Frictionless Table Schema that each article’s figures file refers to.',
		mediaType: JSON_TYPE,
		body: `${JSON.stringify(figuresTableSchema(), null, 2)}\n`,
		resource: { name: 'figures-schema', format: 'json', encoding: 'utf-8' },
		listed: false
	}),
	(dataset) => dataset.articles.flatMap((article) => [articleFile(article), articleFiguresFile(dataset, article)]),
	officialFiles
];

/** Every data file the data package describes: all of /data/ but datapackage.json itself. */
export function exportedFiles(dataset: SiteData): ExportedFile[] {
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
	/** Whether the pages offer it (see ExportedFile.listed). */
	listed: boolean;
}

export interface ServedFile extends Omit<Download, 'bytes'> {
	body: string;
}

const encoder = new TextEncoder();

function served({ path, title, description, mediaType, body, listed = true }: Omit<ExportedFile, 'resource'>): ServedFile {
	return { href: `/data/${path}`, name: path.split('/').at(-1)!, title, description, mediaType, body, listed };
}

/** Every file under /data/, datapackage.json last; `sha256` adds hashes to the data package. */
export function servedFiles(dataset: SiteData, sha256?: Sha256): ServedFile[] {
	const files = exportedFiles(dataset);
	return [...files, dataPackageFile(dataset, files, sha256)].map(served);
}

/** The catalogue the page lists: each file with the exact byte length of its text. */
export function catalogue(files: readonly ServedFile[]): Download[] {
	return files.map(({ body, ...file }) => ({ ...file, bytes: encoder.encode(body).length }));
}

const isArticleFile = (d: { href: string }) => d.href.startsWith(`/data/${ARTICLE_FILES}`);

/** True when `href` is one of the article `sourceId`'s own files: its text or its figures. */
export const isOwnArticleFile = (href: string, sourceId: string) => href === articleTextHref(sourceId) || href === articleFiguresHref(sourceId);

/** The downloads an article's page offers: the collection's files and its own, no other article's. */
export function articleDownloads<T extends { href: string; listed: boolean }>(downloads: readonly T[], sourceId: string): T[] {
	return downloads.filter((d) => d.listed && (!isArticleFile(d) || isOwnArticleFile(d.href, sourceId)));
}

/**
 * The files of the article's own dataset, as its page's JSON-LD distributes it: its figures and
 * its text, and the data package that describes them. The collection's files are the front
 * page's dataset, not this one.
 */
export function articleDistribution<T extends { href: string; listed: boolean }>(downloads: readonly T[], sourceId: string): T[] {
	return downloads.filter((d) => isOwnArticleFile(d.href, sourceId) || d.href === `/data/${DATA_PACKAGE}`);
}

/** The downloads the front page offers: the collection's files; each article's own are on its page. */
export function collectionDownloads<T extends { href: string; listed: boolean }>(downloads: readonly T[]): T[] {
	return downloads.filter((d) => d.listed && !isArticleFile(d));
}

/** Where the verbatim text of the article `sourceId` is served. */
export const articleTextHref = (sourceId: string) => `/data/${articleTextFile(sourceId)}`;

/** Where the figures of the article `sourceId` alone are served. */
export const articleFiguresHref = (sourceId: string) => `/data/${articleFiguresPath(sourceId)}`;
