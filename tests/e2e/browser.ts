// One Chromium per test file; pages that record console errors, failed requests and CSP
// violations so any test can assert there were none.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { ARTICLE_PAGE } from '../helpers/article';

export const baseUrl = () => inject('baseUrl');

export interface WatchedPage {
	page: Page;
	/** Console errors, page errors and failed requests seen so far. */
	problems: string[];
	close: () => Promise<void>;
}

export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('the browser is not running');
		return browser;
	};
}

/** Opens `path`, the article's own page unless told otherwise: most tests are about it. */
export async function openPage(
	browser: Browser,
	path = ARTICLE_PAGE,
	options: BrowserContextOptions = {},
	/** Script run in the page before its own, e.g. to make an API slow. */
	initScript?: string
): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	if (initScript) await context.addInitScript(initScript);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.resourceType()}: ${request.failure()?.errorText ?? 'unknown'})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
	return { page, problems, close: () => context.close() };
}
