/**
 * /data/datapackage.json: a Frictionless Data Package v2 (https://datapackage.org/standard/)
 * describing every other data file, with a Table Schema for each CSV, so that frictionless,
 * R's frictionless or any validator can check the downloads and load them typed.
 */
import type { Dataset } from '../figures/dataset';
import {
	JSON_TYPE,
	packageSource,
	type ExportedFile,
	type PackageSource,
	type ResourceProperties
} from './exported-file';
import { datasetDescription, datasetTitle } from './dataset-info';
import { DATA_LICENSE, type License } from './rights';

/**
 * Hex SHA-256 of some bytes. The caller brings it (the build uses node:crypto), so this module
 * stays free of platform APIs and a browser can reuse it.
 */
export type Sha256 = (bytes: Uint8Array) => string;

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export type DataResource = Omit<ResourceProperties, 'name'> & {
	name: string;
	/** Relative to datapackage.json, as the standard requires (no leading slash). */
	path: string;
	title: string;
	description: string;
	/** Without parameters: the charset is `encoding`. */
	mediatype: string;
	bytes: number;
	/** `sha256:<hex>` of the bytes served, when a hash function was given. */
	hash?: string;
};

export interface DataPackage {
	$schema: string;
	name: string;
	title: string;
	description: string;
	licenses: License[];
	sources: PackageSource[];
	resources: DataResource[];
}

function resource(file: ExportedFile, sha256?: Sha256): DataResource {
	const bytes = new TextEncoder().encode(file.body);
	const { name, type, format, encoding, ...described } = file.resource;
	// Identity and location first, then format, then the table's shape: the order people read in.
	return {
		name,
		...(type && { type }),
		path: file.path,
		title: file.title,
		description: file.description,
		format,
		mediatype: file.mediaType.split(';')[0]!.trim(),
		encoding,
		bytes: bytes.length,
		...(sha256 && { hash: `sha256:${sha256(bytes)}` }),
		...described
	};
}

export function dataPackage(dataset: Dataset, files: readonly ExportedFile[], sha256?: Sha256): DataPackage {
	return {
		$schema: DATA_PACKAGE_PROFILE,
		name: 'displacement-figures',
		title: datasetTitle(dataset),
		description: datasetDescription(dataset),
		licenses: [DATA_LICENSE],
		sources: dataset.sources.map(packageSource),
		resources: files.map((file) => resource(file, sha256))
	};
}

export function dataPackageJson(dataset: Dataset, files: readonly ExportedFile[], sha256?: Sha256): string {
	return `${JSON.stringify(dataPackage(dataset, files, sha256), null, 2)}\n`;
}

/** Where the data package is, under /data/. */
export const DATA_PACKAGE = 'datapackage.json';

/** datapackage.json as the catalogue serves it, describing `files`; it is no resource of its own. */
export function dataPackageFile(dataset: Dataset, files: readonly ExportedFile[], sha256?: Sha256): Omit<ExportedFile, 'resource'> {
	return {
		path: DATA_PACKAGE,
		title: 'Data package (Frictionless)',
		description: 'Describes every data file of the site, every article’s included: columns, types, vocabularies, sizes and hashes (Frictionless Data Package v2).',
		mediaType: JSON_TYPE,
		body: dataPackageJson(dataset, files, sha256)
	};
}
