import { describe, expect, it } from 'vitest';
import { escapeXml, shareImageSvg } from '$lib/charts/share-image';
import { buildDataset } from '$lib/figures/dataset';
import { pageModel } from '$lib/page-model';
import { dataFiles } from '../helpers/data';

describe('shareImageSvg', () => {
	const model = pageModel(buildDataset(dataFiles()));
	const svg = shareImageSvg('Title & more', model.displacement, 'Source: X');

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
