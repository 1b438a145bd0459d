// Sections after the first are drawn late (PageSection.svelte; README, Performance): the first
// frame lays out the header and what is on the screen or near it (Chromium draws what lies within
// about one and a half screens below it), and the rest is drawn when a reader scrolls near it or,
// at the latest, one section per frame from a second after the page appears. These tests hold the
// page's CSS animations still (DevTools' animation playback rate 0) to look at the page as its
// first frame leaves it, then let them run.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitUntilDrawn } from '../../scripts/lib/drawn.js';
import { ARTICLE_PAGE } from '../helpers/article';
import { baseUrl, useBrowser } from './browser';
import { pageBackground, plainShares } from './pixels';

const browser = useBrowser();
const PHONE = { width: 412, height: 823 };

interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** Lets the page's animations run, from where they were held. */
	play: () => Promise<void>;
}

async function open(path: string, viewport: { width: number; height: number }, held: boolean): Promise<OpenedPage> {
	const context = await browser().newContext({ viewport });
	const page = await context.newPage();
	// When each section's animation ended (it draws the section if nothing has yet), in ms from
	// the start of the navigation.
	await context.addInitScript(() => {
		const drawnAt: [string, number][] = [];
		Object.assign(window, { drawnAt });
		addEventListener('animationend', (event) => {
			const heading = (event.target as Element).querySelector(':scope > h2');
			if (heading) drawnAt.push([heading.id, Math.round(performance.now())]);
		});
	});
	const devtools = await context.newCDPSession(page);
	await devtools.send('Animation.enable');
	if (held) await devtools.send('Animation.setPlaybackRate', { playbackRate: 0 });
	await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
	return { page, context, play: () => devtools.send('Animation.setPlaybackRate', { playbackRate: 1 }).then(() => undefined) };
}

/** Each section of the page, by its heading's id, and whether its content is drawn yet. */
function sections(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('main > section')].map((section) => {
			const heading = section.querySelector(':scope > h2')!;
			return `${heading.id} ${heading.checkVisibility({ contentVisibilityAuto: true }) ? 'drawn' : 'waiting'}`;
		})
	);
}

describe('the first frame on a 412 px phone', () => {
	it('draws the article page as far as its charts, and the rest waits', async () => {
		const { page, context } = await open(ARTICLE_PAGE, PHONE, true);
		try {
			// Held, not merely early: still so after the time the animations would have drawn them.
			await page.waitForTimeout(1600);
			expect(await sections(page)).toEqual([
				'key-figures drawn',
				'charts drawn',
				'official waiting',
				'other-claims waiting',
				'article waiting',
				'data waiting'
			]);
			// Waiting is not missing: the words are in the page for find-in-page and assistive technology.
			expect(await page.locator('#article').locator('..').textContent()).toContain('at least 5.5 million');
		} finally {
			await context.close();
		}
	});

	it('draws the front page as far as its charts, and the rest waits', async () => {
		const { page, context } = await open('/', PHONE, true);
		try {
			await page.waitForTimeout(1600);
			expect(await sections(page)).toEqual(['key-figures drawn', 'charts drawn', 'timeline waiting', 'articles waiting', 'data waiting']);
		} finally {
			await context.close();
		}
	});
});

describe('the sections that wait', () => {
	it('are drawn without scrolling, in order, 100 ms apart from a second after the page appears', async () => {
		const { page, context } = await open(ARTICLE_PAGE, PHONE, false);
		try {
			await waitUntilDrawn(page);
			expect(await page.evaluate(() => scrollY)).toBe(0);
			expect((await sections(page)).every((section) => section.endsWith(' drawn'))).toBe(true);
			const drawnAt = await page.evaluate(() => (window as unknown as { drawnAt: [string, number][] }).drawnAt);
			expect(drawnAt.map(([id]) => id)).toEqual(['charts', 'official', 'other-claims', 'article', 'data']);
			// Their delays as planned, 100 ms apart from a second on (a frame may end two at once).
			const delays = await page.evaluate(() =>
				[...document.querySelectorAll('main > section')].flatMap((section) => section.getAnimations().map((animation) => Math.round(animation.effect!.getComputedTiming().delay ?? NaN)))
			);
			expect(delays).toEqual([1100, 1200, 1300, 1400, 1500]);
		} finally {
			await context.close();
		}
	});

	it('are in a full-page screenshot once drawn, the last one too', async () => {
		const { page, context } = await open(ARTICLE_PAGE, PHONE, false);
		try {
			await waitUntilDrawn(page);
			const box = await page.evaluate(() => {
				const { x, y, width, height } = document.querySelector('#data')!.parentElement!.getBoundingClientRect();
				return { x, y: y + scrollY, width, height };
			});
			const png = await page.screenshot({ fullPage: true, clip: box });
			const [plain] = await plainShares(browser(), png, await pageBackground(page), [[0, Infinity]]);
			// The data section is a table, a list of downloads and their notes: text all over it.
			expect(plain).toBeLessThan(0.95);
		} finally {
			await context.close();
		}
	});

	it.each([
		['arriving by a link to a sentence', `${ARTICLE_PAGE}#s15-1`, false],
		['following a key figure to its sentence', ARTICLE_PAGE, true]
	])('keep a sentence where it was when they are drawn above it, %s', async (_, path, click) => {
		const { page, context, play } = await open(path, PHONE, true);
		try {
			if (click) await page.locator('#fig-syria-refugees a.to-sentence').click();
			const sentence = page.locator('#s15-1');
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('#s15-1');
			// At the sentence's own scroll margin (4rem) from the top of the screen, before and after,
			// to within a pixel: the page scrolls by whole pixels, the line of text sits between them.
			const offMargin = () => sentence.evaluate((element) => Math.abs(element.getBoundingClientRect().top - 64));
			expect(await offMargin()).toBeLessThan(1);
			expect(await sections(page)).toContain('official waiting');
			await play();
			await waitUntilDrawn(page);
			expect(await offMargin()).toBeLessThan(1);
			expect(await sentence.evaluate((element) => element.matches(':target'))).toBe(true);
		} finally {
			await context.close();
		}
	});

	it.each([
		[375, 667],
		[412, 823],
		[1280, 800]
	])('move nothing on the screen when drawn, at %i × %i', async (width, height) => {
		const { page, context } = await open(ARTICLE_PAGE, { width, height }, false);
		try {
			await waitUntilDrawn(page);
			const shifts = () =>
				page.evaluate(
					() =>
						new Promise<number[]>((resolve) => {
							new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value))).observe({
								type: 'layout-shift',
								buffered: true
							});
							setTimeout(() => resolve([]), 500);
						})
				);
			expect(await shifts()).toEqual([]);
			// The same count sees a shift where there is one: a line pushed in above everything.
			await page.evaluate(() => document.querySelector('header')!.prepend(Object.assign(document.createElement('p'), { textContent: 'A shift.' })));
			expect((await shifts()).length).toBeGreaterThan(0);
		} finally {
			await context.close();
		}
	});
});
