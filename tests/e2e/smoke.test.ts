import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('the dashboard in Chromium', () => {
	it.each([
		['/', 'Syria displacement figures, each linked to its sentence'],
		[ARTICLE_PAGE, 'Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020']
	])('loads %s with no console error, failed request or CSP violation', async (path, title) => {
		const { page, problems, close } = await openPage(browser(), path);
		await expect(page.title()).resolves.toBe(title);
		expect(problems).toEqual([]);
		await close();
	});
});
