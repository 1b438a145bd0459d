/**
 * Every file under /data/, with its text, as the endpoints serve it; and the catalogue of
 * downloads the page lists, whose sizes are the byte lengths of that same text, so they are exact.
 */
import type { Dataset } from '$lib/figures/dataset';
import { dataFiles, JSON_TYPE } from './data-files';
import { dataPackageJson, type Sha256 } from './datapackage';

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

/** Every file under /data/, datapackage.json last; `sha256` adds hashes to the data package. */
export function servedFiles(dataset: Dataset, sha256?: Sha256): ServedFile[] {
	const data = dataFiles(dataset);
	return [
		...data.map(({ path, title, description, mediaType, body }) => ({
			href: `/data/${path}`,
			name: path.split('/').at(-1)!,
			title,
			description,
			mediaType,
			body
		})),
		{
			href: '/data/datapackage.json',
			name: 'datapackage.json',
			title: 'Data package (Frictionless)',
			description: 'Describes every file above: columns, types, vocabularies, sizes and hashes (Frictionless Data Package v2).',
			mediaType: JSON_TYPE,
			body: dataPackageJson(dataset, data, sha256)
		}
	];
}

/** The catalogue the page lists: each file with the exact byte length of its text. */
export function catalogue(files: readonly ServedFile[]): Download[] {
	return files.map(({ body, ...file }) => ({ ...file, bytes: encoder.encode(body).length }));
}
