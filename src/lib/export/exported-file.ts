/**
 * What the catalogue knows of each file it serves under /data/: where it is, what it holds, its
 * exact text, and what its Frictionless resource says of it beyond what every file has.
 */
import { longDate } from '../display/format';
import type { Source } from '../figures/schema';
import type { License } from './rights';
import type { TableSchema } from './table-schema';

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
	/** Rows starting with this character are not data (also in v1's CSV Dialect, where commentRows is not). */
	commentChar?: string;
}

/** Properties of the file's Frictionless resource beyond those every file has. */
export interface ResourceProperties {
	/** Unique in the package: lower case, digits, `-`, `_`, `.`. */
	name: string;
	type?: 'table';
	format: string;
	/** Every file here is UTF-8; declared for each, as readers of Data Package v1 do not assume it. */
	encoding: 'utf-8';
	dialect?: TableDialect;
	/** The schema itself, or the path (under /data/) of a JSON file holding it, as several files share one. */
	schema?: TableSchema | string;
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
	/** False for a file only tools need, which find it through the data package: the pages do not list it. */
	listed?: boolean;
}

export function packageSource(source: Source): PackageSource {
	return { title: `${source.title} (${source.publisher}, ${longDate(source.published)})`, path: source.url };
}
