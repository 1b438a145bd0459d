/**
 * Where the built site will be served, and when its data was released: the settings that make a
 * page's links and its dataset's metadata absolute and dated, as search engines and share
 * previews require.
 */
import { execFileSync } from 'node:child_process';
import type { Release } from '../export/json-ld';

/**
 * SITE_ORIGIN (e.g. https://example.org), checked; "" when it is not set, and the pages then
 * use site-relative URLs, which browsers resolve but crawlers may not. A release build refuses
 * to go without it (releaseProblem).
 */
export function siteOrigin(value: string | undefined = process.env.SITE_ORIGIN): string {
	if (!value) return '';
	const url = URL.canParse(value) ? new URL(value) : null;
	if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_ORIGIN must be an http(s) origin such as https://example.org, not ${JSON.stringify(value)}`);
	}
	return url.origin;
}

/** The Vite mode of `npm run build`, the build one deploys (`npm start` and the tests build locally). */
export const RELEASE_MODE = 'release';

/** Why a release build cannot go ahead with this SITE_ORIGIN (none, or not an origin), or null when it can. */
export function releaseProblem(value: string | undefined = process.env.SITE_ORIGIN): string | null {
	if (value) {
		try {
			siteOrigin(value);
			return null;
		} catch (error) {
			return (error as Error).message;
		}
	}
	return (
		'SITE_ORIGIN is not set: a release build needs the address the site will be served from, for its canonical links, ' +
		'og:url, share images and the Dataset metadata search engines read. Set it, e.g. ' +
		'`SITE_ORIGIN=https://displacement.example.org npm run build`; to build and serve on this machine, `npm start` needs none.'
	);
}

const releases = new Map<string, Release | null>();

/**
 * When the data folder `dir` was first published and last changed: the dates of its first and
 * latest commits (they change only when the data does), or, where git cannot say (no git, no
 * repository, or a shallow clone, whose oldest commit is not the first), SOURCE_DATE_EPOCH's day
 * for both (the reproducible-builds convention). Null when neither is known: the metadata then
 * leaves the dates out rather than guess. A deploy from CI needs the whole history (e.g.
 * actions/checkout with fetch-depth: 0).
 */
export function dataRelease(dir: string = process.env.DATA_DIR ?? 'data'): Release | null {
	if (!releases.has(dir)) releases.set(dir, gitRelease(dir) ?? epochRelease());
	return releases.get(dir)!;
}

function gitRelease(dir: string): Release | null {
	const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	try {
		if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return null;
		const dates = git('log', '--format=%cs', '--', '.')
			.split('\n')
			.filter((line) => /^\d{4}-\d{2}-\d{2}$/u.test(line));
		return dates.length === 0 ? null : { published: dates.at(-1)!, modified: dates[0]! };
	} catch {
		return null;
	}
}

function epochRelease(value: string | undefined = process.env.SOURCE_DATE_EPOCH): Release | null {
	if (!value || !/^\d+$/u.test(value)) return null;
	const day = new Date(Number(value) * 1000).toISOString().slice(0, 10);
	return { published: day, modified: day };
}
