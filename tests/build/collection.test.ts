// A collection of four articles (tests/fixtures/collection, written for the tests), built as
// `npm run build` builds the site, served on 127.0.0.1 and walked in Chromium: the front page
// leads with the latest figure of each kind across the articles and puts every figure on its
// timeline; each article has its own page, words, anchors, JSON-LD and share image; a reader
// goes from the front page to any sentence, by pointer or by keyboard alone. The fourth article
// has no figure yet: it is listed and has its page, flagged on both.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { serve } from '../../scripts/serve.js';
import { buildSite, type SiteBuild } from '../helpers/build';

const SUDAN = 'fixture-sudan-2024-05-02';
const LEBANON = 'fixture-lebanon-2024-10-10';
const RADIO = 'fixture-sudan-radio-2024-05-02';
const CHAD = 'fixture-chad-2024-06-20';
const ARTICLES = [SUDAN, LEBANON, RADIO, CHAD];
const FLAG = 'No figure of this article is in the data yet: its page shows its text only.';

let site: SiteBuild;
let server: { url: string; close: () => Promise<unknown> } | undefined;
let browser: Browser | undefined;
const html = (path: string) => readFileSync(join(site.dir, path, 'index.html'), 'utf8');
const headline = (page: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1];
const title = (page: string) => /<title>([^<]*)<\/title>/.exec(page)?.[1];
const jsonLd = (page: string) =>
	JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {
		name: string;
		creator: { name: string };
		isBasedOn: { headline: string }[];
		distribution: { contentUrl: string }[];
	};
const meta = (page: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(page)?.[1];

beforeAll(async () => {
	site = await buildSite('tests/fixtures/collection');
	if (site.code !== 0) throw new Error(`the fixture collection did not build:\n${site.output}`);
	server = await serve(0, '127.0.0.1', site.dir);
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	site?.remove();
});

describe('a build of four articles', () => {
	it('writes a front page, a page and a share image for each article, and every download', () => {
		for (const path of [
			'index.html',
			'og.png',
			...ARTICLES.flatMap((id) => [`articles/${id}/index.html`, `articles/${id}/og.png`, `data/articles/${id}.txt`]),
			'data/figures.csv',
			'data/datapackage.json'
		]) {
			expect(existsSync(join(site.dir, path)), path).toBe(true);
		}
		const png = (path: string) => readFileSync(join(site.dir, path));
		expect(png(`articles/${SUDAN}/og.png`).subarray(1, 4).toString()).toBe('PNG');
		expect(png(`articles/${SUDAN}/og.png`).equals(png(`articles/${LEBANON}/og.png`))).toBe(false);
		expect(png('og.png').equals(png(`articles/${SUDAN}/og.png`))).toBe(false);
		// The collection's files hold every article's rows.
		const csv = readFileSync(join(site.dir, 'data/figures.csv'), 'utf8');
		for (const id of [SUDAN, LEBANON, RADIO]) expect(csv).toContain(`,${id},`);
		expect(csv).not.toContain(`,${CHAD},`);
		expect(readFileSync(join(site.dir, 'data/sources.csv'), 'utf8')).toContain(`${CHAD},`);
	});

	it('titles the front page after the collection and describes every article in its JSON-LD', () => {
		const front = html('');
		// It offers the collection's files; each article's own are on its page, so the front page does not grow with them.
		const offered = jsonLd(front).distribution.map((d) => d.contentUrl);
		expect(offered).toContain('/data/figures.csv');
		expect(offered.filter((url) => url.startsWith('/data/articles/'))).toEqual([]);
		expect(front).not.toContain('href="/data/articles/');
		// An article's page distributes its own dataset: its figures, its text, and the package describing them.
		expect(jsonLd(html(`articles/${LEBANON}`)).distribution.map((d) => d.contentUrl)).toEqual([
			`/data/articles/${LEBANON}.txt`,
			`/data/articles/${LEBANON}.figures.csv`,
			'/data/datapackage.json'
		]);
		expect(headline(front)).toBe('Sudan and Lebanon’s displacement, in the articles’ own words');
		expect(title(front)).toBe('Sudan and Lebanon displacement figures, each linked to its sentence');
		expect(meta(front, 'og:image')).toBe('/og.png');
		expect(jsonLd(front).isBasedOn.map((a) => a.headline)).toEqual([
			'Fighting around El Fasher forces thousands more to flee',
			'Strikes push families north as shelters fill',
			'IOM: displacement inside Sudan passes 8.6 million',
			'Camps in eastern Chad brace for the rains'
		]);
	});

	it('gives each article its own words, figures and anchors, and no other article’s', () => {
		const sudan = html(`articles/${SUDAN}`);
		const lebanon = html(`articles/${LEBANON}`);
		expect(headline(lebanon)).toBe('Lebanon’s displacement, in the article’s own words');
		expect(title(lebanon)).toBe('Lebanon’s displacement, in the article’s own words: Test Daily, 10 October 2024');
		expect(lebanon).toContain('The numbers of people displaced in Lebanon, as reported by');
		expect(sudan).toContain('The numbers of people displaced by Sudan’s war, as reported by');
		expect(sudan).toContain('the flow counts the people who fled during one week of fighting.');
		expect(meta(lebanon, 'og:image')).toBe(`/articles/${LEBANON}/og.png`);
		// Each page anchors its own sentences; the articles all have an s5-1.
		expect(lebanon).toContain('<span id="s5-1"');
		expect(lebanon).toMatch(/href="#s5-1"/);
		expect(lebanon).toContain('href="#fig-lebanon-crossed"');
		expect(lebanon).not.toContain('fig-sudan-idps');
		expect(sudan).not.toContain('fig-lebanon-crossed');
		expect(lebanon).not.toContain('Fled El Fasher in a week');
		// It offers the collection's files with its own text, and one link to the front page.
		expect(lebanon).toContain(`href="/data/articles/${LEBANON}.txt"`);
		expect(lebanon).not.toContain(`href="/data/articles/${SUDAN}.txt"`);
		expect(lebanon).toMatch(/<a href="\/"[^>]*>Sudan and Lebanon displacement figures: all 4 articles<\/a>/);
		expect(lebanon).not.toContain(`href="/articles/${SUDAN}/"`);
	});

	it('lists an article with no figure yet and flags it, on the front page and on its own page', () => {
		const item = /<li>(?:(?!<\/li>).)*fixture-chad-2024-06-20(?:(?!<\/li>).)*<\/li>/s.exec(html(''))?.[0] ?? '';
		expect(item).toContain('>Camps in eastern Chad brace for the rains</a>');
		expect(item).toContain('· no figures');
		expect(item).toContain(`<span class="flag">${FLAG}</span>`);
		const chad = html(`articles/${CHAD}`);
		expect(headline(chad)).toBe('The article, in its own words');
		expect(chad).toContain(`<p class="flag">${FLAG}</p>`);
		expect(chad).toContain('Some 600,000 people have arrived from Sudan since the war began, the government said.');
		expect(chad).not.toContain('<table');
		expect(chad).not.toMatch(/class="mark[ "]/);
		// Only the front page lists it: no other article's page grows with it.
		expect(html(`articles/${SUDAN}`)).not.toContain(FLAG);
	});

	it('describes each article’s own figures in its JSON-LD, credited to the collection', () => {
		const ld = jsonLd(html(`articles/${LEBANON}`));
		expect(ld.isBasedOn.map((a) => a.headline)).toEqual(['Strikes push families north as shelters fill']);
		expect(ld.name).toBe('Lebanon: displacement and other figures as reported by Test Daily on 10 October 2024');
		expect(ld.creator.name).toBe('Sudan and Lebanon displacement figures dashboard');
	});
});

// Several page loads a test: more than the build project's default 5 s on a busy machine.
describe('walking the collection in Chromium', { timeout: 60_000 }, () => {
	let page: Page;
	const problems: string[] = [];
	beforeAll(async () => {
		const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
	});
	afterAll(() => page?.context().close());
	const front = () => page.goto(server!.url, { waitUntil: 'networkidle' });
	const isTarget = (selector: string) => page.locator(selector).evaluate((element) => element.matches(':target'));

	it('goes from a latest figure on the front page to its sentence on its article’s page', async () => {
		await front();
		await expect(page.locator('article.card').evaluateAll((cards) => cards.map((c) => c.id))).resolves.toEqual([
			'fig-lebanon-crossed',
			'fig-sudan-idps',
			'fig-lebanon-displaced'
		]);
		await page.locator('article#fig-sudan-idps a.to-sentence').click();
		await page.waitForURL(`**/articles/${SUDAN}/#s5-1`);
		await expect(isTarget('span.sentence#s5-1')).resolves.toBe(true);
		await expect(page.locator('span.sentence#s5-1').textContent()).resolves.toContain('More than 8 million people have been displaced inside Sudan');
	});

	it('goes from a timeline mark to its sentence, the two same-day counts side by side', async () => {
		await front();
		const links = page.locator('figure[aria-labelledby="timeline-heading"] svg.links a');
		await expect(links.count()).resolves.toBe(7);
		const un = links.and(page.locator('[data-fig="sudan-idps"]'));
		const iom = links.and(page.locator('[data-fig="radio-sudan-idps"]'));
		const [a, b] = await Promise.all([un.boundingBox(), iom.boundingBox()]);
		// Side by side, not on top of each other.
		expect(Math.abs(b!.x - a!.x)).toBeGreaterThan(5);
		await iom.click();
		await page.waitForURL(`**/articles/${RADIO}/#s3-1`);
		await expect(isTarget('span.sentence#s3-1')).resolves.toBe(true);
	});

	it('goes from the list of articles to each article’s page', async () => {
		for (const [i, id] of ARTICLES.entries()) {
			await front();
			await page.locator('.article-list a').nth(i).click();
			await page.waitForURL(`**/articles/${id}/`);
			await expect(page.locator('h1').count()).resolves.toBe(1);
		}
		await expect(page.locator('p.flag').textContent()).resolves.toBe(FLAG);
	});

	it('does all of it by keyboard alone: Tab to the list, Enter to the page, Tab to a figure, Enter to its sentence', async () => {
		await front();
		await page.mouse.move(1, 1);
		const tabTo = async (matches: (href: string) => boolean, most = 200) => {
			for (let press = 0; press < most; press++) {
				await page.keyboard.press('Tab');
				const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
				if (matches(href)) return href;
			}
			throw new Error('Tab never reached the link');
		};
		await tabTo((href) => href === `/articles/${RADIO}/`);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/articles/${RADIO}/`);
		const href = await tabTo((href) => href === '#s3-1');
		expect(href).toBe('#s3-1');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/articles/${RADIO}/#s3-1`);
		await expect(isTarget('span.sentence#s3-1')).resolves.toBe(true);
		expect(problems).toEqual([]);
	});
});
