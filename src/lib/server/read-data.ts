/**
 * The only module that reads data/ from disk (DATA_DIR points it at another folder). Every file
 * is checked before it is read (a folder, a device or a file over its size limit is refused),
 * decoded as UTF-8 (UTF-16, binary or Latin-1 files are refused with their line), and the
 * dataset is built from the text; every problem comes back in one DataError, with its file and
 * line. No SvelteKit module is imported, so the build's data check (vite.config.ts) can run it
 * before anything is built.
 *
 * official/, optional: the UNHCR and IDMC datasets (datasets.csv and one CSV for each), read
 * with the same limits and checked as strictly; without the folder there is no official series.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildDataset, type DataFile, type Dataset } from '../figures/dataset';
import { decodeText } from '../figures/decode';
import { DataError, type DataProblem } from '../figures/problems';
import { articleTextFile } from '../figures/schema';
import { NO_OFFICIAL_DATA, readOfficial, unavailableSeries, type Official } from '../official';
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

/** The dataset and, beside it, the official data (none when the folder has no official/). */
export interface LoadedDataset extends Dataset {
	official: Official;
}

/** The official data in `<root>/official/`, and its problems; none and none without the folder. */
function readOfficialData(root: string): { official: Official; problems: DataProblem[]; folder: string } {
	const dir = join(root, 'official');
	const folder = displayPath(dir);
	const none = { official: NO_OFFICIAL_DATA, folder };
	const stats = statSync(dir, { throwIfNoEntry: false });
	if (!stats) return { ...none, problems: [] };
	if (!stats.isDirectory()) {
		return { ...none, problems: [{ file: folder, line: 1, message: 'is not a folder: official/ holds the official datasets, datasets.csv and a CSV for each' }] };
	}
	const datasets = required(readDataFile(join(dir, 'datasets.csv'), SIZE_LIMITS.csv));
	if (isProblem(datasets)) return { ...none, problems: [datasets] };
	const table = (id: string) => {
		const read = readDataFile(join(dir, `${id}.csv`), SIZE_LIMITS.csv);
		if ('text' in read) return read;
		return { file: read.file, text: null, ...('problem' in read && { problem: read.problem }) };
	};
	let csvNames: string[];
	try {
		csvNames = readdirSync(dir)
			.filter((name) => name.toLowerCase().endsWith('.csv'))
			.sort();
	} catch (error) {
		const { code } = error as NodeJS.ErrnoException;
		return { ...none, problems: [{ file: folder, line: 1, message: `cannot be listed (${code ?? 'error'}): check its permissions` }] };
	}
	return { ...readOfficial({ folder, datasets, table, csvNames }), folder };
}

/** Reads and validates the data in `dir`; throws a DataError naming every problem. */
export function loadDataset(dir: string = process.env.DATA_DIR ?? 'data'): LoadedDataset {
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
	const official = readOfficialData(root);
	if (isProblem(sources) || isProblem(figures) || (pages !== undefined && isProblem(pages))) {
		const unreadable = [sources, figures, pages].filter((read) => read !== undefined && isProblem(read)) as DataProblem[];
		throw new DataError([...unreadable, ...official.problems]);
	}
	const article = (id: string) => {
		const read = readDataFile(join(root, articleTextFile(id)), SIZE_LIMITS.article);
		if ('text' in read) return read;
		return { file: read.file, text: null, ...('problem' in read && { problem: read.problem }) };
	};
	// A figure may name only a series whose data is here; a broken official/ is reported for itself.
	const unavailable = official.problems.length === 0 ? unavailableSeries(official.official, official.folder) : undefined;
	let dataset: Dataset;
	try {
		dataset = buildDataset({ sources, figures, article, ...(pages && { pages }), ...(unavailable && { unavailableSeries: unavailable }) });
	} catch (error) {
		if (error instanceof DataError && official.problems.length > 0) throw new DataError([...error.problems, ...official.problems]);
		throw error;
	}
	if (official.problems.length > 0) throw new DataError(official.problems);
	return { ...dataset, official: official.official };
}
