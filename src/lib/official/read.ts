/**
 * Reads data/official/: datasets.csv, then each listed dataset's table, typed and checked with
 * the project's CSV reader and column specs (src/lib/figures/rows.ts), so every problem names
 * its file and line as figures.csv's do. Pure: the caller reads the files
 * (src/lib/server/read-data.ts) and passes their text.
 */
import type { DataFile } from '../figures/dataset';
import type { DataProblem } from '../figures/problems';
import { readRows, today } from '../figures/rows';
import { OFFICIAL_SERIES, type OfficialSeriesId } from '../figures/schema';
import { DATASET_COLUMNS, OFFICIAL_TABLES, type DatasetInfo, type OfficialDatasetId, type OfficialRow } from './schema';
import { computeSeries, SERIES, type Series } from './series';

export interface OfficialFiles {
	/** The folder, as messages name it (data/official). */
	folder: string;
	datasets: DataFile;
	/**
	 * The table of a listed dataset: where it is, and its text, or null when the file is missing
	 * or cannot be read (`problem` then says why). Asked once for each well-formed row of datasets.csv.
	 */
	table: (id: OfficialDatasetId) => { file: string; text: string | null; problem?: DataProblem };
	/** Names of the CSV files in the folder: each must be datasets.csv or a listed dataset's table. */
	csvNames?: readonly string[];
}

/** A dataset as read: its row of datasets.csv, its file and its rows, in file order. */
export interface OfficialDataset extends DatasetInfo {
	file: string;
	/** The file's text as read, served as it is. */
	text: string;
	rows: OfficialRow[];
}

export interface Official {
	/** The datasets read, in the order of datasets.csv. */
	datasets: OfficialDataset[];
	/** datasets.csv as read, served as it is; null without official data. */
	catalogue: DataFile | null;
	/** The series whose dataset was read, in the order of SERIES. */
	series: Series[];
}

/** What a data folder without data/official/ has: no dataset, so no series. */
export const NO_OFFICIAL_DATA: Official = { datasets: [], catalogue: null, series: [] };

/** The official data, and every problem found; with problems, the series may miss rows and must not be shown. */
export function readOfficial(files: OfficialFiles): { official: Official; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const listed = readRows<DatasetInfo>(files.datasets.text, files.datasets.file, DATASET_COLUMNS);
	for (const problem of listed.problems) problems.push(problem);
	const datasets: OfficialDataset[] = [];
	const firstLine = new Map<string, number>();
	for (const { line, row } of listed.rows) {
		const first = firstLine.get(row.id);
		if (first !== undefined) {
			problems.push({ file: files.datasets.file, line, message: `duplicate id "${row.id}" (first on line ${first})` });
			continue;
		}
		firstLine.set(row.id, line);
		const table = files.table(row.id);
		if (table.problem) {
			problems.push(table.problem);
			continue;
		}
		if (table.text === null) {
			problems.push({ file: files.datasets.file, line, message: `dataset "${row.id}" has no file ${table.file}` });
			continue;
		}
		datasets.push({ ...row, file: table.file, text: table.text, rows: readTable(row.id, table.file, table.text, problems) });
	}
	const known = new Set(['datasets.csv', ...listed.rows.map(({ row }) => `${row.id}.csv`)]);
	// A listed id whose row has problems is reported already; its file is not a stray.
	for (const id of listed.rejectedIds) known.add(`${id}.csv`);
	for (const name of files.csvNames ?? []) {
		if (!known.has(name)) {
			problems.push({ file: `${files.folder}/${name}`, line: 1, message: `is not a dataset listed in ${files.datasets.file}: list it there, or remove it` });
		}
	}
	const series = Object.values(SERIES).flatMap((spec) => {
		const dataset = datasets.find((d) => d.id === spec.dataset);
		return dataset ? [computeSeries(spec, dataset)] : [];
	});
	return { official: { datasets, catalogue: files.datasets, series }, problems };
}

/**
 * The series a figure cannot be compared with in this data, each with why: figures.csv naming
 * one is refused (src/lib/figures/dataset.ts), so a figure never names a series the page cannot show.
 */
export function unavailableSeries(official: Official, folder: string): Map<OfficialSeriesId, string> {
	const unavailable = new Map<OfficialSeriesId, string>();
	for (const id of Object.keys(OFFICIAL_SERIES) as OfficialSeriesId[]) {
		if (official.series.some((s) => s.spec.id === id)) continue;
		const dataset = SERIES[id].dataset;
		unavailable.set(id, `its dataset "${dataset}" is not in ${folder}/ (add ${folder}/${dataset}.csv and its row in ${folder}/datasets.csv)`);
	}
	return unavailable;
}

/** The typed rows of one dataset's table; problems of its rows go to `problems`. */
function readTable(id: OfficialDatasetId, file: string, text: string, problems: DataProblem[]): OfficialRow[] {
	const format = OFFICIAL_TABLES[id];
	const columns = format.emptyCountIsZero
		? format.columns.map((c) => (format.counts.includes(c.name) ? { ...c, required: false } : c))
		: format.columns;
	const read = readRows<Record<string, string | number | null>>(text, file, columns);
	for (const problem of read.problems) problems.push(problem);
	const thisYear = Number(today().slice(0, 4));
	const firstLine = new Map<string, number>();
	const rows: OfficialRow[] = [];
	for (const { line, row } of read.rows) {
		const year = row.year as number;
		// Counted at the end of the year: a year after this one is a typo.
		if (year > thisYear) {
			problems.push({ file, line, message: `"year" ${year} is after this year, ${thisYear}; is it right?` });
			continue;
		}
		const key = format.key.map((name) => row[name]);
		const keyText = JSON.stringify(key);
		const first = firstLine.get(keyText);
		if (first !== undefined) {
			const named = format.key.map((name, i) => `${name} ${JSON.stringify(key[i])}`).join(' and ');
			problems.push({ file, line, message: `duplicate row for ${named} (first on line ${first})` });
			continue;
		}
		firstLine.set(keyText, line);
		const placeName = format.place === 'coa_iso' ? row.coa_name : row.coo_name;
		rows.push({
			line,
			year,
			origin: row.coo_iso as string,
			place: row[format.place] as string,
			placeName: placeName as string,
			counts: Object.fromEntries(format.counts.map((name) => [name, (row[name] as number | null) ?? 0]))
		});
	}
	return rows;
}
