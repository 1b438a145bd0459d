/**
 * npm run fuzz: the property tests (tests/unit/properties-*.test.ts) with many more generated
 * cases than `npm test` runs, and a random seed, so that each run explores inputs no earlier run
 * tried. Prints the cases tried per test file and in all, and the seed: a failure is replayed
 * with the same FUZZ_SEED and FUZZ_RUNS (vitest's report of it says how).
 *
 *   npm run fuzz                          # 3,000 runs per property (over 100,000 cases), random seed
 *   npm run fuzz -- --runs 10000 --seed 42 [anchor quantities]   # filters: parts of file names
 *
 * FUZZ_RUNS and FUZZ_SEED in the environment do the same as --runs and --seed. The linear-time
 * tests measure rather than generate, so they run as often as in `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DEFAULT_RUNS = 3_000;
const TEST_DIR = 'tests/unit';

function usage(message: string): never {
	console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--runs N] [--seed S] [file-filter ...]`);
	process.exit(2);
}

function parseArgs(argv: readonly string[]) {
	let runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : DEFAULT_RUNS;
	let seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(1, 2 ** 31 - 1);
	const filters: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--runs') runs = Number(argv[++i]);
		else if (arg === '--seed') seed = Number(argv[++i]);
		else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
		else filters.push(arg);
	}
	if (!Number.isSafeInteger(runs) || runs < 1) usage('--runs must be a positive integer');
	if (!Number.isSafeInteger(seed)) usage('--seed must be an integer');
	return { runs, seed, filters };
}

const { runs, seed, filters } = parseArgs(process.argv.slice(2));
const files = readdirSync(TEST_DIR)
	.filter((name) => /^properties-.*\.test\.ts$/.test(name))
	.filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
	.map((name) => `${TEST_DIR}/${name}`)
	.sort();
if (files.length === 0) usage(`no property test file matches ${filters.join(', ')}`);

// The helper (tests/helpers/properties.ts) appends one JSON line per property to this file, from
// whichever vitest worker runs it.
const reportDir = mkdtempSync(join(tmpdir(), 'fuzz-'));
const report = join(reportDir, 'cases.jsonl');

console.log(`fuzz: ${files.length} files, FUZZ_RUNS=${runs} per property (weighted), FUZZ_SEED=${seed}\n`);
const started = performance.now();
const vitest = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...files], {
	stdio: 'inherit',
	env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: report }
});
const seconds = (performance.now() - started) / 1000;

interface Entry {
	file: string;
	name: string;
	cases: number;
}
let entries: Entry[] = [];
try {
	entries = readFileSync(report, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Entry);
} catch {
	// No file: no property ran (vitest failed before any test); said below.
}
rmSync(reportDir, { recursive: true, force: true });

const perFile = new Map<string, { properties: Set<string>; cases: number }>();
for (const { file, name, cases } of entries) {
	const entry = perFile.get(file) ?? { properties: new Set<string>(), cases: 0 };
	entry.properties.add(name);
	entry.cases += cases;
	perFile.set(file, entry);
}
const total = entries.reduce((sum, e) => sum + e.cases, 0);
const width = Math.max(...files.map((f) => f.length));

console.log('\nfuzz: cases tried (generated, including shrinking)');
for (const file of files) {
	const entry = perFile.get(file);
	const count = entry ? entry.cases.toLocaleString('en-US') : 'none';
	console.log(`  ${file.padEnd(width)}  ${count.padStart(9)}${entry ? `  (${entry.properties.size} tests)` : ''}`);
}
console.log(`  ${'total'.padEnd(width)}  ${total.toLocaleString('en-US').padStart(9)}  in ${seconds.toFixed(1)} s`);
console.log(`\nfuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs}; replay with: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npx vitest run --project unit <file>`);

if (vitest.error) {
	console.error(`fuzz: could not run vitest: ${vitest.error.message}`);
	process.exit(2);
}
process.exit(vitest.status ?? 1);
