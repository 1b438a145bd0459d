// Runs Lighthouse 12 (mobile preset) three times over the built dashboard with Debian's
// Chromium and prints the median scores and LCP. Not part of CI; run after `npm run build`:
//   node scripts/lighthouse.js        (fetches lighthouse@12 through npx on first use)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.js';
import { serve } from './serve.js';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const run = promisify(execFile);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serve(0);
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const reports = [];
try {
	for (let i = 0; i < RUNS; i++) {
		const output = join(dir, `run-${i}.json`);
		await run(
			'npx',
			[
				'--yes',
				'lighthouse@12',
				server.url,
				'--output=json',
				`--output-path=${output}`,
				'--quiet',
				`--only-categories=${CATEGORIES.join(',')}`,
				`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`
			],
			{ env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 }
		);
		reports.push(JSON.parse(readFileSync(output, 'utf8')));
	}
} finally {
	await server.close();
}

console.log(`Lighthouse ${reports[0].lighthouseVersion}, ${reports[0].configSettings.formFactor}, median of ${RUNS} runs:`);
for (const category of CATEGORIES) {
	const scores = reports.map((r) => Math.round(r.categories[category].score * 100));
	console.log(`  ${reports[0].categories[category].title}: ${median(scores)}  (runs: ${scores.join(', ')})`);
}
const lcp = reports.map((r) => r.audits['largest-contentful-paint'].numericValue);
console.log(`  LCP: ${(median(lcp) / 1000).toFixed(2)} s  (runs: ${lcp.map((v) => (v / 1000).toFixed(2)).join(', ')} s)`);
