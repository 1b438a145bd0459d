// A page that arrives in parts, as on a slow connection: the browser draws what it has, and what
// comes next must not move it. The grids of key figures and of charts used to fit their columns to
// the cards present (`auto-fit`): the first card, alone, was drawn the width of the page, then
// shrank to a third when the others arrived, a layout shift of 0.026–0.061 at 1280 px that
// Lighthouse never sees, since it loads the page from this machine in one piece. Their columns now
// depend on the page's width alone (`auto-fill`, src/app.css). Likewise the controls that need the
// page's script, which comes last.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilDrawn } from '../../scripts/lib/drawn.js';
import { ARTICLE_PAGE } from '../helpers/article';
import { useBrowser } from './browser';

const browser = useBrowser();

/** Sends a built page up to the end of the nth `marker`, and the rest when `release` is called. */
let server: Server;
let origin = '';
let cut: { path: string; marker: string; nth: number } = { path: '/', marker: '', nth: 1 };
let release: () => void = () => {};

beforeAll(async () => {
	server = createServer((request, response) => {
		if (request.url !== cut.path) return void response.writeHead(404).end();
		const html = readFileSync(`build${cut.path}index.html`, 'utf8');
		let at = -1;
		for (let i = 0; i < cut.nth; i++) at = html.indexOf(cut.marker, at + 1);
		if (at < 0) throw new Error(`${cut.path} has fewer than ${cut.nth} of ${cut.marker}`);
		const end = at + cut.marker.length;
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.write(html.slice(0, end));
		release = () => response.end(html.slice(end));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * How many of `items` the first part held and the whole page holds, the box of the first `drawn`
 * once drawn with the first part and again with the whole page, and the layout shifts seen.
 */
async function arriving(path: string, marker: string, nth: number, items: string, drawn: string, width: number, height = 1400) {
	cut = { path, marker, nth };
	const context = await browser().newContext({ viewport: { width, height } });
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const seen: number[] = [];
			(window as unknown as { shifts: number[] }).shifts = seen;
			new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value))).observe({
				type: 'layout-shift',
				buffered: true
			});
		});
		await page.goto(origin + path, { waitUntil: 'commit' });
		const first = page.locator(drawn).first();
		await first.waitFor();
		// Two frames, so that the first part is drawn before the rest comes.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const partCount = await page.locator(items).count();
		const before = await first.boundingBox();
		release();
		await page.waitForLoadState('load');
		await waitUntilDrawn(page);
		const after = await first.boundingBox();
		const wholeCount = await page.locator(items).count();
		const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
		return { partCount, wholeCount, before, after, shifts };
	} finally {
		await context.close();
	}
}

describe('a page that arrives in parts', () => {
	describe.each(['/', ARTICLE_PAGE])('%s', (path) => {
		it.each([
			[1280, 1],
			[1280, 2],
			[800, 1]
		])('keeps its first key figure where it was drawn, at %i px, the first part ending after card %i', async (width, nth) => {
			const card = '#key-figures ~ .cards > article';
			const seen = await arriving(path, '</article>', nth, card, card, width);
			// The first part had fewer cards than the page: the case this is about.
			expect([seen.partCount, seen.wholeCount]).toEqual([nth, 3]);
			expect(seen.after).toEqual(seen.before);
			expect(seen.shifts).toEqual([]);
		});

		it.each([
			[1280, 1400],
			[412, 2400]
		])("keeps the first chart's Embed control where it was drawn, at %i × %i, the page's script coming last", async (width, height) => {
			// The chart's download buttons, which need the script, were shown by it: drawn late, they
			// pushed down everything below them. Now the page's CSS draws them where scripts run.
			const embed = '#charts ~ .charts > .chart-figure .embed';
			const seen = await arriving(path, '</footer>', 1, 'script[data-chart-export]', embed, width, height);
			expect([seen.partCount, seen.wholeCount]).toEqual([0, 1]);
			// The control's own box, not the page's shifts: once in CI the browser reported a shift of
			// 0.0000165 elsewhere while this box stood still, which ten runs here, idle or loaded, did
			// not show again. Shown late, the buttons moved this box 44 px.
			expect(seen.after).toEqual(seen.before);
		});

		it('keeps its first chart where it was drawn, at 1280 px, the first part ending after it', async () => {
			const seen = await arriving(path, '</figure>', 1, '#charts ~ .charts > .chart-figure', '#charts ~ .charts > .chart-figure figure', 1280);
			expect([seen.partCount, seen.wholeCount]).toEqual([1, 2]);
			expect(seen.after).toEqual(seen.before);
			expect(seen.shifts).toEqual([]);
		});
	});
});
