// The official counts as a reader meets them: the timeline and its table say what the downloads
// say, number for number, and the counts compared with the article's figures are the ones the
// cards and comparisons.csv name. The series' columns are listed by hand, in the page's order.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser, type WatchedPage } from './browser';
import { chartLinks, normalise, ON_TIMELINE } from './page-checks';

const browser = useBrowser();

/** The table's columns and the timeline's lines, by panel: series id and its label on the page. */
const COLUMNS = [
	{ series: 'unhcr-syria-refugees', label: 'All countries' },
	{ series: 'unhcr-syria-refugees-neighbours', label: 'Neighbouring countries' },
	{ series: 'unhcr-syria-idps', label: 'UNHCR' },
	{ series: 'idmc-syria-idps', label: 'IDMC' }
];

type Row = Record<string, string>;

describe('the official counts on the page', () => {
	let watched: WatchedPage;
	let official: Row[];
	let comparisons: Row[];
	beforeAll(async () => {
		watched = await openPage(browser());
		const csv = async (href: string) =>
			Papa.parse<Row>(await watched.page.evaluate(async (url) => (await fetch(url)).text(), href), { header: true, skipEmptyLines: true }).data;
		official = await csv('/data/official.csv');
		comparisons = await csv('/data/comparisons.csv');
	});
	afterAll(async () => {
		await watched.close();
	});

	const valueOf = (series: string, year: string) => official.find((r) => r.series === series && r.year === year)?.value;

	it('tables every value of official.csv, in full, a row per year from 2011 to 2025', async () => {
		const { page, problems } = watched;
		const headers = await page.locator('.official-table thead tr:last-child th').allTextContents();
		expect(headers.map(normalise)).toEqual(['End of', ...COLUMNS.map((c) => c.label)]);
		const rows = await page.locator('.official-table tbody tr').evaluateAll((trs) =>
			trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? ''))
		);
		expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 15 }, (_, i) => String(2011 + i)));
		for (const [year, ...cells] of rows) {
			cells.forEach((cell, i) => {
				const value = valueOf(COLUMNS[i]!.series, year!);
				expect(cell, `${COLUMNS[i]!.series} ${year}`).toBe(value === undefined ? '—' : Number(value).toLocaleString('en-GB'));
			});
		}
		// Every row of official.csv is in the table: 15 years of three series, 14 of UNHCR's IDPs.
		expect(official).toHaveLength(59);
		expect(problems).toEqual([]);
	});

	it('sets in bold exactly the counts comparisons.csv compares, which the cards quote', async () => {
		const { page, problems } = watched;
		const bold = await page.locator('.official-table td.compared').evaluateAll((cells) =>
			cells.map((cell) => ({ figure: cell.getAttribute('data-fig'), text: cell.textContent, weight: getComputedStyle(cell).fontWeight }))
		);
		const compared = comparisons.filter((c) => c.official_value !== '');
		expect(compared.map((c) => c.figure_id)).toEqual(ON_TIMELINE.map((f) => f.id));
		expect(bold).toEqual(compared.map((c) => ({ figure: c.figure_id, text: Number(c.official_value).toLocaleString('en-GB'), weight: '700' })));
		for (const c of compared) {
			expect(valueOf(c.series!, c.year!)).toBe(c.official_value);
			const card = normalise((await page.locator(`article#fig-${c.figure_id} .official`).textContent()) ?? '');
			expect(card).toContain(c.statement);
		}
		expect(problems).toEqual([]);
	});

	it('draws each series through its year-end values, read back from the chart’s own axis', async () => {
		const { page, problems } = watched;
		const panels = await page.locator('figure[aria-labelledby="official-heading"] g.timeline').evaluate((root) => {
			const titles = [...root.querySelectorAll(':scope > text.section-title')];
			return [...root.querySelectorAll(':scope > g.axis')].map((axis, i) => {
				const ticks = [...axis.querySelectorAll('text.count')].map((t) => ({ label: t.textContent, y: Number(t.getAttribute('y')) - 4 }));
				const lines: { label: string; points: number[][] }[] = [];
				// The panel's lines follow its axis, up to the next panel's title.
				for (let node = axis.nextElementSibling; node && node !== titles[i + 1]; node = node.nextElementSibling) {
					if (!node.matches('g.series')) continue;
					const path = (node.querySelector('path.line') as SVGPathElement).getAttribute('d') ?? '';
					lines.push({
						label: [...node.querySelectorAll('text')].map((t) => t.textContent).join(' '),
						points: path.split(/[ML]/u).filter(Boolean).map((p) => p.split(',').map(Number))
					});
				}
				return { title: titles[i]?.textContent, ticks, lines };
			});
		});
		expect(panels.map((p) => [p.title, p.lines.map((l) => l.label)])).toEqual([
			['Refugees', ['All countries', 'Neighbouring countries']],
			['Internally displaced people', ['UNHCR', 'IDMC']]
		]);
		for (const panel of panels) {
			// The axis: "0" at the bottom, "8M" at the top, evenly spaced.
			const zero = panel.ticks.find((t) => t.label === '0')!;
			const top = panel.ticks.find((t) => t.label === '8M')!;
			const valueAt = (y: number) => ((zero.y - y) / (zero.y - top.y)) * 8_000_000;
			for (const line of panel.lines) {
				const series = COLUMNS.find((c) => c.label === line.label)!.series;
				const values = official.filter((r) => r.series === series).map((r) => Number(r.value));
				expect(line.points).toHaveLength(values.length);
				// A tenth of a unit of the drawing is 5,333 people on this axis.
				line.points.forEach(([, y], i) => expect(Math.abs(valueAt(y!) - values[i]!), `${series} point ${i}`).toBeLessThan(5_400));
			}
		}
		expect(problems).toEqual([]);
	});

	it('keeps every line of the timeline’s text inside the drawing, and none on top of another', async () => {
		const { page, problems } = watched;
		const chart = await page.locator('figure[aria-labelledby="official-heading"] svg.image').evaluate((svg: SVGSVGElement) => ({
			width: svg.viewBox.baseVal.width,
			// The quotes are boxes laid over the chart while their figure is pointed at: apart (below).
			boxes: [...svg.querySelectorAll<SVGTextElement>('text')].filter((text) => !text.closest('.claim-quote')).map((text) => {
				const { x, y, width, height } = text.getBBox();
				return { text: text.textContent ?? '', x, y, width, height };
			})
		}));
		expect(chart.boxes.length).toBeGreaterThan(30);
		for (const box of chart.boxes) {
			expect(box.x, box.text).toBeGreaterThanOrEqual(-0.5);
			expect(box.x + box.width, box.text).toBeLessThanOrEqual(chart.width + 0.5);
		}
		for (const [i, a] of chart.boxes.entries()) {
			for (const b of chart.boxes.slice(i + 1)) {
				const overlap =
					Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
				expect(overlap, `“${a.text}” and “${b.text}”`).toBe(false);
			}
		}
		expect(problems).toEqual([]);
	});

	it('shows a figure’s words over the timeline while its mark is pointed at, and hides them again', async () => {
		const { page, problems } = watched;
		const quote = page.locator('figure[aria-labelledby="official-heading"] g.claim-quote[data-fig="syria-idps"]');
		const shown = () => quote.evaluate((g) => getComputedStyle(g).display !== 'none');
		await page.mouse.move(1, 1);
		await expect(shown()).resolves.toBe(false);
		await chartLinks(page, 'official').nth(1).hover();
		await expect(shown()).resolves.toBe(true);
		await expect(quote.locator('text').allTextContents()).resolves.toEqual(['“more than 6 million more', 'displaced inside Syria”']);
		// Inside the drawing, over the marks, clear of the link it belongs to.
		const [box, svg] = await Promise.all([
			quote.locator('rect').evaluate((r: SVGRectElement) => {
				const { x, y, width, height } = r.getBBox();
				return { x, y, width, height };
			}),
			page.locator('figure[aria-labelledby="official-heading"] svg.image').evaluate((s: SVGSVGElement) => ({ width: s.viewBox.baseVal.width, height: s.viewBox.baseVal.height }))
		]);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(svg.width);
		expect(box.y).toBeGreaterThanOrEqual(0);
		await page.mouse.move(1, 1);
		await expect(shown()).resolves.toBe(false);
		// The keyboard shows it too: focus is on the link.
		await chartLinks(page, 'official').nth(1).focus();
		await expect(shown()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});
});
