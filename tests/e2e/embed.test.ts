// A chart embedded in another site: the code of the article page's Embed control, pasted into a
// page served from another port (another origin), shows the chart in its frame; the pages that
// are not embeds refuse to be framed (scripts/serve.js sends build/_headers); the embed page
// passes axe-core in both colour schemes and runs no script.
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_LAYOUT, EMBED_WIDTH } from '$lib/pages/embed-page';
import { ARTICLE_ID, ARTICLE_PAGE } from '../helpers/article';
import { baseUrl, openPage, useBrowser } from './browser';
import { normalise } from './page-checks';

const browser = useBrowser();

const EMBED = `/embed/${ARTICLE_ID}-bars/`;
const TITLE = 'People displaced, by measure';
const HEIGHT = 556;

/** A site of its own: another port of 127.0.0.1, so another origin. It serves `html` at / and nothing else. */
let foreign: { server: Server; url: string; html: string };

beforeAll(async () => {
	const server = createServer((request, response) => {
		if (request.url !== '/') {
			response.writeHead(204).end();
			return;
		}
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(foreign.html);
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the foreign server has no port');
	foreign = { server, url: `http://127.0.0.1:${address.port}/`, html: '' };
});

afterAll(async () => {
	await new Promise((closed) => foreign?.server.close(closed));
});

/** A news article of another site with `code` pasted into it. */
const hostPage = (code: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Another site</title></head><body><main><h1>Another site’s article</h1><p>Its words, then the chart:</p>${code}<p>More words.</p></main></body></html>`;

/** Opens the foreign page, showing `code`, at `width`; records what goes wrong in it and its frames. */
async function openForeign(code: string, width = 1280) {
	foreign.html = hostPage(code);
	const context = await browser().newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	const messages: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
	});
	page.on('pageerror', (error) => messages.push(error.message));
	await page.goto(foreign.url, { waitUntil: 'networkidle' });
	return { page, messages, close: () => context.close() };
}

/** The code of the article page's first Embed control, as a reader copies it. */
async function embedCode(): Promise<string> {
	const { page, problems, close } = await openPage(browser(), ARTICLE_PAGE, { permissions: ['clipboard-read', 'clipboard-write'] });
	try {
		const control = page.locator('details.embed').first();
		await control.getByText('Embed', { exact: true }).click();
		await control.getByRole('button', { name: 'Copy' }).click();
		await control.getByRole('status').filter({ hasText: /^Copied\.$/u }).waitFor({ timeout: 5000 });
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		await expect(control.getByRole('textbox', { name: 'Embed code' }).inputValue()).resolves.toBe(copied);
		expect(problems).toEqual([]);
		return copied;
	} finally {
		await close();
	}
}

describe('the Embed control', () => {
	it('gives the <iframe> of the chart’s embed page, at this site’s address (the page script adds it), sized and titled', async () => {
		const origin = new URL(baseUrl()).origin;
		await expect(embedCode()).resolves.toBe(
			`<iframe src="${origin}${EMBED}" title="${TITLE}" width="100%" height="${HEIGHT}" style="border:0" loading="lazy"></iframe>`
		);
	});

	it('is reached by keyboard, and its code selected there to copy, without JavaScript', async () => {
		const { page, problems, close } = await openPage(browser(), ARTICLE_PAGE, { javaScriptEnabled: false });
		try {
			const control = page.locator('details.embed').first();
			await control.locator('summary').focus();
			await page.keyboard.press('Enter');
			await expect(control.evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(true);
			await page.keyboard.press('Tab');
			const code = control.getByRole('textbox', { name: 'Embed code' });
			await expect(code.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
			await page.keyboard.press('ControlOrMeta+A');
			const selected = await code.evaluate((area) => {
				const field = area as HTMLTextAreaElement;
				return field.value.slice(field.selectionStart, field.selectionEnd);
			});
			// Without a script the address stays site-relative: the build was given no SITE_ORIGIN.
			expect(selected).toBe(`<iframe src="${EMBED}" title="${TITLE}" width="100%" height="${HEIGHT}" style="border:0" loading="lazy"></iframe>`);
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the Embed controls, open', () => {
	it.each(['light', 'dark'] as const)('pass axe-core’s WCAG 2.2 A and AA rules in the %s colour scheme', async (colorScheme) => {
		const { page, problems, close } = await openPage(browser(), ARTICLE_PAGE, { colorScheme });
		try {
			for (const summary of await page.locator('details.embed summary').all()) await summary.click();
			await expect(page.locator('details.embed[open] textarea:visible').count()).resolves.toBe(2);
			const results = await axe(page, 'details.embed');
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the embed code pasted into a page of another site', () => {
	let code: string;
	beforeAll(async () => {
		code = await embedCode();
	});

	it.each([375, 1280])('shows the chart, its title, source line and link back, without a scrollbar, at %i px', async (width) => {
		const { page, messages, close } = await openForeign(code, width);
		try {
			const frame = page.frameLocator(`iframe[title="${TITLE}"]`);
			await expect(frame.locator('h1').textContent()).resolves.toBe(TITLE);
			const chart = frame.getByRole('img', { name: TITLE });
			await expect(chart.isVisible()).resolves.toBe(true);
			await expect(chart.evaluate((svg) => svg.tagName)).resolves.toBe('svg');
			await expect(chart.evaluate((svg) => svg.getBoundingClientRect().height)).resolves.toBeGreaterThan(100);
			expect(normalise((await frame.locator('figcaption').textContent()) ?? '')).toMatch(/^Source: The New Arab, 11 February 2020, quoting UN figures\. /u);
			const back = frame.getByRole('link', { name: 'Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020' });
			await expect(back.getAttribute('href')).resolves.toBe(`${ARTICLE_PAGE}#bars-heading`);
			// The frame is as tall as the code says, and its page fits it: no scrollbar either way.
			await expect(page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height)).resolves.toBe(HEIGHT);
			const fits = await frame.locator('html').evaluate((html) => ({
				vertical: html.scrollHeight <= html.clientHeight,
				horizontal: html.scrollWidth <= html.clientWidth
			}));
			expect(fits).toEqual({ vertical: true, horizontal: true });
			// The chart's links open the sentences on the article's page, outside the frame.
			const link = frame.getByRole('link', { name: /^Fled the offensive on Idlib: around 700,000/u });
			await expect(link.getAttribute('href')).resolves.toBe(`${ARTICLE_PAGE}#s11-1`);
			const opened = page.context().waitForEvent('page');
			await link.click();
			const sentence = await opened;
			await sentence.waitForLoadState();
			expect(sentence.url()).toBe(new URL(`${ARTICLE_PAGE}#s11-1`, baseUrl()).href);
			expect(messages).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is the only page of the site that another site may frame: the article’s page is refused', async () => {
		const { page, messages, close } = await openForeign(`<iframe src="${new URL(ARTICLE_PAGE, baseUrl()).href}" title="The article’s page"></iframe>`);
		try {
			const frame = page.frames().find((f) => f !== page.mainFrame());
			expect(frame?.url()).toMatch(/^chrome-error:/u);
			await expect(page.frameLocator('iframe').locator('svg.image').count()).resolves.toBe(0);
			expect(messages.filter((m) => m.includes("frame-ancestors 'none'"))).toHaveLength(1);
		} finally {
			await close();
		}
	});
});

describe('the headers the server sends', () => {
	const headers = async (path: string) => {
		const response = await fetch(new URL(path, baseUrl()));
		return { policy: response.headers.get('content-security-policy'), frameOptions: response.headers.get('x-frame-options') };
	};

	it.each(['/', '/index.html', ARTICLE_PAGE, '/workbench/'])('forbid framing %s to every site', async (path) => {
		await expect(headers(path)).resolves.toEqual({ policy: "frame-ancestors 'none'", frameOptions: 'DENY' });
	});

	it('let any site frame an embed page', async () => {
		await expect(headers(EMBED)).resolves.toEqual({ policy: null, frameOptions: null });
	});

	it('do not serve _headers itself', async () => {
		await expect(fetch(new URL('/_headers', baseUrl())).then((r) => r.status)).resolves.toBe(404);
		// Nor under an encoded name, which the file server decodes to the same file.
		await expect(fetch(new URL('/%5Fheaders', baseUrl())).then((r) => r.status)).resolves.toBe(404);
	});
});

const axe = (page: Page, include?: string) => {
	const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).options({ resultTypes: ['violations'] });
	return (include ? builder.include(include) : builder).analyze();
};

describe('the embed page', () => {

	it.each(['light', 'dark'] as const)('passes axe-core’s WCAG 2.2 A and AA rules in the %s colour scheme', async (colorScheme) => {
		const { page, problems, close } = await openPage(browser(), EMBED, { colorScheme });
		try {
			const results = await axe(page);
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});

	// Opened on its own, the page filled the window: at 1280 × 800 its chart labels were 35 px tall
	// beside a 17 px title. It is now drawn no larger than in the frame its code suggests.
	it.each([
		[1280, 800],
		[1920, 1080]
	])('draws its chart no larger than at the width its code suggests, in a window of %i × %i', async (width, height) => {
		const measure = async (viewport: { width: number; height: number }) => {
			const { page, problems, close } = await openPage(browser(), EMBED, { viewport });
			try {
				const drawn = await page.evaluate(() => ({
					chart: Math.round(document.querySelector('svg.image')!.getBoundingClientRect().width),
					label: Math.round(document.querySelector('svg.image text')!.getBoundingClientRect().height),
					widest: Math.max(...[...document.querySelectorAll('main > *')].map((e) => e.getBoundingClientRect().width))
				}));
				expect(problems).toEqual([]);
				return drawn;
			} finally {
				await close();
			}
		};
		const column = EMBED_WIDTH - 2 * EMBED_LAYOUT.padding;
		const suggested = await measure({ width: EMBED_WIDTH, height: HEIGHT });
		expect(suggested.chart).toBe(column);
		await expect(measure({ width, height })).resolves.toEqual({ ...suggested, widest: column });
	});

	it('runs no script and requests nothing but itself (and its icon)', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		try {
			await page.goto(new URL(EMBED, baseUrl()).href, { waitUntil: 'networkidle' });
			await expect(page.evaluate(() => document.scripts.length)).resolves.toBe(0);
			// Chromium asks for the icon on its own schedule: whether it has yet does not matter here.
			expect(requested.filter((path) => path !== '/favicon.svg')).toEqual([EMBED]);
		} finally {
			await context.close();
		}
	});
});
