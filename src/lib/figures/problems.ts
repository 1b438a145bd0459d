/**
 * A problem found in the data files, located precisely enough for an editor to fix it:
 * `data/figures.csv:4: quote "around 70,000 Syrians" is not in data/articles/….txt`.
 */
export interface DataProblem {
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** 1-based column, where pointing inside the line helps. */
	column?: number;
	message: string;
}

/** Longest text a message quotes: a 2 MB cell must not make a 2 MB message. */
const SHOWN_LENGTH = 200;

/**
 * Text from the data as a message quotes it: in JSON quotes, so that control characters and line
 * ends show as escapes instead of acting on the terminal, and cut with "…" past SHOWN_LENGTH.
 */
export function shown(text: string): string {
	const characters = [...text];
	return characters.length <= SHOWN_LENGTH ? JSON.stringify(text) : `${JSON.stringify(characters.slice(0, SHOWN_LENGTH).join(''))}…`;
}

export function formatProblem({ file, line, column, message }: DataProblem): string {
	return `${file}:${line}${column === undefined ? '' : `:${column}`}: ${message}`;
}

/** Thrown when the data do not validate; the message lists every problem, one per line. */
export class DataError extends Error {
	readonly problems: readonly DataProblem[];

	constructor(problems: readonly DataProblem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`The data do not validate (${count}):\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'DataError';
		this.problems = problems;
	}
}

/** Any line break a spreadsheet may write: CRLF (Windows), LF, or CR alone (old Mac). */
const LINE_BREAK = /\r\n?|\n/g;

/**
 * Line numbers of offsets met in order, from the start of `text`: each call counts only the
 * line breaks since the last, so numbering every row of a file costs one pass over it.
 */
export function lineCounter(text: string): (offset: number) => number {
	let at = 0;
	let line = 1;
	return (offset) => {
		if (offset < at) throw new Error(`lineCounter: offset ${offset} comes before ${at}; offsets must not go back`);
		for (; at < offset; at++) {
			const ch = text.charCodeAt(at);
			// LF, or a CR not followed by LF (CRLF counts once, at its LF).
			if (ch === 10 || (ch === 13 && text.charCodeAt(at + 1) !== 10)) line++;
		}
		return line;
	};
}

/** 1-based line and column of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (const match of text.slice(0, offset).matchAll(LINE_BREAK)) {
		line += 1;
		lineStart = match.index + match[0].length;
	}
	return { line, column: offset - lineStart + 1 };
}
