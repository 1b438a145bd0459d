// Accessibility: axe-core's WCAG 2.2 AA rules in both colour schemes, and the chart semantics
// axe cannot judge (a caption naming the source, a description that says the numbers).
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser, type WatchedPage } from './browser';
import { ARTICLE_ID } from '../helpers/article';
import { CHARTS, chartLinks, normalise } from './page-checks';

const browser = useBrowser();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: rule, impact, what to fix, where, and axe's own account. */
function describeViolations(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${node.target.join(' ')}` +
				` | ${normalise(node.failureSummary ?? '')}`
		)
	);
}

// The front page and the article's own page: the same component, with its own head.
describe.each(
	(['light', 'dark'] as const).flatMap((colorScheme) => ['/', `/articles/${ARTICLE_ID}/`].map((path) => [colorScheme, path] as const))
)('axe-core in the %s colour scheme on %s', (colorScheme, path) => {
	it('finds no WCAG 2.2 A or AA violation', async () => {
		const { page, problems, close } = await openPage(browser(), path, { colorScheme });
		try {
			await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(
				colorScheme === 'dark'
			);
			const results = await new AxeBuilder({ page })
				.withTags(WCAG_TAGS)
				// Only violations are read; leaving out the details of passing rules saves time.
				.options({ resultTypes: ['violations'] })
				.analyze();
			expect(describeViolations(results.violations)).toEqual([]);
			// The rules did look at the page: a silent axe would pass anything.
			expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the charts', () => {
	let watched: WatchedPage;
	beforeAll(async () => {
		watched = await openPage(browser());
	});
	afterAll(async () => {
		await watched.close();
	});

	const charts = () => watched.page.locator('figure:has(svg.image)');

	it('are three <figure>s, each with a visible heading and a caption naming The New Arab', async () => {
		const { page, problems } = watched;
		await expect(charts().count()).resolves.toBe(3);
		for (const chart of await charts().all()) {
			const heading = chart.locator('h2, h3, h4').first();
			await expect(heading.isVisible()).resolves.toBe(true);
			expect(normalise((await heading.textContent()) ?? '')).not.toBe('');
			const caption = chart.locator(':scope > figcaption');
			await expect(caption.count()).resolves.toBe(1);
			await expect(caption.isVisible()).resolves.toBe(true);
			expect(normalise((await caption.textContent()) ?? '')).toContain('The New Arab');
		}
		await expect(page.locator('svg.image').count()).resolves.toBe(3);
		expect(problems).toEqual([]);
	});

	it('draw each image with role img, a name and a description that says every number', async () => {
		const { page, problems } = watched;
		const images = await page.locator('svg.image').evaluateAll((svgs) =>
			svgs.map((svg) => {
				const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter(Boolean);
				return {
					id: ids[0] ?? '',
					role: svg.getAttribute('role'),
					inFigure: svg.closest('figure') !== null,
					labelledBy: ids.length,
					name: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
					desc: svg.querySelector(':scope > desc')?.textContent ?? ''
				};
			})
		);
		expect(images.map((image) => image.id)).toEqual(CHARTS.map((chart) => `${chart.id}-title`));
		images.forEach((image, i) => {
			expect(image).toMatchObject({ role: 'img', inFigure: true });
			expect(image.labelledBy).toBeGreaterThan(0);
			expect(normalise(image.name)).not.toBe('');
			for (const { words } of CHARTS[i]!.figures) expect(normalise(image.desc)).toContain(words);
		});
		expect(problems).toEqual([]);
	});

	it("give each image the name and description Chromium's accessibility tree exposes", async () => {
		const { page, problems } = watched;
		const cdp = await page.context().newCDPSession(page);
		try {
			const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
			const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'svg.image' });
			expect(nodeIds).toHaveLength(CHARTS.length);
			for (const [i, nodeId] of nodeIds.entries()) {
				const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
				const node = nodes[0];
				expect(node?.role?.value).toBe('image');
				expect(normalise(String(node?.name?.value ?? ''))).not.toBe('');
				const description = normalise(String(node?.description?.value ?? ''));
				for (const { words } of CHARTS[i]!.figures) expect(description).toContain(words);
			}
		} finally {
			await cdp.detach();
		}
		expect(problems).toEqual([]);
	});

	it('hide their axes from assistive technology', async () => {
		const { page, problems } = watched;
		const axes = await page.locator('svg.image g.axis').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-hidden')));
		expect(axes.length).toBeGreaterThan(0);
		expect(axes).toEqual(axes.map(() => 'true'));
		expect(problems).toEqual([]);
	});

	it('label every chart link with its number in words', async () => {
		const { page, problems } = watched;
		await expect(page.locator('svg.links a').count()).resolves.toBe(CHARTS.reduce((n, chart) => n + chart.figures.length, 0));
		for (const chart of CHARTS) {
			const labels = await chartLinks(page, chart.id).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
			expect(labels).toHaveLength(chart.figures.length);
			labels.forEach((label, i) => expect(normalise(label)).toContain(chart.figures[i]!.words));
		}
		expect(problems).toEqual([]);
	});
});
