// data/articles holds the published article byte for byte, typos and non-breaking spaces kept.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_PATH } from '../helpers/article';

const NBSP = '\u00a0';

describe('the verbatim article', () => {
	const SHARED = '../shared/source/article.txt';
	/** SHA-256 of the published article as delivered in ../shared/source/article.txt. */
	const PUBLISHED_SHA256 = 'a2e11133b3c19ccdc3d8c2b7bee552e0bb6b8e4c9295e70a2a86032913bdb9a5';

	it('data/articles holds the published article byte for byte (its hash; and the shared file when present)', () => {
		const article = readFileSync(ARTICLE_PATH);
		expect(createHash('sha256').update(article).digest('hex')).toBe(PUBLISHED_SHA256);
		if (existsSync(SHARED)) expect(article.equals(readFileSync(SHARED))).toBe(true);
	});

	it('keeps the published typos and non-breaking spaces', () => {
		expect(ARTICLE).toContain('allegedy');
		expect(ARTICLE).toContain('recieve');
		expect(ARTICLE).toContain(`around 700,000${NBSP}Syrians${NBSP}flee`);
		expect(ARTICLE.length).toBe(2174);
	});
});
