// A page is a document: it requests no script until a reader uses something that needs one,
// and its Content Security Policy allows exactly what it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser, type WatchedPage } from './browser';
import { litViews } from './page-checks';

const browser = useBrowser();

describe.each(['/', '/articles/newarab-2020-02-11/'])('the page %s', (path) => {
	let watched: WatchedPage;
	let requests: string[];
	beforeAll(async () => {
		watched = await openPage(browser(), path, { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
		// The icon may load after the page: recorded from then on, a busy machine would count it as the reader's doing.
		await watched.page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/favicon.svg')));
		requests = [];
		// Requests to the site: the PNG is drawn from a blob: URL in the page, which is no request to it.
		watched.page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'blob:') requests.push(`${request.resourceType()} ${url.pathname}`);
		});
	});
	afterAll(() => watched.close());

	it('loads with no script request and no framework: only the page and its icon', async () => {
		const loaded = await watched.page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
		);
		expect(loaded).toEqual(['/favicon.svg']);
		await expect(watched.page.locator('script[src], link[rel="modulepreload"], link[rel="stylesheet"]').count()).resolves.toBe(0);
		await expect(watched.page.locator('body [data-sveltekit-hydrate], #svelte-announcer').count()).resolves.toBe(0);
	});

	it('lights up a figure on hover and copies a citation without requesting anything', async () => {
		const { page } = watched;
		// A figure's link on the bar chart: on the front page too, which has no article text.
		await page.locator('figure[aria-labelledby="bars-heading"] svg.links a').first().hover();
		await expect(litViews(page, 'card')).resolves.toEqual(['fig-syria-refugees']);
		const card = page.locator('#fig-syria-refugees');
		await card.getByText('Cite', { exact: true }).click();
		await card.getByRole('button', { name: 'Copy citation' }).click();
		await card.getByRole('status').filter({ hasText: /^Copied\.$/u }).waitFor({ timeout: 5000 });
		expect(requests).toEqual([]);
	});

	it('loads the chart-export module on the first chart download, once', async () => {
		const { page, problems } = watched;
		for (const name of ['Download SVG', 'Download PNG', 'Download SVG']) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
			expect(download.suggestedFilename()).toMatch(/^displacement-bars\.(svg|png)$/u);
		}
		expect(requests).toEqual([expect.stringMatching(/^script \/scripts\/chart-export\.[0-9a-f]{10}\.js$/u)]);
		expect(problems).toEqual([]);
	});

	it('carries a policy that allows no inline code but its own, and nothing from elsewhere', async () => {
		const policy = await watched.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[\w+/=]+'; style-src 'self'( 'sha256-[\w+/=]+'){2};/u);
		expect(policy).not.toContain('unsafe');
		expect(watched.problems).toEqual([]);
	});
});
