/**
 * npm run bench:build: how the site's build scales with the number of articles. Generates
 * collections of 1, 100 and 1,000 articles (scripts/lib/generate-collection.ts) in a temporary
 * DATA_DIR, builds each with `vite build` into a temporary folder (BUILD_DIR, KIT_OUT_DIR: the
 * real build/ and .svelte-kit/ are left alone, as tests/helpers/build.ts does), and reports for
 * each: the data checks alone (loadDataset, in a process of their own), the build's wall and CPU
 * time, its peak memory, and the gzip bytes of the front page and of one article's page.
 *
 * Fails (exit 1) when, between the two largest collections:
 * - the build takes more than MAX_SLOWDOWN times as much CPU time per article, or the data
 *   checks do: both must stay linear in the number of articles;
 * - the same article's page grows by more than PAGE_TOLERANCE: a page's bytes must not depend on
 *   how many other articles the site holds.
 * The 1-article build is the fixed cost of a build (compiling the site); the time per article
 * above it is shown beside, as the cost each article adds.
 *
 * Time is CPU time (user + system of the build and all its processes, from /usr/bin/time), so
 * that other work on a shared machine does not decide the verdict; wall time is shown beside it.
 * Without /usr/bin/time, wall time decides and peak memory is sampled from /proc only.
 *
 *   npm run bench:build [-- --sizes 1,100,1000] [--keep]
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generatedArticle, writeCollection } from './lib/generate-collection';

/** CPU time per article at the largest collection over that at the one before, at most. */
const MAX_SLOWDOWN = 1.5;
/** How much one article's page may grow (gzip bytes) from the smaller collection to the larger: a share of its size. */
const PAGE_TOLERANCE = 0.01;
/** The article whose page is compared: the second, since the first is also the front page. */
const COMPARED = generatedArticle(1).id;
const DEFAULT_SIZES = [1, 100, 1000];
const TIME = '/usr/bin/time';
const MB = 1024 * 1024;

interface Check {
	/** The first loadDataset of the process: V8 compiles the checks as they run. */
	coldSeconds: number;
	/** The least of three more runs, in wall and in CPU time. */
	seconds: number;
	cpuSeconds: number;
	peakRssMB: number;
	figures: number;
}

interface Build {
	seconds: number;
	/** User + system time of the build and every process it waited for; null without /usr/bin/time. */
	cpuSeconds: number | null;
	/** The largest resident set of any one process of the build (/usr/bin/time's %M). */
	peakRssMB: number | null;
	/** The most the build's processes held together, sampled every SAMPLE_MS from /proc. */
	peakTreeRssMB: number | null;
}

interface PageSize {
	path: string;
	bytes: number;
	gzipBytes: number;
	/** Other articles' pages it links to. */
	otherArticles: number;
}

interface Result {
	articles: number;
	figures: number;
	check: Check;
	build: Build;
	front: PageSize;
	article: PageSize | null;
}

/** In a child process: the data checks alone on `dir`, once cold and then the best of three. */
async function measureCheck(dir: string): Promise<Check> {
	const { loadDataset } = await import('../src/lib/server/read-data');
	const time = () => {
		const cpu = process.cpuUsage();
		const started = performance.now();
		const dataset = loadDataset(dir);
		const { user, system } = process.cpuUsage(cpu);
		return { seconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6, figures: dataset.figures.length };
	};
	const cold = time();
	const warm = [time(), time(), time()];
	const peakRssMB = (process.resourceUsage().maxRSS * 1024) / MB;
	return {
		coldSeconds: cold.seconds,
		seconds: Math.min(...warm.map((run) => run.seconds)),
		cpuSeconds: Math.min(...warm.map((run) => run.cpuSeconds)),
		peakRssMB,
		figures: cold.figures
	};
}

function checkInChild(dir: string): Check {
	const script = fileURLToPath(import.meta.url);
	const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--child-check', dir], { encoding: 'utf8', maxBuffer: 64 * MB });
	return JSON.parse(out) as Check;
}

const SAMPLE_MS = 250;

/** Resident bytes of `root` and all its descendants now, from /proc; null where there is no /proc. */
function treeRss(root: number): number | null {
	if (!existsSync('/proc/self/statm')) return null;
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The name in parentheses may hold spaces: the fields after it are counted from its ")".
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const pid = Number(name);
			children.set(ppid, [...(children.get(ppid) ?? []), pid]);
			rss.set(pid, Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * 4096);
		} catch {
			// The process ended while it was read.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** `vite build` of the site from `dataDir` into `outDir`, timed and measured. */
async function build(dataDir: string, outDir: string, kitDir: string, timeFile: string): Promise<Build> {
	const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'];
	const timed = existsSync(TIME);
	const command = timed ? TIME : process.execPath;
	const args = timed ? ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...vite] : vite;
	const started = performance.now();
	const child = spawn(command, args, {
		env: { ...process.env, DATA_DIR: dataDir, BUILD_DIR: outDir, KIT_OUT_DIR: kitDir },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peakTree: number | null = null;
	const sampler = setInterval(() => {
		const bytes = child.pid === undefined ? null : treeRss(child.pid);
		if (bytes !== null) peakTree = Math.max(peakTree ?? 0, bytes);
	}, SAMPLE_MS);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`vite build of ${dataDir} failed (exit ${code}):\n${output.slice(-4000)}`);
	let cpuSeconds: number | null = null;
	let peakRssMB: number | null = null;
	if (timed) {
		// The last line: /usr/bin/time may write a note above it.
		const [, user, system, maxKB] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
		cpuSeconds = user! + system!;
		peakRssMB = maxKB! / 1024;
	}
	return { seconds, cpuSeconds, peakRssMB, peakTreeRssMB: peakTree === null ? null : peakTree / MB };
}

function pageSize(outDir: string, path: string, self: string | null): PageSize {
	const html = readFileSync(join(outDir, path));
	const linked = new Set([...html.toString('utf8').matchAll(/href="\/articles\/([^/"#]+)\//g)].map((m) => m[1]!));
	if (self) linked.delete(self);
	return { path, bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length, otherArticles: linked.size };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number | null) => (seconds === null ? '–' : `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`);
const mb = (megabytes: number | null) => (megabytes === null ? '–' : `${megabytes.toFixed(0)} MB`);
const ms = (seconds: number) => `${(seconds * 1000).toFixed(seconds < 0.01 ? 2 : 1)} ms`;

async function main(): Promise<void> {
	const sizesAt = process.argv.indexOf('--sizes');
	const sizes = sizesAt === -1 ? DEFAULT_SIZES : process.argv[sizesAt + 1]!.split(',').map(Number);
	if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes two or more numbers of articles, e.g. 100,1000');
	const keep = process.argv.includes('--keep');
	// tsconfig.json extends SvelteKit's generated one, which a fresh checkout has not made yet.
	if (!existsSync('.svelte-kit/tsconfig.json')) execFileSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], { stdio: 'inherit' });
	const root = mkdtempSync(join(tmpdir(), 'bench-build-'));
	const kitDirs: string[] = [];
	const cleanUp = () => {
		if (!keep) rmSync(root, { recursive: true, force: true });
		for (const dir of kitDirs) rmSync(dir, { recursive: true, force: true });
	};
	process.on('SIGINT', () => {
		cleanUp();
		process.exit(130);
	});
	try {
		const results: Result[] = [];
		for (const articles of sizes) {
			const dataDir = join(root, `data-${articles}`);
			const outDir = join(root, `build-${articles}`);
			const kitDir = `.svelte-kit-bench-${process.pid}-${articles}`;
			kitDirs.push(kitDir);
			process.stderr.write(`${articles} articles: generating… `);
			const { figures } = writeCollection(dataDir, articles);
			process.stderr.write(`${figures} figures; data checks… `);
			const check = checkInChild(dataDir);
			process.stderr.write(`${s(check.seconds)}; building… `);
			const built = await build(dataDir, outDir, kitDir, join(root, `time-${articles}.txt`));
			process.stderr.write(`${s(built.seconds)}\n`);
			const hasCompared = existsSync(join(outDir, 'articles', COMPARED, 'index.html'));
			results.push({
				articles,
				figures,
				check,
				build: built,
				front: pageSize(outDir, 'index.html', generatedArticle(0).id),
				article: hasCompared ? pageSize(outDir, join('articles', COMPARED, 'index.html'), COMPARED) : null
			});
			// The built site is not needed again: a 1,000-article build is some 250 MB.
			if (!keep) rmSync(outDir, { recursive: true, force: true });
			rmSync(kitDir, { recursive: true, force: true });
		}
		report(results);
	} finally {
		cleanUp();
	}
	if (keep) console.log(`\nKept the data and builds in ${root}`);
}

function report(results: readonly Result[]): void {
	const base = results[0]!.articles === 1 ? results[0]! : null;
	const cpu = (r: Result) => r.build.cpuSeconds ?? r.build.seconds;
	const timeKind = results[0]!.build.cpuSeconds === null ? 'wall' : 'CPU';
	const row = (cells: readonly [string, number][]) => cells.map(([text, width]) => text.padEnd(width)).join('').trimEnd();

	console.log('\nData checks alone (loadDataset, in a process of its own)');
	console.log(row([['articles', 10], ['figures', 9], ['first run', 11], ['best of 3', 11], ['CPU (best)', 12], ['CPU per article', 17], ['peak RSS', 9]]));
	for (const r of results) {
		const c = r.check;
		console.log(row([[String(r.articles), 10], [String(r.figures), 9], [s(c.coldSeconds), 11], [s(c.seconds), 11], [s(c.cpuSeconds), 12], [ms(c.cpuSeconds / r.articles), 17], [mb(c.peakRssMB), 9]]));
	}

	console.log('\nBuild (vite build, precompressed, as npm run build:local)');
	console.log(row([['articles', 10], ['wall', 10], ['CPU', 10], ['CPU per article', 17], [base ? 'above 1 article' : '', base ? 17 : 0], ['peak RSS: one process', 23], ['all processes', 14]]));
	for (const r of results) {
		const above = base && r !== base ? s((cpu(r) - cpu(base)) / (r.articles - 1)) : '–';
		console.log(
			row([[String(r.articles), 10], [s(r.build.seconds), 10], [s(r.build.cpuSeconds), 10], [s(cpu(r) / r.articles), 17], [base ? above : '', base ? 17 : 0], [mb(r.build.peakRssMB), 23], [mb(r.build.peakTreeRssMB), 14]])
		);
	}

	console.log(`\nPages (gzip -9; plain in parentheses), and how many other articles' pages each links to`);
	console.log(row([['articles', 10], ['front page (index.html)', 36], [`article page (${COMPARED})`, 36]]));
	for (const r of results) {
		const page = (p: PageSize | null) => (p ? `${kb(p.gzipBytes)} (${kb(p.bytes)}), links ${p.otherArticles}` : '–');
		console.log(row([[String(r.articles), 10], [page(r.front), 36], [page(r.article), 36]]));
	}

	const [small, large] = results.slice(-2) as [Result, Result];
	const extra = large.articles - small.articles;
	const failures: string[] = [];
	console.log('');

	const buildRatio = cpu(large) / large.articles / (cpu(small) / small.articles);
	console.log(
		`build: ${timeKind} time per article at ${large.articles} / at ${small.articles}: ${buildRatio.toFixed(2)} (${buildRatio <= MAX_SLOWDOWN ? 'linear' : `not linear: above ${MAX_SLOWDOWN}`})`
	);
	if (buildRatio > MAX_SLOWDOWN) failures.push('build time grows faster than the number of articles');
	if (base && small !== base) {
		const marginal = (cpu(large) - cpu(base)) / (large.articles - 1) / ((cpu(small) - cpu(base)) / (small.articles - 1));
		console.log(
			`       the same above the 1-article build (the cost each article adds): ${marginal.toFixed(2)}${marginal > MAX_SLOWDOWN ? ` (above ${MAX_SLOWDOWN}: each article costs more in a larger collection)` : ''}`
		);
	}

	const checkRatio = large.check.cpuSeconds / large.articles / (small.check.cpuSeconds / small.articles);
	console.log(
		`data checks: CPU time per article at ${large.articles} / at ${small.articles}: ${checkRatio.toFixed(2)} (${checkRatio <= MAX_SLOWDOWN ? 'linear' : `not linear: above ${MAX_SLOWDOWN}`})`
	);
	if (checkRatio > MAX_SLOWDOWN) failures.push('the data checks grow faster than the number of articles');

	const frontGrowth = large.front.gzipBytes - small.front.gzipBytes;
	console.log(
		`front page: ${kb(small.front.gzipBytes)} → ${kb(large.front.gzipBytes)} gzip (${(frontGrowth / extra).toFixed(1)} bytes per extra article; ` +
			`${((large.front.bytes - small.front.bytes) / extra).toFixed(1)} plain), links to ${small.front.otherArticles} → ${large.front.otherArticles} other articles`
	);

	if (small.article && large.article) {
		const growth = large.article.gzipBytes - small.article.gzipBytes;
		const allowed = Math.round(small.article.gzipBytes * PAGE_TOLERANCE);
		const ok = Math.abs(growth) <= allowed;
		console.log(
			`article page (${COMPARED}): ${kb(small.article.gzipBytes)} → ${kb(large.article.gzipBytes)} gzip, ${growth >= 0 ? '+' : ''}${growth} bytes ` +
				`(${(growth / extra).toFixed(1)} per extra article; plain ${kb(small.article.bytes)} → ${kb(large.article.bytes)}, ` +
				`${((large.article.bytes - small.article.bytes) / extra).toFixed(1)} bytes per extra article); ` +
				`links to ${small.article.otherArticles} → ${large.article.otherArticles} other articles. ` +
				(ok ? `Within ${allowed} bytes (${PAGE_TOLERANCE * 100} %): independent of the collection.` : `More than ${allowed} bytes (${PAGE_TOLERANCE * 100} %): the page grows with the collection.`)
		);
		if (!ok) {
			failures.push(
				`an article's page grows with the collection: ${(growth / extra).toFixed(1)} gzip bytes per other article` +
					(large.article.otherArticles > small.article.otherArticles ? ' (it links to every other article)' : '')
			);
		}
	} else {
		console.log(`article page: ${COMPARED} is not in both of the two largest builds; use sizes of 2 articles or more`);
		failures.push('no article page to compare');
	}

	if (failures.length > 0) {
		console.log(`\nFAIL: ${failures.join('; ')}.`);
		process.exitCode = 1;
	} else {
		console.log('\nOK');
	}
}

const childAt = process.argv.indexOf('--child-check');
if (childAt !== -1) {
	process.stdout.write(JSON.stringify(await measureCheck(process.argv[childAt + 1]!)));
} else {
	await main();
}
