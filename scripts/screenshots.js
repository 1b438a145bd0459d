// Writes PNGs of every page at 1280 px and 375 px, light and dark, into screenshots/ (git-ignored).
// `npm run screenshots` builds first (npm run build:local).
import { mkdirSync, readdirSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import { waitUntilDrawn } from './lib/drawn.js';
import { serve } from './serve.js';

// The front page and one article's own page.
const [article] = readdirSync('build/articles');
const PAGES = [{ name: 'dashboard', path: '/' }, ...(article ? [{ name: 'article', path: `/articles/${article}/` }] : [])];
const WIDTHS = [1280, 375];
const SCHEMES = /** @type {const} */ (['light', 'dark']);

mkdirSync('screenshots', { recursive: true });
const server = await serve(0);
const browser = await launchChromium();
try {
	for (const page of PAGES) {
		for (const width of WIDTHS) {
			for (const colorScheme of SCHEMES) {
				const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
				const tab = await context.newPage();
				await tab.goto(new URL(page.path, server.url).href, { waitUntil: 'networkidle' });
				await waitUntilDrawn(tab);
				const file = `screenshots/${page.name}-${width}-${colorScheme}.png`;
				await tab.screenshot({ path: file, fullPage: true });
				console.log(file);
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
