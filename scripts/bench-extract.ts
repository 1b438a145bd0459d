/**
 * npm run bench:extract: the extractor's speed and peak memory on two kinds of generated article:
 * - varied: displacement reporting, one sentence in three with numbers (1 and 5 MB);
 * - repetitive: one paragraph written over and over, so every quote repeats (1, 5 and 20 MB).
 * Fails when, in either kind, the largest article is read at less than MIN_SPEED megabytes a
 * second, or takes more than MAX_SLOWDOWN times as long per megabyte as the 1 MB one: extraction
 * must be fast, and stay linear in the length of the text. Time is CPU time (user + system), so
 * that other work on a shared machine does not decide the verdict; wall time is shown beside it.
 *
 * How it is measured, and why. On a shared virtual machine the same extraction varies by a third
 * from one minute to the next, so one run of each size, each in its own process a few seconds
 * apart, let the machine's mood decide a verdict near its line. Instead the sizes of a kind are
 * timed by turns in one process, ROUNDS rounds, each in another order (1, 5, 20; 20, 1, 5; 5, 20,
 * 1), so that no size always comes first, or always after the largest and its garbage. Each size
 * shows its median run, and the slowdown is the median of the rounds' own: a slow minute slows
 * the sizes of its round alike. (A full garbage collection forced before each run made the next
 * three times as slow, its heap shrunk and grown again; without one, a run may collect some of the
 * garbage of the run before, as in any program that extracts more than once.) Peak memory is read
 * apart, from one extraction in a fresh process per size, so that it is that article's own.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../src/lib/extract';
import { isFast, shown, verdictOn } from './lib/bench-verdict';
import { generateArticle, repetitiveArticle } from './lib/generate-article';

const KINDS = {
	varied: { sizes: [1, 5], generate: generateArticle },
	repetitive: { sizes: [1, 5, 20], generate: repetitiveArticle }
} as const;
type Kind = keyof typeof KINDS;
/** Timed runs of each size; the median is reported. */
const ROUNDS = 3;
const MB = 1024 * 1024;

/**
 * Small articles a child extracts before it times anything, so that what is timed is the
 * extractor, not V8 compiling it: one 256 KB article left most of the extractor to be compiled
 * during the timed run (over half a second of CPU time at 5 MB, on a second thread), since V8
 * optimizes a function once it has run enough code, and the extractor now runs less per figure.
 */
const WARM_UP = { articles: 4, bytes: MB / 4 };

interface Timing {
	megabytes: number;
	seconds: number;
	cpuSeconds: number;
	quantities: number;
	sentences: number;
}

interface Memory {
	rssBeforeMB: number;
	peakRssMB: number;
}

type Run = Timing & Memory;

function warmUp(): void {
	for (let seed = 2; seed < 2 + WARM_UP.articles; seed++) extractFigures(generateArticle(WARM_UP.bytes, seed));
}

/** One extraction of `text`, timed. */
function timed(text: string, megabytes: number): Timing {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const { figures, sentences } = extractFigures(text);
	const seconds = (performance.now() - started) / 1000;
	const { user, system } = process.cpuUsage(cpu);
	return { megabytes, seconds, cpuSeconds: (user + system) / 1e6, quantities: figures.length, sentences };
}

/** What a child reports of a kind: the median run of each size, and each round's slowdown. */
interface KindTiming {
	sizes: Timing[];
	slowdowns: number[];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cpuPerMB = (t: Timing) => t.cpuSeconds / t.megabytes;

/** In a child: every size of `kind`, timed by turns ROUNDS times, the order turned each round. */
function timeKind(kind: Kind): KindTiming {
	const { sizes, generate } = KINDS[kind];
	const texts = sizes.map((megabytes) => generate(megabytes * MB));
	warmUp();
	const runs: Timing[][] = sizes.map(() => []);
	const slowdowns: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		const thisRound: Timing[] = [];
		for (let k = 0; k < sizes.length; k++) {
			const i = (k + sizes.length - (round % sizes.length)) % sizes.length;
			runs[i]!.push((thisRound[i] = timed(texts[i]!, sizes[i]!)));
		}
		slowdowns.push(cpuPerMB(thisRound.at(-1)!) / cpuPerMB(thisRound[0]!));
	}
	const medianRun = (timings: Timing[]) => timings.find((t) => t.cpuSeconds === median(timings.map((u) => u.cpuSeconds)))!;
	return { sizes: runs.map(medianRun), slowdowns };
}

/** In a fresh child: the memory one extraction of `kind` at `megabytes` takes, at its peak. */
function memoryOf(kind: Kind, megabytes: number): Memory {
	const text = KINDS[kind].generate(megabytes * MB);
	warmUp();
	const rssBeforeMB = process.memoryUsage().rss / MB;
	extractFigures(text);
	return { rssBeforeMB, peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB };
}

function inChild<T>(...args: string[]): T {
	const script = fileURLToPath(import.meta.url);
	const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--child', ...args], { encoding: 'utf8' });
	return JSON.parse(out) as T;
}

/** Megabytes of text read per second of CPU time. */
const speedOf = (r: Timing) => r.megabytes / r.cpuSeconds;

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
	const [kind, megabytes] = [process.argv[childAt + 1] as Kind, process.argv[childAt + 2]];
	process.stdout.write(JSON.stringify(megabytes === undefined ? timeKind(kind) : memoryOf(kind, Number(megabytes))));
} else {
	console.log(`Time: the median of ${ROUNDS} runs of each size, taken by turns in one process. Memory: one run in a fresh process.\n`);
	console.log('article     size   wall       CPU        CPU per MB  MB/s (CPU)  quantities  sentences  RSS before  peak RSS');
	for (const kind of Object.keys(KINDS) as Kind[]) {
		const timing = inChild<KindTiming>(kind);
		const runs: Run[] = timing.sizes.map((t) => ({ ...t, ...inChild<Memory>(kind, String(t.megabytes)) }));
		for (const r of runs) {
			console.log(
				`${kind.padEnd(12)}${`${r.megabytes} MB`.padEnd(7)}${`${r.seconds.toFixed(2)} s`.padEnd(11)}${`${r.cpuSeconds.toFixed(2)} s`.padEnd(11)}` +
					`${`${(r.cpuSeconds / r.megabytes).toFixed(2)} s`.padEnd(12)}${shown(speedOf(r), 1, isFast).padEnd(12)}${String(r.quantities).padEnd(12)}` +
					`${String(r.sentences).padEnd(11)}${`${r.rssBeforeMB.toFixed(0)} MB`.padEnd(12)}${r.peakRssMB.toFixed(0)} MB`
			);
		}
		const [first, last] = [runs[0]!, runs.at(-1)!];
		const { fast, linear, line } = verdictOn(kind, speedOf(last), last.megabytes, first.megabytes, timing.slowdowns);
		console.log(`${line}\n`);
		if (!linear || !fast) process.exitCode = 1;
	}
}
