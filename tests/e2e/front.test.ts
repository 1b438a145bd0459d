// The front page as a reader uses it: every figure on it leads to its sentence on the article's
// page, by pointer and by keyboard, and links made when / was the article's page still land on
// their sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser, type WatchedPage } from './browser';
import { chartLinks, DISPLACEMENT, fragment, normalise, ON_TIMELINE, sentence, targetStyle, viewportPlacement, visibleText } from './page-checks';

const browser = useBrowser();

/** The page is the article's, at the sentence `sentenceId`, which is the :target and in view. */
async function landedOn(watched: WatchedPage, sentenceId: string, quote: string) {
	const { page } = watched;
	expect(new URL(page.url()).pathname).toBe(ARTICLE_PAGE);
	expect(fragment(page)).toBe(`#${sentenceId}`);
	const target = sentence(page, sentenceId);
	expect((await targetStyle(target)).target).toBe(true);
	expect(await viewportPlacement(target)).toMatchObject({ inside: true });
	expect(await visibleText(target)).toContain(quote);
}

describe('the front page', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser(), '/');
	});
	afterAll(() => watched.close());
	const home = () => watched.page.goto(new URL('/', watched.page.url()).href, { waitUntil: 'networkidle' });

	it('leads with the displacement figures, each card naming the article it comes from', async () => {
		const { page, problems } = watched;
		await expect(page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.id))).resolves.toEqual(DISPLACEMENT.map((f) => `fig-${f.id}`));
		for (const figure of DISPLACEMENT) {
			await expect(page.locator(`article#fig-${figure.id} a.to-sentence`).getAttribute('href')).resolves.toBe(`${ARTICLE_PAGE}#${figure.sentenceId}`);
		}
		const from = await page.locator('article.card .meta a').allTextContents();
		expect(from).toEqual(DISPLACEMENT.map(() => 'The New Arab, 11 February 2020'));
		expect(problems).toEqual([]);
	});

	it.each(DISPLACEMENT)('goes from the card of $id to its sentence $sentenceId on the article’s page', async ({ id, sentenceId, quote }) => {
		await home();
		await watched.page.locator(`article#fig-${id} a.to-sentence`).click();
		await watched.page.waitForURL(`**${ARTICLE_PAGE}#${sentenceId}`);
		await landedOn(watched, sentenceId, quote);
		expect(watched.problems).toEqual([]);
	});

	it.each(DISPLACEMENT.map((figure, index) => ({ ...figure, index })))(
		'goes from the timeline’s mark of $id to its sentence on the article’s page',
		async ({ index, sentenceId, quote, words }) => {
			await home();
			const link = chartLinks(watched.page, 'timeline').nth(index);
			await expect(link.getAttribute('aria-label')).resolves.toContain(words);
			await link.click();
			await watched.page.waitForURL(`**${ARTICLE_PAGE}#${sentenceId}`);
			await landedOn(watched, sentenceId, quote);
		}
	);

	it('lists the article, linking to its page', async () => {
		await home();
		const item = watched.page.locator('.article-list li');
		await expect(item.count()).resolves.toBe(1);
		expect(normalise((await item.textContent()) ?? '')).toBe(
			'WATCH: Iran-backed militia fighter scrawls Qasem Soleimani\'s name on missile \'bound for Aleppo\' The New Arab, 11 February 2020 · 6 figures, 3 of them on displacement'
		);
		await item.getByRole('link').click();
		await watched.page.waitForURL(`**${ARTICLE_PAGE}`);
		await expect(watched.page.locator('h1').textContent()).resolves.toBe('Syria’s displacement, in the article’s own words');
	});

	it('reaches a figure by keyboard alone and follows it to its sentence', async () => {
		await home();
		const { page } = watched;
		await page.mouse.move(1, 1);
		// From the top of the page: the lede's two links, then the first card.
		let focused = '';
		for (let press = 0; press < 10 && !focused.startsWith(ARTICLE_PAGE + '#'); press++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
		}
		expect(focused).toBe(`${ARTICLE_PAGE}#${DISPLACEMENT[0]!.sentenceId}`);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${ARTICLE_PAGE}#${DISPLACEMENT[0]!.sentenceId}`);
		await landedOn(watched, DISPLACEMENT[0]!.sentenceId, DISPLACEMENT[0]!.quote);
	});
});

describe('links made when / was the article’s page', () => {
	it.each([
		['#s15-1', `${ARTICLE_PAGE}#s15-1`],
		['#fig-nujaba-fighters', `${ARTICLE_PAGE}#fig-nujaba-fighters`],
		['#row-idlib-civilians-killed', `${ARTICLE_PAGE}#row-idlib-civilians-killed`]
	])('/%s lands on %s', async (hash, landing) => {
		const watched = await openPage(browser(), `/${hash}`);
		await watched.page.waitForURL(`**${landing}`);
		const target = watched.page.locator(hash);
		await expect(target.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
		// Leaving / while it still loads may cut its own request short: that is the redirect, not a fault.
		const front = new URL('/', watched.page.url()).href;
		expect(watched.problems.filter((p) => p !== `request failed: ${front} (document: net::ERR_ABORTED)`)).toEqual([]);
		await watched.close();
	});

	it('/#fig-syria-refugees stays on the front page, where that card still is', async () => {
		const watched = await openPage(browser(), '/#fig-syria-refugees');
		expect(new URL(watched.page.url()).pathname).toBe('/');
		await expect(watched.page.locator('#fig-syria-refugees').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
		await watched.close();
	});

	it('without JavaScript, the front page still links every figure into the article’s page', async () => {
		const watched = await openPage(browser(), '/#s15-1', { javaScriptEnabled: false });
		const { page } = watched;
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.getByRole('link', { name: 'the article’s page' }).getAttribute('href')).resolves.toBe(ARTICLE_PAGE);
		const links = await page.locator('a[href*="#s"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThanOrEqual(3 * DISPLACEMENT.length + ON_TIMELINE.length);
		expect(links.every((href) => href?.startsWith(`${ARTICLE_PAGE}#s`))).toBe(true);
		expect(watched.problems).toEqual([]);
		await watched.close();
	});
});
