/**
 * A Vite plugin that validates data/ before anything is built. Bad data then ends the build
 * with each problem once, as `file:line: message`, a one-line summary and exit status 1: no
 * stack trace (the problem is in the data, not the code; DEBUG=1 shows it anyway), and nothing
 * written, so the last good build stays as it was.
 */
import type { Plugin } from 'vite';
import { DataError, formatProblem, type DataProblem } from '../../src/lib/figures/problems';
import { loadDataset } from '../../src/lib/server/read-data';

/** Problems printed one by one; past these, a broken file would bury the summary in pages of them. */
const SHOWN_PROBLEMS = 200;

/** The problems, one per line (the first SHOWN_PROBLEMS), then what happened. */
export function dataReport(problems: readonly DataProblem[]): string {
	const files = [...new Set(problems.map((p) => p.file))];
	const count = problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en-US')} problems`;
	const shown = problems.slice(0, SHOWN_PROBLEMS).map(formatProblem);
	if (problems.length > SHOWN_PROBLEMS) shown.push(`… and ${(problems.length - SHOWN_PROBLEMS).toLocaleString('en-US')} more`);
	return `${shown.join('\n')}\n\nThe data do not validate: ${count} in ${files.join(', ')}. Nothing was built.\n`;
}

export function dataCheck(): Plugin {
	let checked = false;
	return {
		name: 'data-check',
		apply: 'build',
		buildStart() {
			// SvelteKit runs more than one build; the data is the same for all.
			if (checked) return;
			checked = true;
			try {
				loadDataset();
			} catch (error) {
				if (!(error instanceof DataError) || process.env.DEBUG) throw error;
				process.stderr.write(dataReport(error.problems));
				process.exit(1);
			}
		}
	};
}
