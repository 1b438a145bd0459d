// The words of `/`, recorded before issue 9 moved every word of the page into its model: the
// page must read exactly as it did (head, JSON-LD and body text), so a change of code cannot
// change content unnoticed. tests/fixtures/pages/home.txt was written from the build before that
// change; it is edited by hand only where an issue changes the page on purpose, each in its commit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { ARTICLE_ID } from '../helpers/article';
import { renderedText } from './page-text';

const browser = useBrowser();

describe('the rendered text of /', () => {
	it('is word for word what it was before the page spoke through its model', async () => {
		const { page, problems, close } = await openPage(browser());
		expect(await renderedText(page)).toBe(readFileSync('tests/fixtures/pages/home.txt', 'utf8'));
		expect(problems).toEqual([]);
		await close();
	});
});

describe('the article’s own page', () => {
	it('reads as / does, but for the title and share image that name it', async () => {
		const home = readFileSync('tests/fixtures/pages/home.txt', 'utf8');
		const { page, problems, close } = await openPage(browser(), `/articles/${ARTICLE_ID}/`);
		const own = await renderedText(page);
		const title = 'Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020';
		expect(own).toBe(
			home
				.replace('og:title: Syria displacement figures, each linked to its sentence', `og:title: ${title}`)
				.replace('title: Syria displacement figures, each linked to its sentence', `title: ${title}`)
				.replace('og:image: /og.png', `og:image: /articles/${ARTICLE_ID}/og.png`)
		);
		expect(own).not.toBe(home);
		expect(problems).toEqual([]);
		await close();
	});

	it('links a figure to its sentence on the same page', async () => {
		const { page, problems, close } = await openPage(browser(), `/articles/${ARTICLE_ID}/`);
		await page.locator('article#fig-syria-refugees a.to-sentence').click();
		expect(page.url()).toMatch(new RegExp(`/articles/${ARTICLE_ID}/#s15-1$`));
		await expect(page.locator('span.sentence#s15-1').evaluate((e) => e.matches(':target'))).resolves.toBe(true);
		expect(problems).toEqual([]);
		await close();
	});
});
