// A collection of two articles (tests/fixtures/two-articles, written for the tests) builds a page
// for each at /articles/<id>/, with its own words, figures, sentence anchors, JSON-LD and share
// image, while / shows the first article of sources.csv. A real `vite build`, as `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../helpers/build';

const SUDAN = 'fixture-sudan-2024-05-02';
const LEBANON = 'fixture-lebanon-2024-10-10';

let site: SiteBuild;
const html = (path: string) => readFileSync(join(site.dir, path, 'index.html'), 'utf8');
const headline = (page: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1];
const title = (page: string) => /<title>([^<]*)<\/title>/.exec(page)?.[1];
const jsonLd = (page: string) =>
	JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {
		name: string;
		creator: { name: string };
		isBasedOn: { headline: string }[];
	};
const meta = (page: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(page)?.[1];

beforeAll(async () => {
	site = await buildSite('tests/fixtures/two-articles');
	if (site.code !== 0) throw new Error(`the fixture collection did not build:\n${site.output}`);
}, 120_000);

afterAll(() => site?.remove());

describe('a build of two articles', () => {
	it('writes a page and a share image for each article, and every download', () => {
		for (const path of [
			'index.html',
			'og.png',
			`articles/${SUDAN}/index.html`,
			`articles/${SUDAN}/og.png`,
			`articles/${LEBANON}/index.html`,
			`articles/${LEBANON}/og.png`,
			`data/articles/${SUDAN}.txt`,
			`data/articles/${LEBANON}.txt`,
			'data/figures.csv',
			'data/datapackage.json'
		]) {
			expect(existsSync(join(site.dir, path)), path).toBe(true);
		}
		const png = (path: string) => readFileSync(join(site.dir, path));
		expect(png(`articles/${SUDAN}/og.png`).subarray(1, 4).toString()).toBe('PNG');
		expect(png(`articles/${SUDAN}/og.png`).equals(png(`articles/${LEBANON}/og.png`))).toBe(false);
		expect(png('og.png').equals(png(`articles/${SUDAN}/og.png`))).toBe(true);
	});

	it('shows the first article of sources.csv at /, titled after the whole collection', () => {
		const front = html('');
		expect(headline(front)).toBe('Sudan’s displacement, in the article’s own words');
		expect(title(front)).toBe('Sudan and Lebanon displacement figures, each linked to its sentence');
		expect(meta(front, 'og:image')).toBe('/og.png');
		expect(jsonLd(front).isBasedOn.map((a) => a.headline)).toEqual([
			'Fighting around El Fasher forces thousands more to flee',
			'Strikes push families north as shelters fill'
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
		// Each page anchors its own sentences; both articles have an s5-1.
		expect(lebanon).toContain('<span id="s5-1"');
		expect(lebanon).toMatch(/href="#s5-1"/);
		expect(lebanon).toContain('href="#fig-lebanon-crossed"');
		expect(lebanon).not.toContain('fig-sudan-idps');
		expect(sudan).not.toContain('fig-lebanon-crossed');
		expect(lebanon).not.toContain('Fled El Fasher in a week');
		// It offers the collection's files with its own text, and links to the other article's page.
		expect(lebanon).toContain(`href="/data/articles/${LEBANON}.txt"`);
		expect(lebanon).not.toContain(`href="/data/articles/${SUDAN}.txt"`);
		expect(lebanon).toContain(`<a href="/articles/${SUDAN}/">“Fighting around El Fasher forces thousands more to flee”, Test Wire, 2 May 2024</a>`);
		expect(html('')).toContain(`<a href="/articles/${LEBANON}/">“Strikes push families north as shelters fill”, Test Daily, 10 October 2024</a>`);
	});

	it('describes each article’s own figures in its JSON-LD, credited to the collection', () => {
		const ld = jsonLd(html(`articles/${LEBANON}`));
		expect(ld.isBasedOn.map((a) => a.headline)).toEqual(['Strikes push families north as shelters fill']);
		expect(ld.name).toBe('Lebanon: displacement and other figures as reported by Test Daily on 10 October 2024');
		expect(ld.creator.name).toBe('Sudan and Lebanon displacement figures dashboard');
	});
});
