// Issue 4 in the browser: chart images, citations, the share card and the JSON-LD, print.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();
const SOURCE_LINE = 'Source: The New Arab, 11 February 2020, quoting UN figures.';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('chart images', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser(), ARTICLE_PAGE, { acceptDownloads: true });
	});
	afterAll(() => watched.close());

	it('draws axis labels smaller and muted, under the charts’ shared text defaults', async () => {
		const tick = await watched.page.locator('svg.image .tick').first().evaluate((t) => {
			const style = getComputedStyle(t);
			return [style.fontSize, style.fill, style.textAnchor];
		});
		expect(tick).toEqual(['11px', 'rgb(79, 85, 97)', 'start']);
	});

	const ARTICLE_NOTE = /^Figures as reported on 11 February 2020 · http:\/\/127\.0\.0\.1:\d+\/articles\/newarab-2020-02-11\/$/;
	it.each([
		{ i: 0, name: 'displacement-bars', title: 'People displaced, by measure', source: SOURCE_LINE, note: ARTICLE_NOTE, mark: /<rect class="body[^"]*"[^>]* fill="rgb\(0, 114, 178\)"/ },
		{ i: 1, name: 'displacement-units', title: 'One square for every 100,000 people', source: SOURCE_LINE, note: ARTICLE_NOTE, mark: /<path class="square[^"]*"[^>]* fill="rgb\(0, 114, 178\)"/ },
		{
			i: 2,
			name: 'official-counts',
			title: 'Refugees and internally displaced people, Syria, 2011–2025: official counts and the article’s figures',
			source:
				'Sources: UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0); © IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0); the article’s figures: The New Arab, 11 February 2020, quoting UN figures.',
			note: /^Year-end counts, 2011–2025; the article’s figures as reported on 11 February 2020 · http:\/\/127\.0\.0\.1:\d+\/articles\/newarab-2020-02-11\/$/u,
			// The line keeps its colour and the markers that draw its year-end points.
			mark: /<path class="line"[^>]* stroke="rgb\(0, 114, 178\)"[^>]* marker-start="url\(#timeline-point-0\)" marker-mid="url\(#timeline-point-0\)" marker-end="url\(#timeline-point-0\)"/
		}
	])('chart $i downloads as an SVG that parses and says its title, source and date', async ({ i, name, title, source, note, mark }) => {
		const { page, problems } = watched;
		const svg = await download(page, page.getByRole('button', { name: 'Download SVG' }).nth(i));
		expect(svg.name).toBe(`${name}.svg`);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				width: doc.documentElement.getAttribute('width'),
				height: doc.documentElement.getAttribute('height'),
				// The frame's own lines, outside the chart's nested <svg>.
				frame: [...doc.documentElement.children].filter((node) => node.localName === 'text').map((t) => t.textContent)
			};
		}, svg.bytes.toString('utf8'));
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		// Title, source and note, each as long as the image is wide allows: read them joined up again.
		const frame = parsed.frame.join(' ');
		expect(frame.startsWith(`${title} `)).toBe(true);
		const [, rest = ''] = frame.split(`${title} `);
		const noteStart = rest.search(/(Figures as reported|Year-end counts)/u);
		expect(rest.slice(0, noteStart).trim()).toEqual(source);
		expect(rest.slice(noteStart)).toMatch(note);
		// The marks come with their colours: the page's stylesheet does not travel with the file.
		expect(svg.bytes.toString('utf8')).toMatch(mark);

		const png = await download(page, page.getByRole('button', { name: 'Download PNG' }).nth(i));
		expect(png.name).toBe(`${name}.png`);
		expect(pngSize(png.bytes)).toEqual({ width: 2 * Number(parsed.width), height: 2 * Number(parsed.height) });
		expect(Number(parsed.width)).toBe(432);
		expect(problems).toEqual([]);
	});
});

describe('a chart image whose lines are longer than the chart', () => {
	it('wraps them to its width: the note with the article page’s address breaks before the address', async () => {
		const { page, problems, close } = await openPage(browser(), '/articles/newarab-2020-02-11/', { acceptDownloads: true });
		const svg = await download(page, page.getByRole('button', { name: 'Download SVG' }).first());
		const lines = await page.evaluate((text) => {
			const holder = document.createElement('div');
			holder.innerHTML = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.outerHTML;
			document.body.append(holder);
			const root = holder.querySelector('svg')!;
			const width = Number(root.getAttribute('width'));
			// The chart's own texts are inside its nested <svg>; the frame's are the root's children.
			const frame = [...root.children].filter((node): node is SVGTextElement => node.localName === 'text');
			const result = frame.map((t) => ({ text: t.textContent, right: t.getBBox().x + t.getBBox().width, width }));
			holder.remove();
			return result;
		}, svg.bytes.toString('utf8'));
		expect(lines.map((l) => l.text)).toEqual([
			'People displaced, by measure',
			SOURCE_LINE,
			'Figures as reported on 11 February 2020 ·',
			expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/articles\/newarab-2020-02-11\/$/)
		]);
		for (const line of lines) expect(line.right, line.text ?? '').toBeLessThanOrEqual(line.width - 16);
		expect(problems).toEqual([]);
		await close();
	});
});

describe('citations', () => {
	const citation =
		'UN, as reported by The New Arab, “WATCH: Iran-backed militia fighter scrawls Qasem Soleimani\'s name on missile \'bound for Aleppo\'”, 11 February 2020: “around 700,000 Syrians flee a regime offensive in nearby Idlib”. https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile';

	it('"Cite" shows a ready citation and copies it to the clipboard', async () => {
		// The clipboard answers late, as it can on a busy machine: the page must still say "Copied."
		// once the copy is done.
		const slowClipboard = `{
			const write = navigator.clipboard.writeText.bind(navigator.clipboard);
			navigator.clipboard.writeText = (text) => new Promise((done) => setTimeout(done, 300)).then(() => write(text));
		}`;
		const { page, problems, close } = await openPage(
			browser(),
			'/',
			{ permissions: ['clipboard-read', 'clipboard-write'] },
			slowClipboard
		);
		const card = page.locator('#fig-idlib-offensive-displaced');
		await card.getByText('Cite', { exact: true }).click();
		await expect(card.locator('.citation').textContent()).resolves.toBe(citation);
		await card.getByRole('button', { name: 'Copy citation' }).click();
		// Copying is asynchronous (the Clipboard API returns a promise): wait for the message,
		// as a reader would, instead of reading the status the instant after the click.
		const status = card.getByRole('status');
		await status.filter({ hasText: /^Copied\.$/ }).waitFor({ timeout: 5000 });
		await expect(status.textContent()).resolves.toBe('Copied.');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citation);
		expect(problems).toEqual([]);
		await close();
	});

	it('without JavaScript the citation is on the page, with a permalink', async () => {
		const { page, close } = await openPage(browser(), ARTICLE_PAGE, { javaScriptEnabled: false });
		const card = page.locator('#fig-idlib-offensive-displaced');
		await card.getByText('Cite', { exact: true }).click();
		await expect(card.locator('.citation').isVisible()).resolves.toBe(true);
		await expect(card.locator('.citation').textContent()).resolves.toBe(citation);
		await expect(card.getByRole('button', { name: 'Copy citation' }).count()).resolves.toBe(0);
		await card.getByRole('link', { name: 'Link to this figure' }).click();
		expect(new URL(page.url()).hash).toBe('#fig-idlib-offensive-displaced');
		await close();
	});

	it('"Open in original article" is a text fragment link to the publisher', async () => {
		const { page, close } = await openPage(browser());
		const href = await page.locator('#fig-syria-refugees').getByRole('link', { name: /Open in original article/ }).getAttribute('href');
		expect(href).toBe(
			'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile#:~:text=the%20world%2C%20with-,at%20least%205.5%20million%20people%20fleeing%20the%20country,-and%20more%20than'
		);
		await close();
	});
});

describe('the page head and the data section', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser());
	});
	afterAll(() => watched.close());

	it('has a description, Open Graph tags and a 1200×630 share image', async () => {
		const { page } = watched;
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		await expect(meta('meta[name="description"]')).resolves.toBe(
			'The displacement figures reported by The New Arab on 11 February 2020 as charts, each number linked to the exact sentence it comes from, with the data to download.'
		);
		await expect(meta('meta[property="og:title"]')).resolves.toBe('Syria’s displacement, in the article’s own words: The New Arab, 11 February 2020');
		await expect(meta('meta[property="og:image"]')).resolves.toBe('/articles/newarab-2020-02-11/og.png');
		const image = await page.request.get(new URL('/articles/newarab-2020-02-11/og.png', page.url()).href);
		expect(image.headers()['content-type']).toBe('image/png');
		expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
	});

	it('describes the dataset in schema.org JSON-LD, each distribution served', async () => {
		const { page } = watched;
		const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(scripts).toHaveLength(1);
		const ld = JSON.parse(scripts[0]!);
		expect([ld['@type'], ld.isBasedOn[0].publisher.name, ld.spatialCoverage[0].name]).toEqual(['Dataset', 'The New Arab', 'Syria']);
		const urls: string[] = ld.distribution.map((d: { contentUrl: string }) => d.contentUrl);
		// The article's own dataset: its text, its figures, and the package that describes them.
		expect(urls).toEqual(['/data/articles/newarab-2020-02-11.txt', '/data/articles/newarab-2020-02-11.figures.csv', '/data/datapackage.json']);
		for (const url of urls) {
			const response = await page.request.get(new URL(url, page.url()).href);
			expect(response.status(), url).toBe(200);
		}
	});

	it('lists every download with its size, each link served', async () => {
		const { page, problems } = watched;
		const items = page.locator('.files li');
		await expect(items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
			'/data/figures.csv',
			'/data/figures.hxl.csv',
			'/data/figures.excel.csv',
			'/data/figures.json',
			'/data/sources.csv',
			'/data/articles/newarab-2020-02-11.txt',
			'/data/articles/newarab-2020-02-11.figures.csv',
			'/data/official.csv',
			'/data/comparisons.csv',
			'/data/official/unhcr-population-syria.csv',
			'/data/official/idmc-idps-syria.csv',
			'/data/official/datasets.csv',
			'/data/datapackage.json'
		]);
		for (const item of await items.all()) {
			const link = item.locator('a');
			const href = (await link.getAttribute('href'))!;
			const response = await page.request.get(new URL(href, page.url()).href);
			const size = (await response.body()).length;
			const listed = (await item.locator('.size').textContent())!;
			expect(listed, href).toBe(size < 1024 ? `${size} bytes` : `${(size / 1024).toFixed(1)} KB`);
			await expect(link.getAttribute('download')).resolves.toBe(href.split('/').at(-1));
		}
		expect(problems).toEqual([]);
	});
});

describe('print', () => {
	it('prints black on white, without buttons, with the source addresses written out', async () => {
		const { page, close } = await openPage(browser(), ARTICLE_PAGE, { colorScheme: 'dark' });
		await page.emulateMedia({ media: 'print' });
		const style = await page.evaluate(() => {
			const body = getComputedStyle(document.body);
			const external = document.querySelector('footer a[href^="http"]')!;
			return {
				background: getComputedStyle(document.documentElement).backgroundColor,
				color: body.color,
				after: getComputedStyle(external, '::after').content,
				buttons: [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null).length,
				bar: getComputedStyle(document.querySelector('.bar.stock .body')!).fill
			};
		});
		expect(style).toEqual({
			background: 'rgb(255, 255, 255)',
			color: 'rgb(0, 0, 0)',
			after: '" (https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile)"',
			buttons: 0,
			bar: 'rgb(0, 0, 0)'
		});
		await close();
	});
});
