// `npm run build` is the release build (Vite mode "release"): it refuses to go without SITE_ORIGIN,
// saying how to set it, and with it every address a crawler or a share preview reads is absolute,
// and the Dataset metadata is complete (src/lib/server/site.ts, src/lib/export/json-ld.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_ID } from '../helpers/article';
import { buildSite, type SiteBuild } from '../helpers/build';

const ORIGIN = 'https://displacement.example.org';
const RELEASE = ['--mode', 'release'];

describe('a release build without SITE_ORIGIN', { timeout: 120_000 }, () => {
	it('fails before writing anything, saying what to set and how, and that npm start needs none', async () => {
		const build = await buildSite('data', { SITE_ORIGIN: '' }, RELEASE);
		const written = readdirSync(build.dir);
		build.remove();
		expect(written).toEqual([]);
		expect(build.code).toBe(1);
		expect(build.output).toContain(
			'SITE_ORIGIN is not set: a release build needs the address the site will be served from, for its canonical links, og:url, share images and the Dataset metadata search engines read. Set it, e.g. `SITE_ORIGIN=https://displacement.example.org npm run build`; to build and serve on this machine, `npm start` needs none.'
		);
		expect(build.output).toContain('Nothing was built.');
		expect(build.output).not.toMatch(/\n\s+at /u);
	});

	it('fails on an origin that is not one', async () => {
		const build = await buildSite('data', { SITE_ORIGIN: 'displacement.example.org' }, RELEASE);
		build.remove();
		expect(build.code).toBe(1);
		expect(build.output).toContain('SITE_ORIGIN must be an http(s) origin such as https://example.org, not "displacement.example.org"');
	});
});

describe('a release build with SITE_ORIGIN', { timeout: 240_000 }, () => {
	let build: SiteBuild;
	const page = (path: string) => readFileSync(join(build.dir, path, 'index.html'), 'utf8');
	const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)![1]!);
	const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`, 'u').exec(html)?.[1];
	const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/u.exec(html)?.[1];
	// What git says of data/, read here the way a person would check it: first and latest commit.
	const dates = execFileSync('git', ['log', '--format=%cs', '--', 'data'], { encoding: 'utf8' }).trim().split('\n');

	beforeAll(async () => {
		// Given with a trailing slash, as people write addresses: it is the same origin.
		build = await buildSite('data', { SITE_ORIGIN: `${ORIGIN}/` }, RELEASE);
		if (build.code !== 0) throw new Error(build.output);
	}, 240_000);
	afterAll(() => build?.remove());

	it('gives each page its absolute address as canonical link and og:url, and an absolute share image', () => {
		const article = page(`articles/${ARTICLE_ID}`);
		expect([canonical(article), meta(article, 'og:url'), meta(article, 'og:image')]).toEqual([
			`${ORIGIN}/articles/${ARTICLE_ID}/`,
			`${ORIGIN}/articles/${ARTICLE_ID}/`,
			`${ORIGIN}/articles/${ARTICLE_ID}/og.png`
		]);
		const front = page('');
		expect([canonical(front), meta(front, 'og:url'), meta(front, 'og:image')]).toEqual([`${ORIGIN}/`, `${ORIGIN}/`, `${ORIGIN}/og.png`]);
	});

	it('describes the article’s dataset completely, every address absolute', () => {
		const ld = jsonLd(page(`articles/${ARTICLE_ID}`));
		expect(ld).toMatchObject({
			'@type': 'Dataset',
			url: `${ORIGIN}/articles/${ARTICLE_ID}/`,
			identifier: `${ORIGIN}/articles/${ARTICLE_ID}/`,
			citation: [
				"The New Arab, “WATCH: Iran-backed militia fighter scrawls Qasem Soleimani's name on missile 'bound for Aleppo'”, 11 February 2020. https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile"
			],
			keywords: ['displacement', 'refugees', 'internally displaced people', 'newly displaced people', 'fighters', 'casualties', 'Syria'],
			datePublished: dates.at(-1),
			dateModified: dates[0],
			version: dates[0],
			creator: { '@type': 'Organization', url: `${ORIGIN}/` },
			publisher: { '@type': 'Organization', url: `${ORIGIN}/` },
			license: 'https://creativecommons.org/licenses/by/4.0/',
			temporalCoverage: '2020-02-11'
		});
		expect(ld.isBasedOn).toHaveLength(1);
		expect(ld.spatialCoverage.map((p: { name: string }) => p.name)).toEqual(['Syria']);
		expect(ld.variableMeasured.length).toBeGreaterThan(0);
		expect(ld.distribution.length).toBeGreaterThan(0);
		for (const d of ld.distribution) expect(d.contentUrl).toMatch(new RegExp(`^${ORIGIN}/data/`, 'u'));
	});

	it('dates the data by its first and latest commit', () => {
		for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(dates.at(-1)! <= dates[0]!).toBe(true);
	});

	it('writes no site-relative address where a crawler needs an absolute one, on any page', () => {
		const pages = readdirSync(join(build.dir, 'articles')).map((id) => `articles/${id}`);
		for (const path of ['', ...pages]) {
			const html = page(path);
			expect(canonical(html), path).toMatch(new RegExp(`^${ORIGIN}/`, 'u'));
			expect(meta(html, 'og:image'), path).toMatch(new RegExp(`^${ORIGIN}/`, 'u'));
			expect(jsonLd(html).url, path).toMatch(new RegExp(`^${ORIGIN}/`, 'u'));
		}
	});
});
