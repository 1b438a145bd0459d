// The page with JavaScript turned off: everything is in the prerendered HTML, and the links
// between figures and sentences work by URL fragment and :target alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser, type WatchedPage } from './browser';
import {
	DISPLACEMENT,
	FIGURES,
	ON_TIMELINE,
	cardLink,
	cardQuote,
	chartLinks,
	fragment,
	isTransparent,
	mark,
	sentence,
	targetStyle,
	viewportPlacement,
	visibleText
} from './page-checks';

const browser = useBrowser();

describe('without JavaScript', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser(), ARTICLE_PAGE, { javaScriptEnabled: false });
	});
	afterAll(async () => {
		await watched.close();
	});

	it('runs no script and misses nothing: no request fails, no control that needs a script shows', async () => {
		const { page, problems } = watched;
		// The page script would show these; with scripts off they stay hidden.
		await expect(page.locator('[data-enhance]:visible').count()).resolves.toBe(0);
		await expect(page.getByRole('button').count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});

	it('has the key figures, the three charts, the article, the tables and the download link', async () => {
		const { page, problems } = watched;
		await expect(page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.id))).resolves.toEqual(
			FIGURES.map((f) => `fig-${f.id}`)
		);
		for (const { id } of FIGURES) await expect(cardLink(page, id).count()).resolves.toBe(1);
		await expect(page.locator('figure svg.image[role="img"]').count()).resolves.toBe(3);
		await expect(page.locator('figure svg.links a').count()).resolves.toBe(2 * DISPLACEMENT.length + ON_TIMELINE.length);
		await expect(page.locator('.article span.sentence').count()).resolves.toBeGreaterThan(10);
		for (const { id, sentenceId } of FIGURES) {
			await expect(sentence(page, sentenceId).count()).resolves.toBe(1);
			await expect(mark(page, id).count()).resolves.toBe(1);
		}
		await expect(page.locator('table tbody tr.row').evaluateAll((rows) => rows.map((r) => r.id))).resolves.toEqual(
			FIGURES.map((f) => `row-${f.id}`)
		);
		// The official counts of the timeline, a row per year from 2011 to 2025.
		await expect(page.locator('.official-table tbody tr').count()).resolves.toBe(15);
		const download = page.locator('a.download[href="/data/articles/newarab-2020-02-11.figures.csv"]');
		await expect(download.count()).resolves.toBe(1);
		await expect(download.isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	it.each(FIGURES)('the card of $id still goes to its :target sentence $sentenceId', async ({ id, sentenceId, quote }) => {
		const { page, problems } = watched;
		await cardLink(page, id).click();
		expect(fragment(page)).toBe(`#${sentenceId}`);
		const target = sentence(page, sentenceId);
		const style = await targetStyle(target);
		expect(style.target, `#${sentenceId} should match :target`).toBe(true);
		expect(isTransparent(style.background), `background of #${sentenceId} is ${style.background}`).toBe(false);
		expect(await viewportPlacement(target)).toMatchObject({ inside: true });
		expect(await cardQuote(page, id)).toBe(quote);
		expect(await visibleText(target)).toContain(quote);
		expect(problems).toEqual([]);
	});

	it.each(ON_TIMELINE)('the timeline mark of $id goes to its :target sentence $sentenceId', async ({ id, sentenceId, quote }) => {
		const { page, problems } = watched;
		const link = chartLinks(page, 'official').and(page.locator(`[data-fig="${id}"]`));
		await expect(link.count()).resolves.toBe(1);
		await link.click();
		expect(fragment(page)).toBe(`#${sentenceId}`);
		const target = sentence(page, sentenceId);
		expect((await targetStyle(target)).target).toBe(true);
		expect(await viewportPlacement(target)).toMatchObject({ inside: true });
		expect(await visibleText(target)).toContain(quote);
		expect(problems).toEqual([]);
	});

	it.each(FIGURES)('the mark of $id still goes to its card', async ({ id }) => {
		const { page, problems } = watched;
		await mark(page, id).click();
		expect(fragment(page)).toBe(`#fig-${id}`);
		const card = page.locator(`article#fig-${id}`);
		await expect(card.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
		expect(await viewportPlacement(card)).toMatchObject({ inside: true });
		expect(problems).toEqual([]);
	});
});
