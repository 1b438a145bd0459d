// Reports, per page, the bytes a first visit transfers (gzip), as Chromium actually requests
// them: the page with what is inlined in it (its CSS and script, each also shown compressed on
// its own), then every other file, by kind. Fails above the budget, or when a document requests
// a script before a reader uses an enhancement. The workbench is the one page that runs the
// application: it has a budget of its own, and loads its code on no other page. `npm run size`
// builds first; BUILD_DIR measures another build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { serve } from './serve.js';

const build = process.env.BUILD_DIR ? resolve(process.env.BUILD_DIR) : fileURLToPath(new URL('../build', import.meta.url));
const KB = 1024;
/** Every page is a document: its HTML and CSS, and a few hundred bytes of script, all inline. */
export const BUDGET = 15 * KB;
export const TARGET = 12 * KB;
/** The workbench, an application: its first visit, code included, should stay under this. */
export const WORKBENCH_BUDGET = 80 * KB;
// The front page, one article's own page (every article page is drawn by one component) and the
// embed page of its bar chart (every chart's embed page is drawn by one component).
const [article] = readdirSync(`${build}/articles`);
// An article with no displacement figure has no chart: the first article's that exists, else the front page's.
const embeds = existsSync(`${build}/embed`) ? readdirSync(`${build}/embed`).sort() : [];
const embed = embeds.find((id) => article && id.startsWith(`${article}-`)) ?? embeds[0];
const PAGES = [
	{ path: '/', budget: BUDGET, target: TARGET, scripts: false },
	...(article ? [{ path: `/articles/${article}/`, budget: BUDGET, target: TARGET, scripts: false }] : []),
	...(embed ? [{ path: `/embed/${embed}/`, budget: BUDGET, target: TARGET, scripts: false }] : []),
	{ path: '/workbench/', budget: WORKBENCH_BUDGET, target: WORKBENCH_BUDGET, scripts: true }
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1).padStart(5)} KB`;

function fileOf(urlPath) {
	const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	return readFileSync(`${build}${decodeURIComponent(file)}`);
}

/** The text of the inline elements `tag` a page holds (JSON-LD is data, not script). */
function inline(html, tag) {
	const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'giu');
	return [...html.matchAll(pattern)]
		.filter(([, attributes = '']) => !/type="application\/ld\+json"/u.test(attributes))
		.map(([, , text]) => text)
		.join('\n');
}

const KINDS = { document: 'HTML', stylesheet: 'CSS', script: 'JS' };

const server = await serve(0);
const browser = await launchChromium();
let failed = false;
try {
	for (const { path, budget: limit, target: aim, scripts: runsApp } of PAGES) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const requested = new Map();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === new URL(server.url).origin) requested.set(url.pathname, request.resourceType());
		});
		// Chromium asks for the icon on its own schedule, sometimes after the network has gone
		// quiet: wait for it, so the total always counts it (a first visit does fetch it).
		const icon = page.waitForEvent('requestfinished', { predicate: (r) => new URL(r.url()).pathname === '/favicon.svg', timeout: 10_000 }).catch(() => null);
		await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
		await icon;
		await context.close();

		const rows = [...requested].map(([file, type]) => ({ file, kind: KINDS[type] ?? type, gzip: gzip(fileOf(file)) }));
		const total = rows.reduce((sum, row) => sum + row.gzip, 0);
		const html = fileOf(path).toString('utf8');
		console.log(`\n${path}: ${rows.length} files`);
		for (const { file, kind, gzip: bytes } of rows.sort((a, b) => b.gzip - a.gzip)) {
			console.log(`  ${kb(bytes)}  ${kind.padEnd(6)} ${file}`);
			if (file === path) {
				console.log(`             of which, compressed on their own: inline CSS ${kb(gzip(inline(html, 'style')))}, inline JS ${kb(gzip(inline(html, 'script')))}`);
			}
		}
		const scripts = runsApp ? [] : rows.filter((row) => row.kind === 'JS');
		const budget = `${total > limit ? 'OVER' : 'within'} the budget of ${limit / KB} KB`;
		const target = aim === limit ? '' : `, ${total > aim ? 'above' : 'within'} the target of ${aim / KB} KB`;
		console.log(`  ${kb(total)}  total (gzip), ${budget}${target}`);
		console.log(`             exactly ${total.toLocaleString('en-GB')} bytes`);
		if (scripts.length > 0) console.log(`  requested scripts before any use: ${scripts.map((s) => s.file).join(', ')}`);
		if (total > limit || scripts.length > 0) failed = true;
	}
} finally {
	await browser.close();
	await server.close();
}
process.exit(failed ? 1 : 0);
