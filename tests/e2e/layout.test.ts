// Narrow screens: the page never scrolls sideways (wide content, like the table, scrolls in its own box).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

describe.each(['/', ARTICLE_PAGE])('%s on a narrow screen, light colour scheme', (path) => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser(), path, { viewport: { width: 320, height: 800 }, colorScheme: 'light' });
	});
	afterAll(async () => {
		await watched.close();
	});

	it.each([320, 375])('has no horizontal scroll at %i px wide', async (width) => {
		const { page, problems } = watched;
		await page.setViewportSize({ width, height: 800 });
		const layout = await page.evaluate(() => {
			const viewport = document.documentElement.clientWidth;
			const right = (element: Element) => element.getBoundingClientRect().right;
			// The outermost elements that stick out on the right, for an actionable failure.
			const overflowing = [...document.body.querySelectorAll('*')]
				.filter((element) => right(element) > viewport + 0.5)
				.filter((element) => !element.parentElement || right(element.parentElement) <= viewport + 0.5)
				.slice(0, 10)
				.map((element) => {
					const classes =
						typeof element.className === 'string' && element.className.trim()
							? `.${element.className.trim().split(/\s+/u).join('.')}`
							: '';
					return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} right=${Math.round(right(element))}`;
				});
			return { innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, overflowing };
		});
		expect(layout.innerWidth).toBe(width);
		expect(
			layout.scrollWidth,
			`scrollWidth at ${width} px; sticking out: ${layout.overflowing.join(', ') || 'none found'}`
		).toBeLessThanOrEqual(width);
		expect(problems).toEqual([]);
	});
});
