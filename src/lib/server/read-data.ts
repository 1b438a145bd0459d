/**
 * The only module that reads data/ from disk (DATA_DIR points it at another folder). Every file
 * is checked before it is read (a folder, a device or a file over its size limit is refused),
 * decoded as UTF-8 (UTF-16, binary or Latin-1 files are refused with their line), and the
 * dataset is built from the text; every problem comes back in one DataError, with its file and
 * line. No SvelteKit module is imported, so the build's data check (vite.config.ts) can run it
 * before anything is built.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildDataset, type DataFile, type Dataset } from '../figures/dataset';
import { decodeText } from '../figures/decode';
import { DataError, type DataProblem } from '../figures/problems';
import { readRegularFile } from './regular-file';

const MB = 1024 * 1024;
/**
 * The largest files read. A CSV of 10 MB holds some 4,000 figures with every cell at its
 * longest, far more than a page can show; an article of 5 MB is a book, not a news story.
 */
export const SIZE_LIMITS = { csv: 10 * MB, article: 5 * MB } as const;

/** Paths in messages are relative to the project where that is shorter, absolute elsewhere. */
function displayPath(path: string): string {
	const inProject = relative(process.cwd(), path);
	return inProject.startsWith('..') || isAbsolute(inProject) ? path : inProject;
}

type Read = { file: string; text: string } | { file: string; missing: true } | { file: string; problem: DataProblem };

function readDataFile(path: string, limit: number): Read {
	const file = displayPath(path);
	const read = readRegularFile(path, limit);
	if ('missing' in read) return { file, missing: true };
	if ('problem' in read) return { file, problem: { file, line: 1, message: read.problem } };
	const decoded = decodeText(read.bytes);
	if ('problem' in decoded) return { file, problem: { file, line: decoded.problem.line, message: decoded.problem.message } };
	return { file, text: decoded.text };
}

/** A file the dataset cannot do without: its text, or the problem that it is missing or unreadable. */
function required(read: Read): DataFile | DataProblem {
	if ('text' in read) return read;
	if ('missing' in read) return { file: read.file, line: 1, message: 'is missing' };
	return read.problem;
}

const isProblem = (value: DataFile | DataProblem): value is DataProblem => 'message' in value;

/** Reads and validates the data in `dir`; throws a DataError naming every problem. */
export function loadDataset(dir: string = process.env.DATA_DIR ?? 'data'): Dataset {
	const root = resolve(dir);
	const folder = statSync(root, { throwIfNoEntry: false });
	if (!folder?.isDirectory()) {
		const what = folder ? 'is not a folder' : 'does not exist';
		throw new DataError([{ file: displayPath(root), line: 1, message: `${what}: the data folder (DATA_DIR) must be a folder holding sources.csv, figures.csv and articles/` }]);
	}
	const sources = required(readDataFile(join(root, 'sources.csv'), SIZE_LIMITS.csv));
	const figures = required(readDataFile(join(root, 'figures.csv'), SIZE_LIMITS.csv));
	// Optional: without it every page uses its plainer words.
	const pagesRead = readDataFile(join(root, 'pages.csv'), SIZE_LIMITS.csv);
	const pages = 'missing' in pagesRead ? undefined : required(pagesRead);
	if (isProblem(sources) || isProblem(figures) || (pages !== undefined && isProblem(pages))) {
		throw new DataError([sources, figures, pages].filter((read) => read !== undefined && isProblem(read)) as DataProblem[]);
	}
	const article = (id: string) => {
		const read = readDataFile(join(root, 'articles', `${id}.txt`), SIZE_LIMITS.article);
		if ('text' in read) return read;
		return { file: read.file, text: null, ...('problem' in read && { problem: read.problem }) };
	};
	return buildDataset({ sources, figures, article, ...(pages && { pages }) });
}
