/**
 * Shared set-up of the property tests (tests/unit/properties-*.test.ts).
 *
 * - How many cases: FUZZ_RUNS (default DEFAULT_RUNS, small, so that `npm test` stays quick);
 *   `npm run fuzz` (scripts/fuzz.ts) raises it and draws a random seed.
 * - Which cases: FUZZ_SEED, fixed by default so that `npm test` is reproducible and a failure in
 *   CI is the same failure on a laptop. A failure prints the seed, the path of the shrunk
 *   counterexample and the command that replays it.
 * - How many were tried: every run is counted; with FUZZ_REPORT set to a file, one JSON line per
 *   property is appended to it, which is how the fuzz script totals cases across vitest's workers.
 *
 * - Termination: `callWithin` interrupts a call that loops for ever, so that the property fails
 *   with a shrunk input instead of hanging (or filling the heap).
 * - Linear time: `timeGrowth` measures, so it runs a fixed few times whatever FUZZ_RUNS.
 */
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { expect } from 'vitest';

export { fc };

const DEFAULT_RUNS = 60;
const DEFAULT_SEED = 20_100; // issue 10; any fixed number would do

function integerFromEnv(name: string, fallback: number, minimum: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw.trim() === '') return fallback;
	const value = Number(raw);
	if (!Number.isSafeInteger(value) || value < minimum) {
		throw new Error(`${name} must be an integer of at least ${minimum}, not ${JSON.stringify(raw)}`);
	}
	return value;
}

export const FUZZ_RUNS = integerFromEnv('FUZZ_RUNS', DEFAULT_RUNS, 1);
export const FUZZ_SEED = integerFromEnv('FUZZ_SEED', DEFAULT_SEED, -(2 ** 31));
/** Replays one shrunk counterexample; only meaningful with `-t` naming its property. */
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;
const FUZZ_REPORT = process.env.FUZZ_REPORT || undefined;

/**
 * A vitest timeout for a property test that grows with FUZZ_RUNS: vitest's 5 s would cut the
 * fuzz script's thousands of runs short, and leaves little room for shrinking on a busy machine.
 */
export const PROPERTY_TIMEOUT = Math.max(10_000, FUZZ_RUNS * 50);

let tried = 0;

/** Cases generated so far in this test file's worker (all properties). */
export function casesTried(): number {
	return tried;
}

function currentTest(): { file: string; name: string } {
	const state = expect.getState();
	return {
		file: state.testPath ? relative(process.cwd(), state.testPath) : '(unknown file)',
		name: state.currentTestName ?? '(unknown test)'
	};
}

function record(cases: number): void {
	tried += cases;
	if (!FUZZ_REPORT) return;
	const { file, name } = currentTest();
	// One short line per property: appends of this size are atomic, so workers do not interleave.
	appendFileSync(FUZZ_REPORT, `${JSON.stringify({ file, name, cases })}\n`);
}

export interface CheckOptions {
	/**
	 * Share of FUZZ_RUNS this property gets: above 1 for cheap properties with much to explore,
	 * below 1 for costly ones. At least one run is made.
	 */
	weight?: number;
}

/** The number of runs a property of this weight gets. */
function runsFor(weight = 1): number {
	return Math.max(1, Math.round(FUZZ_RUNS * weight));
}

function shellQuote(text: string): string {
	return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs a property with the shared seed and number of runs, counts its cases, and on failure
 * throws fast-check's report (the shrunk counterexample, the seed and the path) followed by the
 * command that replays it.
 */
export function checkProperty<Ts>(property: fc.IProperty<Ts>, { weight = 1 }: CheckOptions = {}): void {
	const numRuns = runsFor(weight);
	const details = fc.check(property, { seed: FUZZ_SEED, numRuns, path: FUZZ_PATH });
	// numRuns counts the cases generated before the failure; the shrinking tries come on top.
	record(details.numRuns + details.numShrinks);
	if (!details.failed) return;
	const { file, name } = currentTest();
	// vitest's -t takes a regular expression, matched against the test's names joined by spaces.
	const title = name.split(' > ').join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const replay =
		`Replay: FUZZ_SEED=${details.seed} FUZZ_RUNS=${FUZZ_RUNS} npx vitest run --project unit ${file} -t ${shellQuote(title)}` +
		(details.counterexamplePath ? `\n  (add FUZZ_PATH=${details.counterexamplePath} to go straight to the shrunk case)` : '');
	// fast-check keeps the predicate's own error apart (as `cause`); say it here, where vitest prints.
	const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
	throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\nGot: ${error}\n${replay}`);
}

/** Counts cases run outside fast-check (the linear-time measurements). */
export function countCases(cases: number): void {
	record(cases);
}

const callScript = new vm.Script('result = fn(...args)');
/** One context, made once and reused: making one per call would add to the watchdog's cost below. */
const callContext = vm.createContext({ fn: undefined as unknown, args: [] as unknown[], result: undefined as unknown });

/**
 * Calls `fn` and interrupts it after `milliseconds`, even in an endless synchronous loop: V8
 * terminates whatever runs under a vm script's timeout, host functions included. A property
 * that must terminate then fails with a shrinkable counterexample instead of hanging the run.
 * Costs about 0.3 ms a call (V8 starts a watchdog thread for each), so it is kept to the calls
 * that could hang.
 */
export function callWithin<A extends unknown[], R>(milliseconds: number, fn: (...args: A) => R, ...args: A): R {
	callContext.fn = fn;
	callContext.args = args;
	callContext.result = undefined;
	try {
		callScript.runInContext(callContext, { timeout: milliseconds });
	} catch (error) {
		if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
			throw new Error(`did not return within ${milliseconds} ms`);
		}
		throw error;
	} finally {
		callContext.fn = undefined;
		callContext.args = [];
	}
	const result = callContext.result as R;
	callContext.result = undefined;
	return result;
}

export interface LinearTimeOptions<T> {
	/** Inputs of size n and of size 4n (the same generator, so the same mix of content). */
	input: (size: number) => T;
	run: (input: T) => unknown;
	/** The smaller size; large enough that one run takes a millisecond or so. */
	size: number;
	/** How many timings of each input; the fastest counts. */
	repeats?: number;
	/** The ratio above which a measurement is taken again (up to three times in all): 5. */
	bound?: number;
}

export interface LinearTimeResult {
	/** Milliseconds a run of the small input takes (the fastest timing). */
	small: number;
	large: number;
	ratio: number;
}

/** Milliseconds of CPU time this process has used: unlike the clock, it stands still while other processes run. */
function cpuMilliseconds(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * Milliseconds per run of `run(input)`, over as many runs as fill `least` milliseconds. Each
 * clock overstates the time of the code under test in its own way: the wall clock counts the
 * time other processes took the core, and the process's CPU time counts V8's own background
 * threads (concurrent garbage collection, the optimising compiler), which run hardest after a
 * test that allocated much. Neither is ever below the code's own time, so the smaller is the
 * better measure.
 */
function timePerRun<T>(run: (input: T) => unknown, input: T, least: number): number {
	const startedCpu = cpuMilliseconds();
	const startedWall = performance.now();
	let runs = 0;
	let spent = 0;
	do {
		run(input);
		runs += 1;
		spent = Math.min(cpuMilliseconds() - startedCpu, performance.now() - startedWall);
	} while (spent < least);
	return spent / runs;
}

/** The fastest time per run of each input over `repeats` alternating batches. */
function timePair<T>(run: (input: T) => unknown, smallInput: T, largeInput: T, repeats: number): LinearTimeResult {
	let small = Infinity;
	let large = Infinity;
	let pairs = 0;
	// A quadratic case makes each run long; after 3 s of it the answer is plain already.
	const started = cpuMilliseconds();
	while (pairs < repeats && (pairs === 0 || cpuMilliseconds() - started < 3_000)) {
		small = Math.min(small, timePerRun(run, smallInput, 20));
		large = Math.min(large, timePerRun(run, largeInput, 20));
		pairs += 1;
	}
	return { small, large, ratio: large / small };
}

/**
 * Times `run` on an input of `size` and one of 4 × `size`, alternately, and returns the fastest
 * time per run of each and their ratio. A linear algorithm gives about 4, a quadratic one about
 * 16; callers expect at most `bound` (5). This machine's 2 cores are shared with other test files
 * (and people), so each batch of runs is timed by the clock or by CPU time, whichever says less
 * (see timePerRun), batches are long enough for the clocks' granularity, and the fastest batch
 * is the one least disturbed. Even so a burst of load can spoil one measurement, so it is made up
 * to three times and the best kept: noise rarely strikes three times, a quadratic algorithm always
 * does.
 */
export function timeGrowth<T>({ input, run, size, repeats = 5, bound = 5 }: LinearTimeOptions<T>): LinearTimeResult {
	const smallInput = input(size);
	const largeInput = input(size * 4);
	// Warm the JIT up, so that no timing is of the interpreter.
	timePerRun(run, smallInput, 20);
	timePerRun(run, largeInput, 20);
	let best = timePair(run, smallInput, largeInput, repeats);
	for (let attempt = 2; attempt <= 3 && best.ratio > bound; attempt++) {
		const next = timePair(run, smallInput, largeInput, repeats);
		if (next.ratio < best.ratio) best = next;
	}
	countCases(2); // two generated inputs, however often each was timed
	return best;
}

/**
 * One value of `arbitrary`, drawn from the shared seed (offset by `salt`, so that two inputs of a
 * test differ): the linear-time tests generate their inputs but are not shrunk.
 */
export function sampleOne<T>(arbitrary: fc.Arbitrary<T>, salt = 0): T {
	return fc.sample(arbitrary, { seed: FUZZ_SEED + salt, numRuns: 1 })[0]!;
}

/** Line breaks as a spreadsheet or an editor writes them: CRLF, LF, or CR alone. */
const LINE_BREAK = /\r\n|\r|\n/g;

/** The number of lines of a text, counting CRLF, LF and a lone CR as one break each. */
export function lineCount(text: string): number {
	return (text.match(LINE_BREAK)?.length ?? 0) + 1;
}

/** The 1-based line that offset `offset` of `text` lies on. */
export function lineAt(text: string, offset: number): number {
	// A CR right before `offset` whose LF comes at `offset` is half a CRLF: not yet a new line.
	const before = text.slice(0, offset);
	const halfCrlf = before.endsWith('\r') && text[offset] === '\n' ? 1 : 0;
	return lineCount(before) - halfCrlf;
}

/** Every character JavaScript's \s matches (and so String.prototype.trim removes). */
export const WHITE_SPACE = [
	' ', '\t', '\n', '\v', '\f', '\r', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
	'\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'
] as const;

/** Letters outside the Basic Multilingual Plane: two UTF-16 code units each. */
export const ASTRAL_LETTERS = ['𝐀', '𝒳', '𠀀', '𝔞', '𐐷'] as const;
export const EMOJI = ['😀', '🇸🇾', '👩🏽‍⚕️', '❤️', '🏳️‍🌈'] as const;

/** Any printable grapheme or any code point, plus the characters these parsers care about, often. */
export function textUnit(extra: readonly string[] = []): fc.Arbitrary<string> {
	return fc.oneof(
		{ arbitrary: fc.constantFrom(...WHITE_SPACE, '\r\n'), weight: 3 },
		{ arbitrary: fc.constantFrom(...ASTRAL_LETTERS, ...EMOJI, 'é', 'e\u0301', 'ß', 'Ж', 'ع', '中'), weight: 2 },
		{ arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 6 },
		{ arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 2 },
		{ arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
		...(extra.length > 0 ? [{ arbitrary: fc.constantFrom(...extra), weight: 4 }] : [])
	);
}

/**
 * A string of `textUnit`s, of up to `maxLength` units. fast-check keeps lengths near its "small"
 * size (about 10) unless told otherwise; "medium" reaches into the hundreds.
 */
export function anyText(maxLength = 80, extra: readonly string[] = []): fc.Arbitrary<string> {
	return fc.string({ unit: textUnit(extra), maxLength, size: 'medium' });
}
