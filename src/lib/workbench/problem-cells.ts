/**
 * The cells a problem of the build is about, read from its words, so that the workbench can mark
 * those fields invalid and lead from the problem to them. The build names a column in quotes
 * (`"upper" is empty`), before its quoted value (`unit "share" does not fit measure "flow"`), or
 * first (`qualifier is range …`). Text from the data inside a message is quoted (JSON, its own
 * quotes escaped) and set aside first, so that words in it are never taken for a column. Advice
 * after "; " may name other cells ("…; correct it, or say why in "note""): those are not what
 * is wrong.
 */

/** A field of the workbench's forms, as a problem list leads to it. */
export interface ProblemField {
	/** The column of the data file the field fills in, as the build names it. */
	column: string;
	label: string;
	/** The id of the field's control, where the list takes the cursor. */
	id: string;
}

/** `data/figures.csv:3: ` or `data/articles/x.txt:3:5: `: where the build says a problem is. */
const LOCATION = /^[^\s:]+:\d+(?::\d+)?: /u;
/** A quoted text (skipped whole, so that a "; " inside it is data), or the "; " before advice. */
const QUOTED_OR_ADVICE = /"(?:[^"\\]|\\.)*"|; /gu;
const QUOTED = /"(?:[^"\\]|\\.)*"/gu;

export function cellsNamed(problem: string, columns: readonly string[]): string[] {
	const message = withoutData(withoutAdvice(problem.replace(LOCATION, '')), columns);
	return columns.filter((column) => {
		const name = escapeRegExp(column);
		return new RegExp(`(?<![\\\\\\w])"${name}"|(?<![\\\\"\\w])${name}(?= ")|^${name}(?= )`, 'u').test(message);
	});
}

function withoutAdvice(message: string): string {
	for (const match of message.matchAll(QUOTED_OR_ADVICE)) {
		if (match[0] === '; ') return message.slice(0, match.index);
	}
	return message;
}

/**
 * The message with every quoted text but a column's name put as "…": a label that ends in a
 * column's name and a space ("Refugees by country ") is data, not a column before its value.
 */
function withoutData(message: string, columns: readonly string[]): string {
	return message.replace(QUOTED, (quoted) => (columns.includes(quoted.slice(1, -1)) ? quoted : '"…"'));
}

/** The id of the problem `index` of the list `listId`, which a field it is about is described by. */
export function problemId(listId: string, index: number): string {
	return `${listId}-${index + 1}`;
}

/**
 * For each column, the ids of the problems of the list `listId` that are about it, as a field's
 * aria-describedby takes them ("" for none: the field is valid).
 */
export function problemsAbout(problems: readonly string[], columns: readonly string[], listId: string): (column: string) => string {
	const named = problems.map((problem) => cellsNamed(problem, columns));
	return (column) => named.flatMap((cells, i) => (cells.includes(column) ? [problemId(listId, i)] : [])).join(' ');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
