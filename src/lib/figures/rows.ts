/**
 * Turns CSV records into typed rows by the column specs in schema.ts: required cells, plain
 * numbers, dates, URLs, vocabularies and patterns. A row with any bad cell is reported and left
 * out, so that later checks only see rows that are well formed.
 */
import { codePoint, forbiddenInCell, onlyInvisible } from './characters';
import { readCsvTable } from './csv-table';
import { placeProblems } from './places';
import { shown, type DataProblem } from './problems';
import {
	FIGURE_COLUMNS,
	PAGE_COLUMNS,
	SOURCE_COLUMNS,
	type ColumnSpec,
	type FigureRow,
	type PageWords,
	type Source
} from './schema';

export interface Located<T> {
	line: number;
	row: T;
}

export interface ReadRows<T> {
	rows: Located<T>[];
	problems: DataProblem[];
	/** Ids of the records left out for their problems, so others can tell "invalid" from "unknown". */
	rejectedIds: Set<string>;
}

/** A plain decimal: no thousands separators, exponents, signs other than '-', or spaces. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Dates a news figure can have: none before 1900 (a "0000-01-01" is a typo, and would show as
 * "1 January 1"), none after the day of the build.
 */
const EARLIEST_DATE = '1900-01-01';
/** Today where the build runs or in UTC, whichever is later: a date already begun somewhere is not in the future. */
export function today(): string {
	const now = new Date();
	const local = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
	const utc = now.toISOString().slice(0, 10);
	return local > utc ? local : utc;
}

type Cell = string | number | null;

/** What is wrong with the characters of a cell, whatever its type, or null. */
function characterProblem(spec: ColumnSpec, raw: string): string | null {
	const forbidden = forbiddenInCell(raw, spec.multiline ?? false);
	if (forbidden) {
		const at = [...raw.slice(0, forbidden.index)].length + 1;
		return `"${spec.name}" holds ${forbidden.kind} (${codePoint(forbidden.character)}, character ${at}); remove it`;
	}
	const invisible = onlyInvisible(raw);
	if (invisible) return `"${spec.name}" holds only invisible characters (${invisible.map(codePoint).join(', ')})`;
	const length = [...raw].length;
	if (spec.maxLength !== undefined && length > spec.maxLength) {
		return `"${spec.name}" is ${length} characters long; it may be ${spec.maxLength} at most`;
	}
	return null;
}

function convertCell(spec: ColumnSpec, raw: string): { value: Cell } | { problem: string } {
	const characters = characterProblem(spec, raw);
	if (characters) return { problem: characters };
	if (raw.trim() === '') {
		return spec.required ? { problem: `empty required cell "${spec.name}"` } : { value: null };
	}
	if (raw !== raw.trim()) {
		return { problem: `cell "${spec.name}" has white space around ${shown(raw)}` };
	}
	switch (spec.type) {
		case 'number':
		case 'integer': {
			if (!PLAIN_NUMBER.test(raw) || (spec.type === 'integer' && raw.includes('.'))) {
				return { problem: `"${spec.name}" is not a plain number: ${shown(raw)} (write 5500000, not 5.5 million or 5,500,000)` };
			}
			if (spec.minimum !== undefined && Number(raw) < spec.minimum) {
				return { problem: `"${spec.name}" ${raw} is below its minimum, ${spec.minimum}` };
			}
			if (spec.maximum !== undefined && Number(raw) > spec.maximum) {
				return { problem: `"${spec.name}" ${raw} is above its maximum, ${spec.maximum}` };
			}
			return { value: Number(raw) };
		}
		case 'date': {
			const match = ISO_DATE.exec(raw);
			const date = new Date(`${raw}T00:00:00Z`);
			if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
				return { problem: `"${spec.name}" is not a date in the form YYYY-MM-DD: ${shown(raw)}` };
			}
			if (raw < EARLIEST_DATE) return { problem: `"${spec.name}" ${raw} is before ${EARLIEST_DATE}; is the year right?` };
			if (raw > today()) return { problem: `"${spec.name}" ${raw} is after today, ${today()}; is the year right?` };
			return { value: raw };
		}
		case 'url': {
			if (!/^https?:\/\/[^\s]+$/.test(raw) || !URL.canParse(raw)) {
				return { problem: `"${spec.name}" is not an http(s) URL: ${shown(raw)}` };
			}
			return { value: raw };
		}
		case 'string':
			break;
	}
	if (spec.enum && !spec.enum.includes(raw)) {
		return { problem: `${spec.name} ${shown(raw)} is not one of: ${spec.enum.join(', ')}` };
	}
	if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(raw)) {
		return { problem: `${spec.name} ${shown(raw)} does not match the pattern ${spec.pattern}${spec.patternHint ? `: ${spec.patternHint}` : ''}` };
	}
	return { value: raw };
}

/**
 * The rows of a CSV file whose columns are `columns`; used for every data file, official ones
 * included. `check` holds rules between the cells of a row whose cells are each well formed: a
 * row it finds problems with is reported on its line and left out, like a row with a bad cell.
 */
export function readRows<T>(text: string, file: string, columns: readonly ColumnSpec[], check?: (row: T) => string[]): ReadRows<T> {
	const optionalColumns = columns.filter((c) => c.optionalInHeader).map((c) => c.name);
	const table = readCsvTable(text, file, columns.map((c) => c.name), { optionalColumns });
	const problems = [...table.problems];
	const rows: Located<T>[] = [];
	const rejectedIds = new Set<string>();
	// With a wrong header every row's cells are misread; report the header alone.
	if (!table.headerValid) return { rows, problems, rejectedIds };
	for (const { line, cells } of table.records) {
		const row: Record<string, Cell> = {};
		let ok = true;
		for (const spec of columns) {
			const result = convertCell(spec, cells[spec.name] ?? '');
			if ('problem' in result) {
				problems.push({ file, line, message: result.problem });
				ok = false;
			} else {
				row[spec.name] = result.value;
			}
		}
		if (ok && check) {
			for (const message of check(row as T)) {
				problems.push({ file, line, message });
				ok = false;
			}
		}
		if (ok) rows.push({ line, row: row as T });
		else rejectedIds.add(cells.id ?? '');
	}
	return { rows, problems, rejectedIds };
}

/** figures.csv's rows, each with its place checked: one country or one area, with real codes (places.ts). */
export function readFigureRows(text: string, file: string): ReadRows<FigureRow> {
	return readRows<FigureRow>(text, file, FIGURE_COLUMNS, placeProblems);
}

export function readSourceRows(text: string, file: string): ReadRows<Source> {
	return readRows<Source>(text, file, SOURCE_COLUMNS);
}

export function readPageRows(text: string, file: string): ReadRows<PageWords> {
	return readRows<PageWords>(text, file, PAGE_COLUMNS);
}
