/**
 * npm run extract -- <article.txt> [--source <id>] [--out <file> [--force]]
 * npm run extract -- <article.txt> --check [--figures <figures.csv>]
 *
 * Prints a draft figures CSV of every quantity the article states (see src/lib/extract). With
 * --check, lists the quantities no row of the figures CSV beside the article covers.
 * Exit status: 0 done; 1 --check found quantities not covered or rows not in the article;
 * 2 bad arguments or input (nothing is written).
 *
 * Relative paths are read from the folder the command was run in: npm runs scripts in the
 * project's root, and says where it was called from in INIT_CWD.
 */
import { existsSync, lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../src/lib/figures/decode';
import { formatProblem, lineAndColumn } from '../src/lib/figures/problems';
import { kindOf, readRegularFile } from '../src/lib/server/regular-file';
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
/** Skipped numbers named one by one on standard error; past this, only how many more. */
const MAX_SKIPPED_SHOWN = 10;

function fail(message: string): never {
	throw new InputError(message);
}

/** Where a path given on the command line is: relative to the folder `npm run` was typed in. */
function at(file: string): string {
	return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** The bytes of a regular file (src/lib/server/regular-file.ts: a FIFO or a device never hangs the command). */
function readBytes(file: string): Uint8Array {
	const read = readRegularFile(at(file));
	if ('missing' in read) fail(`${file}: no such file`);
	if ('problem' in read) fail(`${file}: ${read.problem}`);
	return read.bytes;
}

/** The text of a file, decoded as the build decodes its data (figures/decode.ts). */
function readText(file: string): string {
	const decoded = decodeText(readBytes(file));
	if ('problem' in decoded) fail(`${file}: line ${decoded.problem.line}: ${decoded.problem.message}`);
	return decoded.text;
}

/** Write all or nothing: a temporary file beside the target, renamed over it at the end. */
function writeWhole(file: string, text: string): void {
	// Through a symbolic link to a file: the file is replaced, not the link.
	const target = existsSync(at(file)) ? realpathSync(at(file)) : at(file);
	const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text);
		renameSync(temporary, target);
	} catch (error) {
		try {
			rmSync(temporary, { force: true });
		} catch {
			// Nothing was written there either: the folder cannot hold a file.
		}
		fail(`${file}: cannot write: ${(error as Error).message}`);
	}
}

/**
 * Refuse an --out that cannot or must not be written, whatever --force says: the draft replaces a
 * regular file only. Renaming over a device, a FIFO or a directory would destroy it.
 */
/** What is at a path, or undefined when nothing can be (no entry, a loop, a file where a folder should be). */
function statOf(read: () => Stats): Stats | undefined {
	try {
		return read();
	} catch (error) {
		if (['ENOENT', 'ENOTDIR', 'ELOOP'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
		throw error;
	}
}

function checkOut(out: string, article: string, force: boolean): void {
	const link = statOf(() => lstatSync(at(out)));
	const stats = link && statOf(() => statSync(at(out)));
	// A symbolic link that leads nowhere (or round in a loop) would be replaced by the draft.
	if (link && !stats) fail(`${out}: is a symbolic link to nothing; --out writes a regular file`);
	if (stats && !stats.isFile()) fail(`${out}: is ${kindOf(stats)}, not a file; --out writes a regular file`);
	if (stats && existsSync(at(article)) && realpathSync(at(out)) === realpathSync(at(article))) {
		fail(`--out ${out} is the article itself; write the draft elsewhere`);
	}
	if (!statOf(() => statSync(dirname(at(out))))?.isDirectory()) fail(`${out}: the folder ${dirname(out)} does not exist`);
	if (stats && !force) fail(`${out} exists; add --force to replace it`);
}

/** data/articles/x.txt -> data/articles/figures.csv, else data/figures.csv. */
function figuresBeside(article: string): string {
	const candidates = [join(dirname(article), 'figures.csv'), join(dirname(article), '..', 'figures.csv')];
	const found = candidates.find((file) => existsSync(at(file)));
	return found ?? fail(`no figures.csv beside ${article} (looked for ${candidates.join(' and ')}); name one with --figures`);
}

/** A number as a note shows it: whole when short, else its start and its length. */
function shown(number: string): string {
	if (number.length <= 40) return JSON.stringify(number);
	return `${JSON.stringify(`${number.slice(0, 20)}…`)} (${number.length.toLocaleString('en-US')} characters)`;
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
	const { figures, sentences, skipped } = extractFigures(text, { source });
	const found = `${figures.length} ${figures.length === 1 ? 'quantity' : 'quantities'} in ${sentences} ${sentences === 1 ? 'sentence' : 'sentences'}`;
	for (const number of skipped.slice(0, MAX_SKIPPED_SHOWN)) {
		const where = `${article}: line ${lineAndColumn(text, number.start).line}`;
		console.error(`extract: ${where}: number ${shown(text.slice(number.start, number.end))} skipped: ${number.reason}`);
	}

	let rows = figures;
	let status = 0;
	let summary = `extract: ${found} of ${article}`;
	if (skipped.length > 0) summary += `; ${skipped.length} ${skipped.length === 1 ? 'number' : 'numbers'} skipped`;
	if (skipped.length > MAX_SKIPPED_SHOWN) summary += ` (the first ${MAX_SKIPPED_SHOWN} named above)`;
	if (values.check) {
		const figuresFile = values.figures ?? figuresBeside(article);
		const table = readFigureQuotes(readText(figuresFile), figuresFile);
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
		else {
			// Again: extraction takes a while, and the path may have changed meanwhile.
			checkOut(values.out, article, values.force);
			writeWhole(values.out, csv);
		}
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
