// Text widths estimated without a browser, and text wrapped to a width (src/lib/charts/text.ts).
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { NARROW_TEXT_SIZE } from '$lib/charts/geometry';
import { sectionTitle, textBox, textWidth, wrapText, type TextStyle } from '$lib/charts/text';
import { MEASURE_TITLE } from '$lib/display/measures';
import { escapeXml } from '$lib/pages/share-image';

const regular: TextStyle = { size: 20, bold: false };
const bold: TextStyle = { size: 20, bold: true };

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** How wide resvg draws `text` in DejaVu Sans, as og.png is drawn: the ink from its first to its last glyph. */
function drawnWidth(text: string, { size, bold }: TextStyle): number {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(textWidth(text, { size, bold }) + 100)}" height="${size * 2}" font-family="DejaVu Sans"><text x="10" y="${size * 1.5}" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${escapeXml(text)}</text></svg>`;
	const options = { font: { loadSystemFonts: false, fontFiles: [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')], defaultFontFamily: 'DejaVu Sans' } };
	return new Resvg(svg, options).getBBox()?.width ?? 0;
}

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

describe('textWidth', () => {
	it.each([
		['printable ASCII', ASCII.trim()],
		['the page’s own marks', '≥ 5.5M · ≈ 700k · ≤ 3M × 2 – “quoted” ‘and’ — so on… €5 £5'],
		['accented letters', 'Ğüçlü Şéñora Øresund Ärzte Đà Nẵng'],
		['letters the table does not hold', 'Беженцы النازحون Πρόσφυγες 难民']
	])('is never less than resvg draws %s in DejaVu Sans, regular and bold', (_, text) => {
		for (const style of [regular, bold]) expect(textWidth(text, style)).toBeGreaterThanOrEqual(drawnWidth(text, style));
	});

	it('is within 3% of what resvg draws for plain text, so lines are not cut much shorter than they could be', () => {
		for (const text of [ASCII.trim(), 'Refugees who have fled Syria', 'Displaced inside Syria', 'MMMM WWWW mmmm']) {
			for (const style of [regular, bold]) expect(textWidth(text, style)).toBeLessThanOrEqual(drawnWidth(text, style) * 1.03 + style.size);
		}
	});

	it('takes an accented letter as wide as its base letter, bold wider than regular, and nothing as nothing', () => {
		expect(textWidth('é', regular)).toBe(textWidth('e', regular));
		expect(textWidth('e\u0301', regular)).toBe(textWidth('e', regular));
		expect(textWidth('Syria', bold)).toBeGreaterThan(textWidth('Syria', regular));
		expect(textWidth('', bold)).toBe(0);
		expect(textWidth('ab', { size: 26, bold: false })).toBeCloseTo(2 * textWidth('ab', { size: 13, bold: false }));
	});
});

describe('wrapText', () => {
	const sentence = 'Refugees who have fled the country since the war began to the camps across the northern border';

	it('keeps a text that fits on one line', () => {
		expect(wrapText('Refugees who have fled Syria', 400, bold)).toEqual(['Refugees who have fled Syria']);
		expect(wrapText('', 400, bold)).toEqual([]);
	});

	it('breaks at spaces into lines no wider than the width, losing no word', () => {
		const lines = wrapText(sentence, 250, regular);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, regular)).toBeLessThanOrEqual(250);
		expect(lines.join(' ')).toBe(sentence);
		// Greedy: each line is as full as it can be, so the next word would not have fitted.
		for (const [i, line] of lines.slice(0, -1).entries()) {
			expect(textWidth(`${line} ${lines[i + 1]!.split(' ')[0]}`, regular)).toBeGreaterThan(250);
		}
	});

	it('cuts a word longer than a line between characters, losing none', () => {
		const url = `https://example.org/${'displaced/inside/the/country/'.repeat(4)}`.slice(0, 100);
		const lines = wrapText(`See ${url} now`, 200, bold);
		expect(lines[0]).toBe('See');
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines) expect(textWidth(line, bold)).toBeLessThanOrEqual(200);
		expect(lines.join(' ').replaceAll(' ', '')).toBe(`See${url}now`);
	});

	it('never cuts a letter from its accent, nor breaks at a no-break space', () => {
		const accented = 'e\u0301'.repeat(40);
		for (const line of wrapText(accented, 60, regular)) expect(line.startsWith('\u0301')).toBe(false);
		expect(wrapText('a b\u00a0c', textWidth('a b', regular), regular)).toEqual(['a', 'b\u00a0c']);
	});

	it('ends the last of `maxLines` lines in "…" when the text needs more, still within the width', () => {
		const lines = wrapText(sentence, 250, regular, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		for (const line of lines) expect(textWidth(line, regular)).toBeLessThanOrEqual(250);
		expect(wrapText('Short enough', 250, regular, 2)).toEqual(['Short enough']);
	});
});

describe('sectionTitle', () => {
	it('splits a title after its colon, the gloss keeping its space, so the two read as the title', () => {
		expect(sectionTitle('Stocks: how many were displaced on the date reported')).toEqual({
			lead: 'Stocks:',
			gloss: ' how many were displaced on the date reported'
		});
		expect(sectionTitle('Refugees')).toEqual({ lead: 'Refugees', gloss: '' });
		const { lead, gloss } = sectionTitle('Flow: how many fled during a period');
		expect(lead + gloss).toBe('Flow: how many fled during a period');
	});

	it('keeps every panel title of the bar and square charts on one line 400 units wide, bold at 12 and, on a narrow chart, with its gloss regular at 13.4', () => {
		for (const title of Object.values(MEASURE_TITLE)) {
			expect(textWidth(title, { size: 12, bold: true }), title).toBeLessThanOrEqual(400);
			// Bold throughout at 13.4 it would not fit: that is why the gloss is lighter there.
			const { lead, gloss } = sectionTitle(title);
			const narrow = textWidth(lead, { size: NARROW_TEXT_SIZE, bold: true }) + textWidth(gloss, { size: NARROW_TEXT_SIZE, bold: false });
			expect(narrow, title).toBeLessThanOrEqual(400);
		}
		expect(textWidth(MEASURE_TITLE.stock, { size: NARROW_TEXT_SIZE, bold: true })).toBeGreaterThan(400);
	});
});

describe('textBox', () => {
	it('boxes a line as a browser does: from its start, as wide as its estimate, 0.93 em above its baseline and 0.24 below', () => {
		expect(textBox('2M', 10, 100, { size: 10, bold: false })).toEqual({ x: 10, y: 90.7, width: textWidth('2M', { size: 10, bold: false }), height: 11.7 });
	});
});
