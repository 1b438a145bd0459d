/**
 * A draft as the data folder the build reads (figures.csv, sources.csv, articles/<id>.txt), and
 * the build's own validation of that folder, run on every edit: each problem goes back to the
 * row, the source form or the text it is about, in the build's own words.
 */
import { toCsv } from '../export/csv';
import { buildDataset, type DataFiles, type Dataset } from '../figures/dataset';
import { DataError, formatProblem, type DataProblem } from '../figures/problems';
import { articleTextFile, FIGURE_COLUMNS, SOURCE_COLUMNS } from '../figures/schema';
import type { Draft, DraftRow } from './draft';

/** The files of the data folder, by path inside it, exactly as the build wants them. */
export interface DataFolder {
	'figures.csv': string;
	'sources.csv': string;
	/** articles/<id>.txt: the text the offsets refer to, unchanged. */
	[article: `articles/${string}.txt`]: string;
}

const FIGURE_NAMES = FIGURE_COLUMNS.map((c) => c.name);
const SOURCE_NAMES = SOURCE_COLUMNS.map((c) => c.name);


function figureRecord(draft: Draft, row: DraftRow): Record<string, string> {
	return { ...row.cells, source: draft.source.id };
}

function sourceRecord(draft: Draft): Record<string, string> {
	return { ...draft.source };
}

/** A line break as the build counts them (src/lib/figures/problems.ts): CRLF, LF or CR alone. */
const LINE_BREAK = /\r\n?|\n/gu;
const HEADER = toCsv(FIGURE_NAMES, []);

/** The kept rows, in order, each with the line of figures.csv it starts on. */
function keptRows(draft: Draft): { row: DraftRow; line: number }[] {
	let line = 2;
	return draft.rows
		.filter((row) => row.kept)
		.map((row) => {
			const at = line;
			// A note may span lines: the next row starts as many lines further on as this one takes.
			const written = toCsv(FIGURE_NAMES, [figureRecord(draft, row)]).slice(HEADER.length);
			line += written.match(LINE_BREAK)?.length ?? 0;
			return { row, line: at };
		});
}

export function dataFolder(draft: Draft): DataFolder {
	return {
		'figures.csv': toCsv(
			FIGURE_NAMES,
			draft.rows.filter((row) => row.kept).map((row) => figureRecord(draft, row))
		),
		'sources.csv': toCsv(SOURCE_NAMES, [sourceRecord(draft)]),
		[articleTextFile(draft.source.id)]: draft.text
	};
}

/** What the build says of the draft, sorted by what each problem is about. */
export interface DraftCheck {
	/** The dataset the site would be built from; null while the build would refuse the folder. */
	dataset: Dataset | null;
	/** Problems of each kept row, by row key, each as the build prints it. */
	rows: Map<string, string[]>;
	/** Problems of the source details (sources.csv). */
	source: string[];
	/** Problems of the text itself, or none the rows or the form can show. */
	other: string[];
}

/** The data folder's paths as the build names them, under data/. */
const FILE = { figures: 'data/figures.csv', sources: 'data/sources.csv' };

/** Runs the build's validation (src/lib/figures) on the draft's data folder. */
export function checkDraft(draft: Draft): DraftCheck {
	const folder = dataFolder(draft);
	const articleFile = `data/${articleTextFile(draft.source.id)}`;
	const files: DataFiles = {
		figures: { file: FILE.figures, text: folder['figures.csv'] },
		sources: { file: FILE.sources, text: folder['sources.csv'] },
		article: (id) => (id === draft.source.id ? { file: articleFile, text: draft.text } : { file: `data/${articleTextFile(id)}`, text: null })
	};
	const check: DraftCheck = { dataset: null, rows: new Map(), source: [], other: [] };
	let problems: readonly DataProblem[];
	try {
		check.dataset = buildDataset(files);
		return check;
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		problems = error.problems;
	}
	const rowAt = new Map(keptRows(draft).map(({ row, line }) => [line, row.key]));
	for (const problem of problems) {
		const text = formatProblem(problem);
		const key = problem.file === FILE.figures ? rowAt.get(problem.line) : undefined;
		if (key !== undefined) check.rows.set(key, [...(check.rows.get(key) ?? []), text]);
		else if (problem.file === FILE.sources) check.source.push(text);
		else check.other.push(text);
	}
	return check;
}
