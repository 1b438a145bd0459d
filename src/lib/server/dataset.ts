/**
 * The only module that reads data/ from disk. It runs at build time (every route is
 * prerendered), so a data problem fails the build with the file, the line and what is wrong.
 * DATA_DIR points it at another folder (the tests build deliberately broken copies).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { dev } from '$app/environment';
import { buildDataset, type DataFile, type Dataset } from '../figures/dataset';
import { DataError } from '../figures/problems';

/** Paths in messages are relative to the project where that is shorter, absolute elsewhere. */
function displayPath(path: string): string {
	const inProject = relative(process.cwd(), path);
	return inProject.startsWith('..') || isAbsolute(inProject) ? path : inProject;
}

function readDataFile(path: string): DataFile {
	const file = displayPath(path);
	if (!existsSync(path)) throw new DataError([{ file, line: 1, message: 'is missing' }]);
	return { file, text: readFileSync(path, 'utf8') };
}

/** Reads and validates the data in `dir`; throws a DataError naming every problem. */
export function loadDataset(dir: string = process.env.DATA_DIR ?? 'data'): Dataset {
	const root = resolve(dir);
	const sources = readDataFile(join(root, 'sources.csv'));
	const figures = readDataFile(join(root, 'figures.csv'));
	const article = (id: string) => {
		const path = join(root, 'articles', `${id}.txt`);
		return existsSync(path) ? readDataFile(path) : { file: displayPath(path), text: null };
	};
	// Optional: without it every page uses its plainer words.
	const pagesPath = join(root, 'pages.csv');
	const pages = existsSync(pagesPath) ? readDataFile(pagesPath) : undefined;
	return buildDataset({ sources, figures, article, ...(pages && { pages }) });
}

let cached: Dataset | undefined;

/**
 * The dataset for this build, read once and shared by the page and every endpoint. In
 * `npm run dev` it is read on every request, so edits to data/ show on reload.
 */
export function dataset(): Dataset {
	if (dev) return loadDataset();
	cached ??= loadDataset();
	return cached;
}
