/**
 * npm run bench:extract: the extractor's throughput and peak memory on generated articles of
 * 1 MB and 5 MB, each measured in a fresh process so that its peak memory is its own. Fails when
 * the 5 MB article takes more than 1.5 times as long per megabyte as the 1 MB one: extraction
 * must stay linear in the length of the text.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../src/lib/extract';
import { generateArticle } from './lib/generate-article';

const SIZES_MB = [1, 5];
const MAX_SLOWDOWN = 1.5;
const MB = 1024 * 1024;

interface Run {
	megabytes: number;
	seconds: number;
	quantities: number;
	sentences: number;
	rssBeforeMB: number;
	peakRssMB: number;
}

/** In the child: generate, warm up on a small article, then time one extraction. */
function measure(megabytes: number): Run {
	const text = generateArticle(megabytes * MB);
	extractFigures(generateArticle(MB / 4, 2));
	const rssBeforeMB = process.memoryUsage().rss / MB;
	const started = performance.now();
	const { figures, sentences } = extractFigures(text);
	const seconds = (performance.now() - started) / 1000;
	const peakRssMB = (process.resourceUsage().maxRSS * 1024) / MB;
	return { megabytes, seconds, quantities: figures.length, sentences, rssBeforeMB, peakRssMB };
}

function runInChild(megabytes: number): Run {
	const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(megabytes)], {
		encoding: 'utf8'
	});
	return JSON.parse(out) as Run;
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
	process.stdout.write(JSON.stringify(measure(Number(process.argv[childAt + 1]))));
} else {
	const runs = SIZES_MB.map(runInChild);
	console.log('size   time     throughput  quantities  sentences  RSS before  peak RSS');
	for (const r of runs) {
		console.log(
			`${`${r.megabytes} MB`.padEnd(7)}${`${r.seconds.toFixed(2)} s`.padEnd(9)}${`${(r.megabytes / r.seconds).toFixed(2)} MB/s`.padEnd(12)}` +
				`${String(r.quantities).padEnd(12)}${String(r.sentences).padEnd(11)}${`${r.rssBeforeMB.toFixed(0)} MB`.padEnd(12)}${r.peakRssMB.toFixed(0)} MB`
		);
	}
	const perMB = runs.map((r) => r.seconds / r.megabytes);
	const slowdown = perMB[perMB.length - 1]! / perMB[0]!;
	const linear = slowdown <= MAX_SLOWDOWN;
	console.log(
		`time per MB at ${SIZES_MB.at(-1)} MB / at ${SIZES_MB[0]} MB: ${slowdown.toFixed(2)} (${linear ? 'linear' : `not linear: above ${MAX_SLOWDOWN}`})`
	);
	if (!linear) process.exitCode = 1;
}
