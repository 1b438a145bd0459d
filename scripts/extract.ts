/**
 * npm run extract -- <article.txt> [--source <id>] [--out <file> [--force]]
 * npm run extract -- <article.txt> --check [--figures <figures.csv>]
 *
 * Prints a draft figures CSV of every quantity the article states (see src/lib/extract). With
 * --check, lists the quantities no row of the figures CSV beside the article covers.
 * Exit status: 0 done; 1 --check found quantities not covered or rows not in the article;
 * 2 bad arguments or input (nothing is written).
 */
import { existsSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/figures/problems';
import {
	checkCoverage,
	decodeArticle,
	draftCsv,
	extractFigures,
	InputError,
	readFigureQuotes
} from '../src/lib/extract';

const USAGE = `usage: npm run extract -- <article.txt> [--source <id>] [--out <file> [--force]]
       npm run extract -- <article.txt> --check [--figures <figures.csv>] [--source <id>]`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
	throw new InputError(message);
}

function readBytes(file: string): Uint8Array {
	try {
		return readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') fail(`${file}: no such file`);
		if (code === 'EISDIR') fail(`${file}: is a directory, not a file`);
		if (code === 'EACCES') fail(`${file}: permission denied`);
		throw error;
	}
}

/** Write all or nothing: a temporary file beside the target, renamed over it at the end. */
function writeWhole(file: string, text: string): void {
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		fail(`${file}: cannot write: ${(error as Error).message}`);
	}
}

/** Refuse, before any work, an --out that cannot or must not be written. */
function checkOut(out: string, article: string, force: boolean): void {
	if (existsSync(article) && existsSync(out) && realpathSync(out) === realpathSync(article)) {
		fail(`--out ${out} is the article itself; write the draft elsewhere`);
	}
	if (!existsSync(dirname(out))) fail(`${out}: the folder ${dirname(out)} does not exist`);
	if (existsSync(out) && !force) fail(`${out} exists; add --force to replace it`);
}

/** data/articles/x.txt -> data/articles/figures.csv, else data/figures.csv. */
function figuresBeside(article: string): string {
	const candidates = [join(dirname(article), 'figures.csv'), join(dirname(article), '..', 'figures.csv')];
	const found = candidates.find((file) => existsSync(file));
	return found ?? fail(`no figures.csv beside ${article} (looked for ${candidates.join(' and ')}); name one with --figures`);
}

function main(argv: readonly string[]): number {
	const { values, positionals } = parseArgs({
		args: [...argv],
		allowPositionals: true,
		options: {
			source: { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean', default: false },
			check: { type: 'boolean', default: false },
			figures: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (positionals.length !== 1) fail(`expected one article file, got ${positionals.length}\n${USAGE}`);
	const article = positionals[0]!;
	if (values.source !== undefined && !SLUG.test(values.source)) {
		fail(`--source ${JSON.stringify(values.source)} must be lower-case letters, digits and hyphens`);
	}
	if (values.figures !== undefined && !values.check) fail('--figures only goes with --check');
	if (values.out !== undefined) checkOut(values.out, article, values.force);

	const text = decodeArticle(readBytes(article), article);
	const stem = basename(article).replace(/\.[^.]*$/, '');
	const source = values.source ?? (SLUG.test(stem) ? stem : '');
	const { figures, sentences } = extractFigures(text, { source });
	const found = `${figures.length} ${figures.length === 1 ? 'quantity' : 'quantities'} in ${sentences} ${sentences === 1 ? 'sentence' : 'sentences'}`;

	let rows = figures;
	let status = 0;
	let summary = `extract: ${found} of ${article}`;
	if (values.check) {
		const figuresFile = values.figures ?? figuresBeside(article);
		const table = readFigureQuotes(new TextDecoder().decode(readBytes(figuresFile)), figuresFile);
		if (table.problems.length > 0) fail(table.problems.map(formatProblem).join('\n'));
		const own = table.rows.filter((row) => row.source === source);
		const coverage = checkCoverage(text, figures, own, figuresFile);
		for (const problem of coverage.stale) console.error(formatProblem(problem));
		rows = coverage.missing;
		status = rows.length > 0 || coverage.stale.length > 0 ? 1 : 0;
		summary += `; ${rows.length} not covered by the ${own.length} rows of ${figuresFile} with source ${JSON.stringify(source)}`;
		if (own.length === 0) summary += ` (no row has that source; use --source)`;
	}

	// With --check, standard output stays empty when nothing is missing; an --out file is still
	// written (header only), so that it says so rather than keeping what it held before.
	if (!values.check || rows.length > 0 || values.out !== undefined) {
		const csv = draftCsv(rows);
		if (values.out === undefined) process.stdout.write(csv);
		else writeWhole(values.out, csv);
	}
	console.error(values.out === undefined ? summary : `${summary}; written to ${values.out}`);
	return status;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	if (!(error instanceof InputError) && !(error instanceof TypeError && 'code' in error)) throw error;
	console.error(`extract: ${error.message}`);
	process.exitCode = 2;
}
