// The words of the pages, recorded: the article's page (tests/fixtures/pages/article.txt, which
// was the text of / before the front page became the collection's) and the front page
// (tests/fixtures/pages/front.txt), head, JSON-LD and body text, so a change of code cannot
// change content unnoticed. A fixture is rewritten only where an issue changes a page on
// purpose, in the same commit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { ARTICLE_ID, ARTICLE_PAGE } from '../helpers/article';
import { renderedText } from './page-text';

const browser = useBrowser();

describe.each([
	[ARTICLE_PAGE, 'tests/fixtures/pages/article.txt'],
	['/', 'tests/fixtures/pages/front.txt']
])('the rendered text of %s', (path, fixture) => {
	it(`is word for word ${fixture}`, async () => {
		const { page, problems, close } = await openPage(browser(), path);
		expect(await renderedText(page)).toBe(readFileSync(fixture, 'utf8'));
		expect(problems).toEqual([]);
		await close();
	});
});

describe('the article’s own page', () => {
	it('links a figure to its sentence on the same page', async () => {
		const { page, problems, close } = await openPage(browser(), `/articles/${ARTICLE_ID}/`);
		await page.locator('article#fig-syria-refugees a.to-sentence').click();
		expect(page.url()).toMatch(new RegExp(`/articles/${ARTICLE_ID}/#s15-1$`));
		await expect(page.locator('span.sentence#s15-1').evaluate((e) => e.matches(':target'))).resolves.toBe(true);
		expect(problems).toEqual([]);
		await close();
	});
});
