// The longest text every column allows (tests/fixtures/longest-values) wraps instead of pushing
// the layout apart: a real `vite build` of the fixture, served on 127.0.0.1 and opened in
// Chromium at phone widths. The page never scrolls sideways, every line of the charts' text stays
// inside its chart and clear of the others, and the share image is still a 1200×630 PNG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFigureRows, readPageRows, readSourceRows } from '$lib/figures/rows';
import { FIGURE_COLUMNS, PAGE_COLUMNS, SOURCE_COLUMNS } from '$lib/figures/schema';
import { launchChromium } from '../../scripts/chromium.js';
import { serve } from '../../scripts/serve.js';
import { buildSite, type SiteBuild } from '../helpers/build';

const DATA = 'tests/fixtures/longest-values';
/** The two articles' pages: long values with spaces and without, and one of unbroken words. */
const PAGES = ['fixture-longest-values-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'fixture-one-word-values'].map(
	(source) => `/articles/${source}/`
);

let site: SiteBuild;
let server: { url: string; close: () => Promise<unknown> } | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
	site = await buildSite(DATA);
	if (site.code !== 0) throw new Error(`the longest-values fixture did not build:\n${site.output}`);
	server = await serve(0, '127.0.0.1', site.dir);
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	site?.remove();
});

describe('the longest-values fixture', () => {
	const read = (file: string) => readFileSync(join(DATA, file), 'utf8');
	it.each([
		['figures.csv', FIGURE_COLUMNS, readFigureRows],
		['sources.csv', SOURCE_COLUMNS, readSourceRows],
		['pages.csv', PAGE_COLUMNS, readPageRows]
	] as const)('holds every text column of %s at its longest allowed length', (file, columns, readRows) => {
		const { rows, problems } = readRows(read(file), file);
		expect(problems).toEqual([]);
		const cells = rows.map(({ row }) => row as unknown as Record<string, string | number | null>);
		for (const { name, maxLength } of columns) {
			if (maxLength === undefined) continue;
			const longest = Math.max(...cells.map((row) => [...String(row[name] ?? '')].length));
			expect(longest, name).toBe(maxLength);
		}
	});
});

/** The page at `width` px, its <details> open so that their text is laid out too. */
async function openAt(path: string, width: number): Promise<Page> {
	const context = await browser!.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await page.goto(new URL(path, server!.url).href, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
	return page;
}

describe.each(PAGES.flatMap((path) => [320, 375].map((width) => [path, width] as const)))('%s at %i px', (path, width) => {
	let page: Page;
	beforeAll(async () => {
		page = await openAt(path, width);
	}, 30_000);
	afterAll(async () => {
		await page?.context().close();
	});

	it('does not scroll sideways', async () => {
		const layout = await page.evaluate(() => {
			const { clientWidth, scrollWidth } = document.documentElement;
			// The innermost elements that stick out on the right, for an actionable failure; not the
			// table's, which scrolls inside its own box.
			const outside = [...document.body.querySelectorAll('*')]
				.filter((element) => !element.parentElement?.closest('.scroll') && element.getBoundingClientRect().right > clientWidth + 0.5)
				.filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > clientWidth + 0.5))
				.slice(0, 5)
				.map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
			return { clientWidth, scrollWidth, outside };
		});
		expect(layout.clientWidth).toBe(width);
		expect(layout.scrollWidth, `sticking out: ${layout.outside.join(', ')}`).toBeLessThanOrEqual(layout.clientWidth);
	});

	it('keeps every line of the charts’ text inside its chart, and no two lines on top of each other', async () => {
		const charts = await page.evaluate(() =>
			[...document.querySelectorAll<SVGSVGElement>('svg.image')].map((svg) => ({
				width: svg.viewBox.baseVal.width,
				marks: svg.querySelectorAll('g.bar, g.group').length,
				labelLines: svg.querySelectorAll('text.label, text.group-title').length,
				boxes: [...svg.querySelectorAll<SVGTextElement>('text')].map((text) => {
					const { x, y, width, height } = text.getBBox();
					return { text: text.textContent ?? '', x, y, width, height };
				})
			}))
		);
		expect(charts).toHaveLength(2);
		for (const chart of charts) {
			// The fixture's labels are too long for one line: each takes several.
			expect(chart.labelLines).toBeGreaterThanOrEqual(2 * chart.marks);
			for (const box of chart.boxes) {
				expect(box.x, box.text).toBeGreaterThanOrEqual(-0.5);
				expect(box.x + box.width, box.text).toBeLessThanOrEqual(chart.width + 0.5);
			}
			for (const [i, a] of chart.boxes.entries()) {
				for (const b of chart.boxes.slice(i + 1)) {
					const overlap =
						Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
						Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
					expect(overlap, `“${a.text}” and “${b.text}”`).toBe(false);
				}
			}
		}
	});
});

describe.each(PAGES)('the share image of %s', (path) => {
	it('is a 1200×630 PNG that decodes', async () => {
		const png = readFileSync(join(site.dir, path, 'og.png'));
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		const page = await browser!.newPage();
		try {
			await page.goto(new URL(path, server!.url).href);
			const size = await page.evaluate(async (href) => {
				const bitmap = await createImageBitmap(await (await fetch(href)).blob());
				return [bitmap.width, bitmap.height];
			}, `${path}og.png`);
			expect(size).toEqual([1200, 630]);
		} finally {
			await page.close();
		}
	}, 30_000);
});
