/**
 * npm run bench:extract: the extractor's speed and peak memory on two kinds of generated article,
 * each size measured in a fresh process so that its peak memory is its own:
 * - varied: displacement reporting, one sentence in three with numbers (1 and 5 MB);
 * - repetitive: one paragraph written over and over, so every quote repeats (1, 5 and 20 MB).
 * Fails when, in either kind, the largest article is read at less than MIN_SPEED megabytes a
 * second, or takes more than MAX_SLOWDOWN times as long per megabyte as the 1 MB one: extraction
 * must be fast, and stay linear in the length of the text. Time is CPU time (user + system), so
 * that other work on a shared machine does not decide the verdict; wall time is shown beside it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../src/lib/extract';
import { generateArticle, repetitiveArticle } from './lib/generate-article';

const KINDS = {
	varied: { sizes: [1, 5], generate: generateArticle },
	repetitive: { sizes: [1, 5, 20], generate: repetitiveArticle }
} as const;
type Kind = keyof typeof KINDS;
/** Megabytes a second of CPU time, at least, at a kind's largest size. */
const MIN_SPEED = 10;
/** Time per megabyte at the largest size over that at 1 MB, at most. */
const MAX_SLOWDOWN = 1.3;
const MB = 1024 * 1024;

interface Run {
	megabytes: number;
	seconds: number;
	cpuSeconds: number;
	quantities: number;
	sentences: number;
	rssBeforeMB: number;
	peakRssMB: number;
}

/**
 * Small articles the child extracts before the one it times, so that what is timed is the
 * extractor, not V8 compiling it: one 256 KB article left most of the extractor to be compiled
 * during the timed run (over half a second of CPU time at 5 MB, on a second thread), since V8
 * optimizes a function once it has run enough code, and the extractor now runs less per figure.
 */
const WARM_UP = { articles: 4, bytes: MB / 4 };

/** In the child: generate, warm up on small articles, then time one extraction. */
function measure(kind: Kind, megabytes: number): Run {
	const text = KINDS[kind].generate(megabytes * MB);
	for (let seed = 2; seed < 2 + WARM_UP.articles; seed++) extractFigures(generateArticle(WARM_UP.bytes, seed));
	const rssBeforeMB = process.memoryUsage().rss / MB;
	const cpu = process.cpuUsage();
	const started = performance.now();
	const { figures, sentences } = extractFigures(text);
	const seconds = (performance.now() - started) / 1000;
	const { user, system } = process.cpuUsage(cpu);
	const peakRssMB = (process.resourceUsage().maxRSS * 1024) / MB;
	return { megabytes, seconds, cpuSeconds: (user + system) / 1e6, quantities: figures.length, sentences, rssBeforeMB, peakRssMB };
}

function runInChild(kind: Kind, megabytes: number): Run {
	const script = fileURLToPath(import.meta.url);
	const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--child', kind, String(megabytes)], { encoding: 'utf8' });
	return JSON.parse(out) as Run;
}

/** Megabytes of text read per second of CPU time. */
const speedOf = (r: Run) => r.megabytes / r.cpuSeconds;

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
	process.stdout.write(JSON.stringify(measure(process.argv[childAt + 1] as Kind, Number(process.argv[childAt + 2]))));
} else {
	console.log('article     size   wall       CPU        CPU per MB  MB/s (CPU)  quantities  sentences  RSS before  peak RSS');
	for (const kind of Object.keys(KINDS) as Kind[]) {
		const runs = KINDS[kind].sizes.map((megabytes) => runInChild(kind, megabytes));
		for (const r of runs) {
			console.log(
				`${kind.padEnd(12)}${`${r.megabytes} MB`.padEnd(7)}${`${r.seconds.toFixed(2)} s`.padEnd(11)}${`${r.cpuSeconds.toFixed(2)} s`.padEnd(11)}` +
					`${`${(r.cpuSeconds / r.megabytes).toFixed(2)} s`.padEnd(12)}${speedOf(r).toFixed(1).padEnd(12)}${String(r.quantities).padEnd(12)}` +
					`${String(r.sentences).padEnd(11)}${`${r.rssBeforeMB.toFixed(0)} MB`.padEnd(12)}${r.peakRssMB.toFixed(0)} MB`
			);
		}
		const [first, last] = [runs[0]!, runs.at(-1)!];
		const slowdown = last.cpuSeconds / last.megabytes / (first.cpuSeconds / first.megabytes);
		const linear = slowdown <= MAX_SLOWDOWN;
		const fast = speedOf(last) >= MIN_SPEED;
		console.log(
			`${kind}: ${speedOf(last).toFixed(1)} MB/s at ${last.megabytes} MB (${fast ? 'fast' : `too slow: below ${MIN_SPEED}`}); ` +
				`CPU time per MB at ${last.megabytes} MB / at ${first.megabytes} MB: ${slowdown.toFixed(2)} (${linear ? 'linear' : `not linear: above ${MAX_SLOWDOWN}`})\n`
		);
		if (!linear || !fast) process.exitCode = 1;
	}
}
