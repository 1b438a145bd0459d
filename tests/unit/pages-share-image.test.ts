// The share image as SVG text (src/lib/pages/share-image.ts), from a page's own words.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/figures/dataset';
import { articlePage, shareImageOf } from '$lib/pages/article-page';
import { escapeXml, shareImageSvg } from '$lib/pages/share-image';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles } from '../helpers/data';

describe('shareImageSvg', () => {
	const page = articlePage(buildDataset(dataFiles()), ARTICLE_ID, { kind: 'front', downloads: [], origin: '' });
	const svg = shareImageSvg({ ...shareImageOf(page), title: 'Title & more', source: 'Source: X' });

	it('states the three displacement figures with their qualifiers and the source', () => {
		for (const text of ['≥ 5.5M', '&#62; 6M', '≈ 700k', 'Refugees who have fled Syria', 'Source: X', 'Title &#38; more']) {
			expect(svg).toContain(text);
		}
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
	});

	it('escapes text from the data', () => {
		expect(escapeXml(`</text><script>"a" & 'b'`)).toBe('&#60;/text&#62;&#60;script&#62;&#34;a&#34; &#38; &#39;b&#39;');
	});
});

describe('shareImageOf', () => {
	it('takes the page’s headline, key figures and source line', () => {
		const page = articlePage(buildDataset(dataFiles()), ARTICLE_ID, { kind: 'front', downloads: [], origin: '' });
		expect(shareImageOf(page)).toEqual({
			title: 'Syria’s displacement, in the article’s own words',
			figures: [
				{ short: '≥ 5.5M', label: 'Refugees who have fled Syria', measure: 'stock' },
				{ short: '> 6M', label: 'Displaced inside Syria', measure: 'stock' },
				{ short: '≈ 700k', label: 'Fled the offensive on Idlib', measure: 'flow' }
			],
			source: 'Source: The New Arab, 11 February 2020, quoting UN figures'
		});
	});
});
