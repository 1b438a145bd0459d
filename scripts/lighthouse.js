// Runs Lighthouse 12 (mobile preset: a mid-range phone on slow 4G, simulated) three times on the
// front page and on an article page of the built dashboard, with Debian's Chromium, and prints
// the median of each score and metric. Fails unless every page meets the budgets below. It also
// measures a control, a page of one sentence, the same way: what it scores is the floor of the
// machine that runs it (a busy or slow machine adds blocking time to any page). Not part of CI
// (it takes minutes); run after `npm run build:local`:
//   node scripts/lighthouse.js        (fetches lighthouse@12 through npx on first use)
// Each run's trace gives the tasks that decide its blocking time (scripts/lib/load-tasks.js): a run
// blocks when the navigation commit measures over about 12.5 ms and the first frame over about 25,
// or when a later task that lays the page out measures over about 25.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.js';
import { loadTasks } from './lib/load-tasks.js';
import { serve } from './serve.js';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Median score of every category, and the three metrics that make a page feel instant and still. */
const BUDGET = { score: 100, lcpSeconds: 1.0, tbtMs: 0, cls: 0 };
const [article] = readdirSync('build/articles');
const PAGES = ['/', ...(article ? [`/articles/${article}/`] : [])];

const run = promisify(execFile);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lighthouse(url, output) {
	await run(
		'npx',
		[
			'--yes',
			'lighthouse@12',
			url,
			'--output=json',
			`--output-path=${output}`,
			'--save-assets',
			'--quiet',
			`--only-categories=${CATEGORIES.join(',')}`,
			`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`
		],
		{ env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 }
	);
	const report = JSON.parse(readFileSync(output, 'utf8'));
	const trace = JSON.parse(readFileSync(output.replace(/\.json$/u, '-0.trace.json'), 'utf8'));
	return { ...report, tasks: loadTasks(trace, report.finalDisplayedUrl) };
}

const CONTROL_PAGE =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
	'<meta name="description" content="A control page."><title>Control</title></head><body><p>One sentence.</p></body></html>';

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const controlDir = mkdtempSync(join(tmpdir(), 'lighthouse-control-'));
writeFileSync(join(controlDir, 'index.html'), CONTROL_PAGE);
const server = await serve(0);
const control = await serve(0, '127.0.0.1', controlDir);
const failures = [];
try {
	const targets = [...PAGES.map((path) => ({ path, url: new URL(path, server.url).href })), { path: 'control', url: control.url }];
	for (const { path, url } of targets) {
		const reports = [];
		for (let i = 0; i < RUNS; i++) reports.push(await lighthouse(url, join(dir, `${path.replace(/\W+/gu, '-')}-${i}.json`)));
		const [first] = reports;
		const name = path === 'control' ? 'control (one sentence, no CSS: the floor of this machine; no budget)' : path;
		console.log(`\n${name}: Lighthouse ${first.lighthouseVersion}, ${first.configSettings.formFactor}, median of ${RUNS} runs`);
		for (const category of CATEGORIES) {
			const scores = reports.map((r) => Math.round(r.categories[category].score * 100));
			console.log(`  ${first.categories[category].title}: ${median(scores)}  (runs: ${scores.join(', ')})`);
			if (path !== 'control' && median(scores) < BUDGET.score) failures.push(`${path}: ${first.categories[category].title} ${median(scores)} < ${BUDGET.score}`);
		}
		const metric = (id) => reports.map((r) => r.audits[id].numericValue);
		const lcp = metric('largest-contentful-paint').map((ms) => ms / 1000);
		const tbt = metric('total-blocking-time');
		const cls = metric('cumulative-layout-shift');
		console.log(`  LCP: ${median(lcp).toFixed(2)} s  (runs: ${lcp.map((s) => s.toFixed(2)).join(', ')} s)`);
		console.log(`  TBT: ${median(tbt).toFixed(0)} ms  (runs: ${tbt.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
		console.log(`  CLS: ${median(cls).toFixed(3)}  (runs: ${cls.map((v) => v.toFixed(3)).join(', ')})`);
		const tasks = (key) => reports.map((r) => r.tasks[key].toFixed(1)).join(', ');
		console.log(`  first frame: ${tasks('firstFrameMs')} ms; longest task laying the page out: ${tasks('longestLayoutMs')} ms; navigation commit: ${tasks('commitMs')} ms`);
		console.log('  (a run blocks when the first frame passes about 25 ms with a commit over about 12.5, or a later task laying the page out passes about 25)');
		if (path === 'control') continue;
		if (median(lcp) > BUDGET.lcpSeconds) failures.push(`${path}: LCP ${median(lcp).toFixed(2)} s > ${BUDGET.lcpSeconds} s`);
		if (median(tbt) > BUDGET.tbtMs) failures.push(`${path}: TBT ${median(tbt).toFixed(0)} ms > ${BUDGET.tbtMs} ms`);
		if (median(cls) > BUDGET.cls) failures.push(`${path}: CLS ${median(cls).toFixed(3)} > ${BUDGET.cls}`);
	}
} finally {
	await server.close();
	await control.close();
}
console.log(failures.length === 0 ? '\nEvery page meets the budgets.' : `\nOver budget:\n  ${failures.join('\n  ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
