// What the browser tests expect of the page, and small probes of the DOM they share.
// The figures are listed by hand from data/figures.csv and the article on purpose: a test that
// read them back from the page could not notice the page linking a figure to the wrong sentence.
import type { Locator, Page } from 'playwright-core';

export interface ExpectedFigure {
	id: string;
	/** The key-figure section the card is in. */
	group: 'displacement' | 'other';
	/** The anchor id of the sentence holding the quote. */
	sentenceId: string;
	/** The article's words, with white space normalised. */
	quote: string;
	/** How the number is put into words on the chart links (displacement figures only). */
	words?: string;
	/** Drawn on the timeline of official counts (a stock that names an official series). */
	onTimeline?: true;
}

/** In data/figures.csv order, which is also the order of the cards on the page. */
export const FIGURES: ExpectedFigure[] = [
	{
		id: 'syria-refugees',
		group: 'displacement',
		sentenceId: 's15-1',
		quote: 'at least 5.5 million people fleeing the country',
		words: 'at least 5.5 million',
		onTimeline: true
	},
	{
		id: 'syria-idps',
		group: 'displacement',
		sentenceId: 's15-1',
		quote: 'more than 6 million more displaced inside Syria',
		words: 'more than 6 million',
		onTimeline: true
	},
	{
		id: 'idlib-offensive-displaced',
		group: 'displacement',
		sentenceId: 's11-1',
		quote: 'around 700,000 Syrians flee a regime offensive in nearby Idlib',
		words: 'around 700,000'
	},
	{ id: 'nujaba-fighters', group: 'other', sentenceId: 's9-1', quote: 'between 8,000-10,000 fighters' },
	{
		id: 'idlib-civilians-killed',
		group: 'other',
		sentenceId: 's12-1',
		quote: 'killed at least 12 civilians on Tuesday'
	},
	{
		id: 'idlib-killed-minors-share',
		group: 'other',
		sentenceId: 's13-1',
		quote: 'Half of those killed in the strikes were minors'
	}
];

export const DISPLACEMENT = FIGURES.filter((f) => f.group === 'displacement');
export const ON_TIMELINE = FIGURES.filter((f) => f.onTimeline);

/** The charts in page order, by the prefix of their element ids, and the figures each draws. */
export const CHARTS = [
	{ id: 'bars', figures: DISPLACEMENT },
	{ id: 'units', figures: DISPLACEMENT },
	{ id: 'official', figures: ON_TIMELINE }
] as const;

/** Every link that stands for a figure: key-figure cards, chart link layers, marks in the article. */
export const FIGURE_LINKS = 'article.card a.to-sentence, svg.links a, .article a.mark';

/** Any run of Unicode white space (the article has non-breaking spaces) as one space. */
export const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

export const cardLink = (page: Page, id: string) => page.locator(`article#fig-${id} a.to-sentence`);
export const sentence = (page: Page, id: string) => page.locator(`span.sentence#${id}`);
export const mark = (page: Page, id: string) => page.locator(`.article a.mark[href="#fig-${id}"]`);
/** The link layer of a chart: the bar chart, the unit chart, the timeline of official counts, the front page's timeline. */
export const chartLinks = (page: Page, chart: (typeof CHARTS)[number]['id'] | 'timeline') =>
	page.locator(`figure[aria-labelledby="${chart}-heading"] svg.links a`);

/** The card's quote, without its typographic quotation marks, white space normalised. */
export async function cardQuote(page: Page, id: string): Promise<string> {
	const text = await page.locator(`article#fig-${id} blockquote.quote`).textContent();
	return normalise(text ?? '').replace(/^[“"]/u, '').replace(/[”"]$/u, '');
}

/** The text a reader sees in an element: visually hidden helper text left out, white space normalised. */
export async function visibleText(locator: Locator): Promise<string> {
	const text = await locator.evaluate((element) => {
		const copy = element.cloneNode(true) as Element;
		for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
		return copy.textContent ?? '';
	});
	return normalise(text);
}

/** Where the element's box is relative to the viewport; `inside` means entirely within it. */
export async function viewportPlacement(locator: Locator) {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const inside =
			box.width > 0 &&
			box.height > 0 &&
			box.top >= 0 &&
			box.left >= 0 &&
			box.bottom <= window.innerHeight &&
			box.right <= window.innerWidth;
		return {
			inside,
			top: Math.round(box.top),
			bottom: Math.round(box.bottom),
			left: Math.round(box.left),
			right: Math.round(box.right),
			viewport: `${window.innerWidth}x${window.innerHeight}`
		};
	});
}

/** Whether the element is the URL's target, and its background once any transition has run. */
export async function targetStyle(locator: Locator) {
	return locator.evaluate(async (element) => {
		await Promise.all(element.getAnimations().map((animation) => animation.finished));
		return { target: element.matches(':target'), background: getComputedStyle(element).backgroundColor };
	});
}

/** A computed colour is transparent when it is `transparent` or has zero alpha. */
export function isTransparent(colour: string): boolean {
	if (colour === 'transparent') return true;
	const alpha = /^rgba\([^)]*,\s*([\d.]+)\)$/u.exec(colour) ?? /\/\s*([\d.]+%?)\)$/u.exec(colour);
	return alpha !== null && parseFloat(alpha[1] ?? '1') === 0;
}

/** The fragment of the page's URL, with its `#`. */
export const fragment = (page: Page) => new URL(page.url()).hash;

/** The views of a figure that light up together, and where each is. */
const VIEWS = {
	card: 'article.card',
	sentence: 'span.sentence',
	row: 'tbody tr.row',
	mark: '.article a.mark',
	/** The official count a figure is compared with, in the table of official counts. */
	official: '.official-table td'
} as const;

/**
 * Which views of `kind` are lit, as a reader sees it: by their computed style, not by how the page
 * does it (pages/highlight-style.ts). A card has a ring, a sentence an outline, a table row or an
 * official count a background, a mark a thicker underline. Each is named by its id, a mark and an
 * official count by their figure.
 */
export function litViews(page: Page, kind: keyof typeof VIEWS): Promise<string[]> {
	return page.locator(VIEWS[kind]).evaluateAll(
		(elements, kind) =>
			elements
				.filter((element) => {
					const style = getComputedStyle(element);
					if (kind === 'card') return style.boxShadow !== 'none';
					if (kind === 'sentence') return style.outlineStyle === 'solid';
					if (kind === 'row' || kind === 'official') return !/^(transparent|rgba\(0, 0, 0, 0\))$/u.test(style.backgroundColor);
					return style.textDecorationThickness === '3px';
				})
				.map((element) => (kind === 'mark' || kind === 'official' ? element.getAttribute('data-fig') : element.id) ?? ''),
		kind
	);
}
