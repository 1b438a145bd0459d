// The fonts a first visit has to load, as Lighthouse's phone (412 px wide) draws the pages. Each
// size, weight and style of the font that some text is drawn in is a font of its own to the
// browser: the first time a new renderer draws text in one, Chromium on Linux asks its browser
// process for the font's rendering settings in a synchronous round trip (and for each font file:
// regular, bold, italic), inside the page's first layout. Lighthouse starts a new browser on
// every run. Measured on the front page (README, Performance): drawn in 21 fonts, its first layout
// took 40 ms in a fresh browser; in the 9 below, 21–24 ms. So the pages keep to a short type
// scale (0.85, 1 and 1.35 rem, the headline and the key numbers; weights 400 and 700; nothing
// italic), and this test lists what it comes to: a new size, weight or style shows up here, to be
// weighed against that cost.
import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE } from '../helpers/article';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

/** "size weight style" of every font some rendered text on the page is drawn in, sorted. */
async function fontsDrawn(path: string): Promise<string[]> {
	const { page, problems, close } = await openPage(browser(), path, { viewport: { width: 412, height: 823 } });
	try {
		const fonts = await page.evaluate(() => {
			const found = new Set<string>();
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const text = walker.currentNode as Text;
				const element = text.parentElement;
				if (!element || !text.data.trim()) continue;
				// Drawn text: not in a closed <details> or under display: none, nor an SVG's <title> or <desc>.
				if (!element.checkVisibility() || (element instanceof SVGElement && !(element instanceof SVGTextContentElement))) continue;
				const style = getComputedStyle(element);
				found.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
			}
			return [...found];
		});
		expect(problems).toEqual([]);
		return fonts.sort((a, b) => parseFloat(a) - parseFloat(b) || a.localeCompare(b));
	} finally {
		await close();
	}
}

/** The type scale as drawn: the charts' text in its two weights (13.4 px at a phone's width), then the page's. */
const TYPE_SCALE = [
	'13.4px 400 normal',
	'13.4px 700 normal',
	'13.6px 400 normal',
	'13.6px 700 normal',
	'16px 400 normal',
	'16px 700 normal',
	'21.6px 700 normal',
	'25.6px 700 normal',
	'38.4px 700 normal'
];

describe('the fonts drawn on a 412 px phone', () => {
	it.each(['/', ARTICLE_PAGE])('are the nine of the type scale on %s, all upright', async (path) => {
		expect(await fontsDrawn(path)).toEqual(TYPE_SCALE);
	});
});

// Chromium looks up the font of text it does not draw as well, such as a closed <details>'s: the
// Embed code's monospace cost a font file, a failed lookup of `ui-monospace` and a size of its own
// in every first layout until it was given only to the open control.
describe('the font families of a page', () => {
	it.each(['/', ARTICLE_PAGE])('are one on %s, for every element drawn or not', async (path) => {
		const { page, problems, close } = await openPage(browser(), path);
		try {
			const { page: pageFamily, elements } = await page.evaluate(() => ({
				page: getComputedStyle(document.body).fontFamily,
				elements: [...new Set([...document.body.querySelectorAll('*')].map((element) => getComputedStyle(element).fontFamily))]
			}));
			expect(elements).toEqual([pageFamily]);
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});

	it('give the Embed code its monospace once the control is open', async () => {
		const { page, problems, close } = await openPage(browser());
		try {
			const embed = page.locator('details.embed').first();
			await embed.locator('summary').click();
			expect(await embed.locator('textarea').evaluate((element) => getComputedStyle(element).fontFamily)).toBe('ui-monospace, monospace');
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});
