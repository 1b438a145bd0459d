// Figure → sentence and sentence → figure, with JavaScript: the links land on the right place by
// URL fragment, and pointing at one view of a figure lights up the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser, type WatchedPage } from './browser';
import {
	DISPLACEMENT,
	FIGURES,
	cardLink,
	cardQuote,
	chartLinks,
	fragment,
	isTransparent,
	litViews,
	mark,
	ON_TIMELINE,
	sentence,
	targetStyle,
	viewportPlacement,
	visibleText
} from './page-checks';

const browser = useBrowser();

describe('clicking a figure link', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser());
	});
	afterAll(async () => {
		await watched.close();
	});

	it.each(FIGURES)(
		"the card of $id goes to its sentence $sentenceId, highlighted and in view, holding the card's quote",
		async ({ id, sentenceId, quote }) => {
			const { page, problems } = watched;
			await cardLink(page, id).click();
			expect(fragment(page)).toBe(`#${sentenceId}`);

			const target = sentence(page, sentenceId);
			const style = await targetStyle(target);
			expect(style.target, `#${sentenceId} should match :target`).toBe(true);
			expect(isTransparent(style.background), `background of #${sentenceId} is ${style.background}`).toBe(false);
			const untargeted = await page
				.locator('span.sentence:not(:target)')
				.first()
				.evaluate((element) => getComputedStyle(element).backgroundColor);
			expect(style.background, 'a targeted sentence looks different from the others').not.toBe(untargeted);
			expect(await viewportPlacement(target)).toMatchObject({ inside: true });

			const shown = await cardQuote(page, id);
			expect(shown).toBe(quote);
			expect(await visibleText(target)).toContain(shown);
			expect(problems).toEqual([]);
		}
	);

	it.each(FIGURES)('the mark of $id in the article goes to its card, targeted and in view', async ({ id, sentenceId }) => {
		const { page, problems } = watched;
		const link = mark(page, id);
		await expect(link.count()).resolves.toBe(1);
		await expect(link.evaluate((element) => element.closest('span.sentence')?.id)).resolves.toBe(sentenceId);
		await link.click();
		expect(fragment(page)).toBe(`#fig-${id}`);

		const card = page.locator(`article#fig-${id}`);
		await expect(card.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
		expect(await viewportPlacement(card)).toMatchObject({ inside: true });
		expect(problems).toEqual([]);
	});
});

describe('pointing at a figure', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser());
	});
	afterAll(async () => {
		await watched.close();
	});

	/** Moves the pointer to the page's left margin, where no figure is. */
	const pointAway = () => watched.page.mouse.move(1, 1);

	const bars = DISPLACEMENT.map((figure, index) => ({ ...figure, chart: 'bars' as const, index, position: index + 1 }));
	const units = DISPLACEMENT.map((figure, index) => ({ ...figure, chart: 'units' as const, index, position: index + 1 }));
	const official = ON_TIMELINE.map((figure, index) => ({ ...figure, chart: 'official' as const, index, position: index + 1 }));

	it.each([...bars, ...units, ...official])(
		'hovering link $position of the $chart chart ($id) lights up sentence $sentenceId, its card and its row',
		async ({ chart, index, id, sentenceId, words }) => {
			const { page, problems } = watched;
			await pointAway();
			const link = chartLinks(page, chart).nth(index);
			await expect(chartLinks(page, chart).count()).resolves.toBe(chart === 'official' ? ON_TIMELINE.length : DISPLACEMENT.length);
			await expect(link.getAttribute('href')).resolves.toBe(`#${sentenceId}`);
			await expect(link.getAttribute('aria-label')).resolves.toContain(words);
			await expect(litViews(page, 'sentence')).resolves.toEqual([]);

			await link.hover();
			await expect(litViews(page, 'sentence')).resolves.toEqual([sentenceId]);
			await expect(litViews(page, 'card')).resolves.toEqual([`fig-${id}`]);
			await expect(litViews(page, 'row')).resolves.toEqual([`row-${id}`]);
			await expect(litViews(page, 'mark')).resolves.toEqual([id]);
			// The official count a stock is compared with lights up with it, in the table beside the timeline.
			await expect(litViews(page, 'official')).resolves.toEqual(ON_TIMELINE.some((f) => f.id === id) ? [id] : []);

			await pointAway();
			await expect(litViews(page, 'sentence')).resolves.toEqual([]);
			await expect(litViews(page, 'official')).resolves.toEqual([]);
			expect(problems).toEqual([]);
		}
	);

	it.each(FIGURES)('hovering the mark of $id lights up its card, and only that card', async ({ id, sentenceId }) => {
		const { page, problems } = watched;
		await pointAway();
		await expect(litViews(page, 'card')).resolves.toEqual([]);

		await mark(page, id).hover();
		await expect(litViews(page, 'card')).resolves.toEqual([`fig-${id}`]);
		await expect(litViews(page, 'mark')).resolves.toEqual([id]);
		await expect(litViews(page, 'sentence')).resolves.toEqual([sentenceId]);
		await expect(litViews(page, 'row')).resolves.toEqual([`row-${id}`]);

		await pointAway();
		await expect(litViews(page, 'card')).resolves.toEqual([]);
		expect(problems).toEqual([]);
	});
});
