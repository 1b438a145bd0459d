// Reports, per page, the bytes a first visit transfers (gzip), as Chromium actually requests
// them, and fails above the budget. `npm run size` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { serve } from './serve.js';

const build = fileURLToPath(new URL('../build', import.meta.url));
const BUDGET = 60 * 1024;
// The front page and one article's own page (every article page is drawn by one component).
const [article] = readdirSync(`${build}/articles`);
const PAGES = ['/', ...(article ? [`/articles/${article}/`] : [])].map((path) => ({ path, budget: BUDGET }));

function gzipBytes(urlPath) {
	const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	return gzipSync(readFileSync(`${build}${decodeURIComponent(file)}`), { level: 9 }).length;
}

const server = await serve(0);
const browser = await launchChromium();
let failed = false;
try {
	for (const { path, budget } of PAGES) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const requested = new Set();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === new URL(server.url).origin) requested.add(url.pathname);
		});
		await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
		await context.close();
		const rows = [...requested].map((file) => ({ file, gzip: gzipBytes(file) }));
		const total = rows.reduce((sum, row) => sum + row.gzip, 0);
		console.log(`\n${path}: ${rows.length} files`);
		for (const { file, gzip } of rows.sort((a, b) => b.gzip - a.gzip)) {
			console.log(`  ${(gzip / 1024).toFixed(1).padStart(6)} KB  ${file}`);
		}
		const verdict = total <= budget ? 'within' : 'OVER';
		console.log(`  ${(total / 1024).toFixed(1).padStart(6)} KB  total (gzip), ${verdict} the budget of ${budget / 1024} KB`);
		if (total > budget) failed = true;
	}
} finally {
	await browser.close();
	await server.close();
}
process.exit(failed ? 1 : 0);
