/**
 * The cells a problem of the build is about, read from its words, so that the workbench can mark
 * those fields invalid and lead from the problem to them. The build names a column in quotes
 * (`"upper" is empty`), before its quoted value (`unit "share" does not fit measure "flow"`), or
 * first (`qualifier is range …`). Text from the data inside a message is JSON-quoted, so its own
 * quotes are escaped and words in it are never taken for a column. Advice after "; " may name
 * other cells ("…; correct it, or say why in "note""): those are not what is wrong.
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

export function cellsNamed(problem: string, columns: readonly string[]): string[] {
	const message = withoutAdvice(problem.replace(LOCATION, ''));
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

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
