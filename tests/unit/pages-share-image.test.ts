// The share image as SVG text (src/lib/pages/share-image.ts), from a page's own words.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/charts/text';
import { buildDataset } from '$lib/figures/dataset';
import { articlePage, shareImageOf } from '$lib/pages/article-page';
import { escapeXml, SHARE_IMAGE, shareImageLines, shareImageSvg, type ShareImageLine } from '$lib/pages/share-image';
import { loadDataset } from '$lib/server/read-data';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles } from '../helpers/data';

describe('shareImageSvg', () => {
	const page = articlePage(buildDataset(dataFiles()), ARTICLE_ID, { downloads: [], origin: '' });
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
		const page = articlePage(buildDataset(dataFiles()), ARTICLE_ID, { downloads: [], origin: '' });
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

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Where resvg draws a line's ink when it draws the line alone, in og.png's font. */
function drawn({ text, x, y, size, bold }: ShareImageLine): { left: number; right: number } {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="DejaVu Sans"><text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${escapeXml(text)}</text></svg>`;
	const fontFiles = [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')];
	const box = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans' } }).getBBox()!;
	return { left: box.x, right: box.x + box.width };
}

/** The box a line takes by the estimate: its width, and DejaVu Sans' ascent and descent (0.93 and 0.24 em). */
const area = (line: ShareImageLine) => ({
	left: line.x,
	right: line.x + textWidth(line.text, line),
	top: line.y - 0.93 * line.size,
	bottom: line.y + 0.24 * line.size
});

describe('the share image of the longest values (tests/fixtures/longest-values)', () => {
	const dataset = loadDataset('tests/fixtures/longest-values');
	const images = dataset.articles.map((a) => shareImageOf(articlePage(dataset, a.source.id, { downloads: [], origin: '' })));

	it.each(images.map((image) => [image.figures.length, image] as const))('keeps every line in its box (%i figures)', (_, image) => {
		const lines = shareImageLines(image);
		for (const line of lines) {
			expect(textWidth(line.text, line), line.text).toBeLessThanOrEqual(line.box);
			expect(line.x).toBeGreaterThanOrEqual(60);
			expect(line.x + line.box).toBeLessThanOrEqual(SHARE_IMAGE.width - 60);
			const { top, bottom } = area(line);
			expect(top).toBeGreaterThan(0);
			expect(bottom).toBeLessThan(SHARE_IMAGE.height);
		}
		// A figure's line (its box is a column, not the whole width) ends before the next column begins.
		const inColumns = lines.filter((l) => l.box < SHARE_IMAGE.width - 120);
		const starts = [...new Set(inColumns.map((l) => l.x))];
		expect(starts).toHaveLength(image.figures.length);
		for (const line of inColumns) {
			for (const start of starts.filter((x) => x > line.x)) expect(line.x + line.box).toBeLessThan(start);
		}
	});

	it.each(images.map((image) => [image.figures.length, image] as const))('draws no two lines over each other (%i figures)', (_, image) => {
		const boxes = shareImageLines(image).map((line) => ({ text: line.text, ...area(line) }));
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				const overlap = Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
				expect(overlap, `“${a.text}” and “${b.text}”`).toBe(false);
			}
		}
	});

	it('wraps the title, labels and source line onto a bounded number of lines, ending a cut one in "…"', () => {
		const [image] = images;
		const lines = shareImageLines(image!);
		const at = (size: number, x?: number) => lines.filter((l) => l.size === size && (x === undefined || l.x === x)).map((l) => l.text);
		expect(image!.figures).toHaveLength(4);
		expect(at(36)).toHaveLength(2);
		expect(at(36).at(-1)!.endsWith('…')).toBe(true);
		expect(at(24)).toHaveLength(2);
		for (const x of [60, 330, 600, 870]) {
			expect(at(21, x)).toHaveLength(4);
			expect(at(21, x).at(-1)!.endsWith('…')).toBe(true);
		}
		// An unbroken label is cut between characters, not left to run over.
		expect(at(21, 330).slice(0, 3).join('')).toBe(image!.figures[1]!.label.slice(0, at(21, 330).slice(0, 3).join('').length));
		// The first line of the title stays where a one-line title is, so the lines under it keep their places.
		expect(lines.filter((l) => l.size === 36).map((l) => l.y)).toEqual([86, 130]);
	});

	it('draws every line, as resvg renders DejaVu Sans, inside its box', () => {
		for (const image of images) {
			for (const line of shareImageLines(image)) {
				const { left, right } = drawn(line);
				expect(left, line.text).toBeGreaterThanOrEqual(line.x);
				expect(right, line.text).toBeLessThanOrEqual(line.x + line.box);
			}
		}
	});
});

describe('the share image of short words', () => {
	it('draws each text on one line, where it always stood', () => {
		const page = articlePage(buildDataset(dataFiles()), ARTICLE_ID, { downloads: [], origin: '' });
		expect(shareImageLines(shareImageOf(page)).map(({ text, x, y, size }) => [text, x, y, size])).toEqual([
			['Syria’s displacement, in the article’s own words', 60, 130, 36],
			['Every number linked to the sentence it comes from', 60, 185, 28],
			['≥ 5.5M', 60, 350, 68],
			['Refugees who have fled Syria', 60, 395, 21],
			['stock', 60, 430, 20],
			['> 6M', 420, 350, 68],
			['Displaced inside Syria', 420, 395, 21],
			['stock', 420, 430, 20],
			['≈ 700k', 780, 350, 68],
			['Fled the offensive on Idlib', 780, 395, 21],
			['flow', 780, 430, 20],
			['Source: The New Arab, 11 February 2020, quoting UN figures', 60, 570, 24]
		]);
	});
});


describe('the share image of an article with no figure yet (tests/fixtures/collection)', () => {
	it('says its figures are not in the data yet, instead of promising links', () => {
		const page = articlePage(loadDataset('tests/fixtures/collection'), 'fixture-chad-2024-06-20', { downloads: [], origin: '' });
		expect(shareImageLines(shareImageOf(page)).map(({ text, y }) => [text, y])).toEqual([
			['The article, in its own words', 130],
			['The article’s figures are not in the data yet', 185],
			['Source: Test Wire, 20 June 2024', 570]
		]);
	});
});
