// The charts and the table of official counts as a reader sees them, at 1280 px and on a 375 px
// phone: text read at its drawn size (the SVG's CSS size times the drawing's scale), bar labels
// clear of the grid, the timeline's quote dismissed with Escape (WCAG 1.4.13), and the table's
// sideways scroll shown by shadows at the edge it hides columns behind.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser, type WatchedPage } from './browser';
import { chartLinks } from './page-checks';
import { pageBackground, plainShares } from './pixels';

const browser = useBrowser();

interface ChartText {
	chart: string;
	/** The smallest and largest size a reader sees, in CSS px. */
	min: number;
	max: number;
	/** Lines of text that stick out of the viewport, or overlap another line of their chart. */
	outside: string[];
	overlapping: string[];
}

/** The text of every chart on the page as it is drawn: sizes, and lines out of place. */
function chartText(page: Page): Promise<ChartText[]> {
	return page.locator('svg.image').evaluateAll((svgs: SVGSVGElement[]) =>
		svgs.map((svg) => {
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			// Drawn: neither it nor a group around it is display: none (as a hidden quote box is).
			const drawn = (element: Element) => {
				for (let node: Element | null = element; node && node !== svg; node = node.parentElement) if (getComputedStyle(node).display === 'none') return false;
				return true;
			};
			const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(drawn);
			const sizes = [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')]
				.filter(drawn)
				.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
			const boxes = texts.map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
			const outside = boxes.filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth).map((b) => b.text);
			const overlapping: string[] = [];
			for (const [i, a] of boxes.entries()) {
				for (const b of boxes.slice(i + 1)) {
					const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
					const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
					if (across > 0.5 && down > 0.5) overlapping.push(`“${a.text}” and “${b.text}”`);
				}
			}
			return {
				chart: svg.getAttribute('aria-labelledby')!.replace(/-title$/u, ''),
				min: Math.round(Math.min(...sizes) * 100) / 100,
				max: Math.round(Math.max(...sizes) * 100) / 100,
				outside,
				overlapping
			};
		})
	);
}

describe.each(['/', ARTICLE_PAGE])('the charts of %s', (path) => {
	const timeline = path === '/' ? 'timeline' : 'official';

	it('draw their text as large as they did at 1280 px', async () => {
		const { page, problems, close } = await openPage(browser(), path, { viewport: { width: 1280, height: 800 } });
		try {
			const charts = await chartText(page);
			expect(charts.map(({ chart, min, max }) => ({ chart, min, max }))).toEqual([
				{ chart: 'bars', min: 14.3, max: 18.2 },
				{ chart: 'units', min: 15.6, max: 16.9 },
				{ chart: timeline, min: 14.3, max: 16.9 }
			]);
			for (const { chart, outside, overlapping } of charts) expect({ chart, outside, overlapping }).toEqual({ chart, outside: [], overlapping: [] });
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});

	it('draw no text smaller than 12 px on a 375 px phone, none of it off the screen or over other text', async () => {
		const { page, problems, close } = await openPage(browser(), path, { viewport: { width: 375, height: 812 } });
		try {
			const charts = await chartText(page);
			// The charts span the screen but for 8 px each side (359 px): a drawing 400 wide is scaled by 0.8975,
			// and its text, 13.4 units there, is 12.03 px; the bars' values too, though 14 units on a wide
			// chart: one size and weight fewer for the phone to load (tests/e2e/fonts.test.ts).
			expect(charts.map(({ chart, min, max }) => ({ chart, min, max }))).toEqual([
				{ chart: 'bars', min: 12.03, max: 12.03 },
				{ chart: 'units', min: 12.03, max: 12.03 },
				{ chart: timeline, min: 12.03, max: 12.03 }
			]);
			for (const { chart, outside, overlapping } of charts) expect({ chart, outside, overlapping }).toEqual({ chart, outside: [], overlapping: [] });
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});

/** The grid lines of the bar chart as segments, whether drawn as lines or as one path of vertical runs. */
function gridSegments(page: Page) {
	return page.locator('figure[aria-labelledby="bars-heading"] svg.image').evaluate((svg) =>
		[...svg.querySelectorAll('.grid')].flatMap((grid) => {
			if (grid instanceof SVGLineElement) return [{ x: Math.round(grid.x1.baseVal.value * 100) / 100, top: grid.y1.baseVal.value, bottom: grid.y2.baseVal.value }];
			return [...(grid.getAttribute('d') ?? '').matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/gu)].map(([, x, top, bottom]) => ({
				x: Number(x),
				top: Number(top),
				bottom: Number(bottom)
			}));
		})
	);
}

/** The boxes of the bar chart's labels and values, in the drawing's units, as the browser draws them. */
function labelBoxes(page: Page) {
	return page.locator('figure[aria-labelledby="bars-heading"] svg.image').evaluate((svg) =>
		[...svg.querySelectorAll<SVGTextElement>('.bar text')].map((text) => {
			const { x, y, width, height } = text.getBBox();
			return { text: text.textContent ?? '', x, y, width, height };
		})
	);
}

describe.each([
	[1280, 800],
	[375, 812]
])('the bar chart at %i px', (width, height) => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser(), ARTICLE_PAGE, { viewport: { width, height } });
	});
	afterAll(() => watched.close());

	it('runs no grid line through a bar’s label or its value, as drawn and as bold while its figure is lit', async () => {
		const { page, problems } = watched;
		const segments = await gridSegments(page);
		// Four ticks (0, 2M, 4M, 6M) in each of two panels, each line interrupted where a label is.
		expect(new Set(segments.map((s) => s.x))).toEqual(new Set([0, 96.67, 193.33, 290]));
		const crossings = (boxes: Awaited<ReturnType<typeof labelBoxes>>) =>
			boxes.flatMap((box) =>
				segments
					.filter((s) => s.x >= box.x - 0.5 && s.x <= box.x + box.width + 0.5)
					.filter((s) => Math.min(s.bottom, box.y + box.height) - Math.max(s.top, box.y) > 0)
					.map((s) => `“${box.text}” crossed at x ${s.x} from ${s.top} to ${s.bottom}`)
			);
		await page.mouse.move(1, 1);
		expect(crossings(await labelBoxes(page))).toEqual([]);
		for (const link of await chartLinks(page, 'bars').all()) {
			await link.hover();
			expect(crossings(await labelBoxes(page))).toEqual([]);
		}
		expect(problems).toEqual([]);
	});
});

describe('the front page’s timeline', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser(), '/');
	});
	afterAll(() => watched.close());

	const quote = (id: string) => watched.page.locator(`figure[aria-labelledby="timeline-heading"] g.claim-quote[data-fig="${id}"]`);
	const shown = (id: string) => quote(id).evaluate((g) => getComputedStyle(g).display !== 'none');
	const focused = () => watched.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

	it('hides the words of the figure pointed at when Escape is pressed, the pointer where it was, until a figure is pointed at again', async () => {
		const { page, problems } = watched;
		const links = chartLinks(page, 'timeline');
		await page.mouse.move(1, 1);
		await links.nth(1).hover();
		await expect(shown('syria-idps')).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(shown('syria-idps')).resolves.toBe(false);
		// Still pointed at, and still lit elsewhere: only the box over the chart is dismissed.
		await expect(links.nth(1).evaluate((a) => a.matches(':hover'))).resolves.toBe(true);
		// Moving within the mark does not bring it back.
		const box = (await links.nth(1).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
		await expect(shown('syria-idps')).resolves.toBe(false);
		// Pointing at another figure shows its words; back at the first, its words again.
		await links.nth(0).hover();
		await expect(shown('syria-refugees')).resolves.toBe(true);
		await links.nth(1).hover();
		await expect(shown('syria-idps')).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	it('hides the words of the focused figure when Escape is pressed, focus staying on its link, until focus moves to a figure again', async () => {
		const { page, problems } = watched;
		const links = chartLinks(page, 'timeline');
		await page.mouse.move(1, 1);
		await links.nth(0).focus();
		const name = await focused();
		expect(name).toContain('Refugees who have fled Syria');
		await expect(shown('syria-refugees')).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(shown('syria-refugees')).resolves.toBe(false);
		await expect(focused()).resolves.toBe(name);
		// Tab to the next figure: its words show; Shift+Tab back: the first's show again.
		await page.keyboard.press('Tab');
		await expect(shown('syria-idps')).resolves.toBe(true);
		await page.keyboard.press('Shift+Tab');
		await expect(focused()).resolves.toBe(name);
		await expect(shown('syria-refugees')).resolves.toBe(true);
		expect(problems).toEqual([]);
	});
});

// The front page's two wide tables scroll sideways alike (.scroll-x in app.css).
const WIDE_TABLES = [
	{ name: 'the table of official counts', region: '.official-table [role="region"]', caption: /^The official counts of the chart/u },
	{ name: 'the table of figures', region: '[role="region"][aria-labelledby="table-caption"]', caption: /^The article’s displacement figures, with the words/u }
];

describe.each(WIDE_TABLES.flatMap((table) => (['light', 'dark'] as const).map((colorScheme) => [table.name, colorScheme, table] as const)))(
	'%s on a 375 px phone, %s colour scheme',
	(_name, colorScheme, { region: selector, caption }) => {
		let watched: WatchedPage;
		beforeAll(async () => {
			watched = await openPage(browser(), '/', { viewport: { width: 375, height: 812 }, colorScheme });
		});
		afterAll(() => watched.close());

		const region = () => watched.page.locator(selector);

		/** How much of each edge of the scrolling box shows the page's background, untouched: a shadow leaves none. */
		async function edges(): Promise<{ left: number; right: number }> {
			// A strip 3 px wide along each edge.
			const [left, right] = await plainShares(browser(), await region().screenshot(), await pageBackground(watched.page), [
				[0, 3],
				[-3, 3]
			]);
			return { left: left!, right: right! };
		}

		it('scrolls sideways in a region named by its caption that the keyboard can scroll', async () => {
			const { page, problems } = watched;
			const box = region();
			await expect(box.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
			await expect(box.getAttribute('tabindex')).resolves.toBe('0');
			await expect(box.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent)).resolves.toMatch(caption);
			await box.focus();
			// The keyboard scrolls smoothly: read where it stops.
			const scrolled = box.evaluate((el) => new Promise<number>((done) => el.addEventListener('scrollend', () => done(el.scrollLeft), { once: true })));
			await page.keyboard.press('ArrowRight');
			await expect(scrolled).resolves.toBeGreaterThan(0);
			await box.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
			await box.blur();
			expect(problems).toEqual([]);
		});

		it('shades the edge it hides columns behind, and only that edge', async () => {
			const box = region();
			await watched.page.mouse.move(1, 1);
			await box.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
			const start = await edges();
			await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
			const end = await edges();
			await box.evaluate((el) => el.scrollTo({ left: (el.scrollWidth - el.clientWidth) / 2, behavior: 'instant' }));
			const middle = await edges();
			// At the start nothing is hidden on the left: its strip is mostly background (bar the rules
			// under the rows); columns are hidden on the right, under a shadow. At the end, the reverse.
			expect(start.left).toBeGreaterThan(0.8);
			expect(start.right).toBe(0);
			expect(end.left).toBe(0);
			expect(end.right).toBeGreaterThan(0.8);
			expect(middle).toEqual({ left: 0, right: 0 });
		});
	}
);
