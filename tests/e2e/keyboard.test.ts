// The whole page by keyboard alone: Tab from the top to the end, recording where focus goes,
// whether it can be seen, and what the focused figure lights up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser, type WatchedPage } from './browser';
import { DISPLACEMENT, FIGURES, FIGURE_LINKS, litViews, ON_TIMELINE } from './page-checks';

const browser = useBrowser();

interface FocusStop {
	/** Position of the element among all elements of the document. */
	domIndex: number;
	/** card:<id>, bars:<n>, units:<n>, official:<n> or mark:<id> for figure links; tag, href and text otherwise. */
	key: string;
	figureLink: boolean;
	/** A one-line account of the focus indicator, for failure messages. */
	indicator: string;
	visible: boolean;
	linkedSentences: string[];
	activeCards: string[];
}

/** Enough presses for every focusable element on the page, with room to spare. */
const MAX_TABS = 150;

/** The key each figure link should have, in the page's reading order. */
const EXPECTED_FIGURE_LINKS = [
	...DISPLACEMENT.map((f) => `card:${f.id}`),
	...DISPLACEMENT.map((_, i) => `bars:${i}`),
	...DISPLACEMENT.map((_, i) => `units:${i}`),
	...ON_TIMELINE.map((_, i) => `official:${i}`),
	...FIGURES.filter((f) => f.group === 'other').map((f) => `card:${f.id}`),
	// Marks in article order: the sentences s9, s11, s12, s13, then s15 twice.
	...['nujaba-fighters', 'idlib-offensive-displaced', 'idlib-civilians-killed', 'idlib-killed-minors-share', 'syria-refugees', 'syria-idps'].map(
		(id) => `mark:${id}`
	)
];

/** The figure a figure-link key stands for. */
function figureOf(key: string) {
	const [kind, rest = ''] = key.split(':');
	const figure =
		kind === 'bars' || kind === 'units'
			? DISPLACEMENT[Number(rest)]
			: kind === 'official'
				? ON_TIMELINE[Number(rest)]
				: FIGURES.find((f) => f.id === rest);
	if (!figure) throw new Error(`no figure for ${key}`);
	return figure;
}

describe('tabbing through the page', () => {
	let watched: WatchedPage;
	const stops: FocusStop[] = [];
	let figureLinksInDom: string[] = [];

	beforeAll(async () => {
		watched = await openPage(browser());
		const { page } = watched;
		// The left margin holds no figure, so the pointer cannot light one up while the page scrolls.
		await page.mouse.move(1, 1);
		const figureLinks = await page.locator(FIGURE_LINKS).evaluateAll((links) => {
			const all = [...document.querySelectorAll('*')];
			return links.map((link) => {
				const domIndex = all.indexOf(link);
				const chart = link.closest('svg.links');
				if (chart) {
					const name = link.closest('figure')?.querySelector('h3')?.id.replace(/-heading$/u, '');
					return { domIndex, key: `${name}:${[...chart.querySelectorAll<Element>('a')].indexOf(link)}` };
				}
				if (link.matches('a.mark')) return { domIndex, key: `mark:${link.getAttribute('href')?.replace(/^#fig-/u, '')}` };
				return { domIndex, key: `card:${link.closest('article')?.id.replace(/^fig-/u, '')}` };
			});
		});
		figureLinksInDom = figureLinks.map((link) => link.key);
		const keyAt = new Map(figureLinks.map((link) => [link.domIndex, link.key]));
		for (let press = 0; press < MAX_TABS; press++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate((figureLinkSelector): Omit<FocusStop, 'linkedSentences' | 'activeCards'> | null => {
				const element = document.activeElement;
				if (!element || element === document.body || element === document.documentElement) return null;
				const all = [...document.querySelectorAll('*')];
				const description = `${element.tagName.toLowerCase()} ${(element.getAttribute('href') ?? '').slice(0, 60)} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
				const chart = element.closest('svg.links');
				const transparent = (colour: string) => colour === 'transparent' || /,\s*0\)$/u.test(colour);
				let indicator: string;
				let visible: boolean;
				const shape = chart ? element.querySelector('rect, path, circle') : null;
				if (chart && shape) {
					// An SVG link shows focus by stroking its shape.
					const style = getComputedStyle(shape);
					indicator = `stroke ${style.stroke} width ${style.strokeWidth}`;
					visible = style.stroke !== 'none' && !transparent(style.stroke) && parseFloat(style.strokeWidth) > 0;
				} else {
					const style = getComputedStyle(element);
					indicator = `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
					visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
				}
				return {
					domIndex: all.indexOf(element),
					key: description,
					figureLink: element.matches(figureLinkSelector),
					indicator,
					visible
				};
			}, FIGURE_LINKS);
			// Past the last element focus leaves the document, or comes round to the first one again.
			if (!stop || (stops.length > 0 && stop.domIndex === stops[0]?.domIndex)) break;
			const [linkedSentences, activeCards] = await Promise.all([litViews(page, 'sentence'), litViews(page, 'card')]);
			stops.push({ ...stop, key: keyAt.get(stop.domIndex) ?? stop.key, linkedSentences, activeCards });
		}
	});
	afterAll(async () => {
		await watched.close();
	});

	it('has the 20 figure links the test expects, in this reading order', () => {
		expect(figureLinksInDom).toEqual(EXPECTED_FIGURE_LINKS);
		expect(watched.problems).toEqual([]);
	});

	it('reaches every figure link, each once, in reading order', () => {
		expect(stops.length, 'Tab never came back to the start: more stops than expected').toBeLessThan(MAX_TABS);
		const reached = stops.filter((s) => s.figureLink).map((s) => s.key);
		expect(reached).toEqual(EXPECTED_FIGURE_LINKS);
		const cards = reached.filter((key) => key.startsWith('card:'));
		expect(cards).toEqual(FIGURES.map((f) => `card:${f.id}`));
		expect(watched.problems).toEqual([]);
	});

	it('moves forward through the document, never back', () => {
		const backwards = stops.filter((stop, i) => i > 0 && stop.domIndex <= (stops[i - 1]?.domIndex ?? -1));
		expect(backwards.map((s) => s.key)).toEqual([]);
		expect(watched.problems).toEqual([]);
	});

	it('shows where focus is at every stop: an outline, or a stroke on an SVG link', () => {
		expect(stops.length).toBeGreaterThanOrEqual(EXPECTED_FIGURE_LINKS.length);
		const unseen = stops.filter((s) => !s.visible).map((s) => `${s.key}: ${s.indicator}`);
		expect(unseen).toEqual([]);
		expect(watched.problems).toEqual([]);
	});

	it("lights up the focused figure's sentence and card, and nothing else", () => {
		const shown = stops
			.filter((s) => s.figureLink)
			.map((s) => ({ key: s.key, linkedSentences: s.linkedSentences, activeCards: s.activeCards }));
		const expected = EXPECTED_FIGURE_LINKS.map((key) => ({
			key,
			linkedSentences: [figureOf(key).sentenceId],
			activeCards: [`fig-${figureOf(key).id}`]
		}));
		expect(shown).toEqual(expected);
		expect(watched.problems).toEqual([]);
	});
});
