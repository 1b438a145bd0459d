// Geometry of the bar chart (src/lib/charts/bars.ts).
import { describe, expect, it } from 'vitest';
import { barChart } from '$lib/charts/bars';
import { linkedFrom, NARROW_TEXT_SIZE } from '$lib/charts/geometry';
import { textBox, textWidth } from '$lib/charts/text';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';

const displacement = buildDataset(dataFiles()).figures.filter((f) =>
	['refugees', 'idps', 'new_displacement'].includes(f.indicator)
);

describe('barChart', () => {
	const chart = barChart(displacement);

	it('puts the stocks and the flow in panels of their own', () => {
		expect(chart.panels.map((p) => [p.measure, p.bars.map((b) => b.figureId)])).toEqual([
			['stock', ['syria-refugees', 'syria-idps']],
			['flow', ['idlib-offensive-displaced']]
		]);
		const [stocks, flow] = chart.panels;
		expect(flow!.titleY).toBeGreaterThan(stocks!.axisY + 20);
	});

	it('shares one linear scale across panels, so lengths compare honestly', () => {
		const widths = Object.fromEntries(chart.panels.flatMap((p) => p.bars.map((b) => [b.figureId, b.width])));
		// domain [0, 6M] niced, range [0, 290]
		expect(widths).toEqual({ 'syria-refugees': 265.83, 'syria-idps': 290, 'idlib-offensive-displaced': 33.83 });
		expect(chart.panels[0]!.ticks).toEqual(chart.panels[1]!.ticks);
		expect(chart.panels[0]!.ticks.map((t) => t.label)).toEqual(['0', '2M', '4M', '6M']);
	});

	it('marks "at least" and "more than" with an open end and "around" as approximate', () => {
		const bars = chart.panels.flatMap((p) => p.bars);
		expect(bars.map((b) => [b.valueText, b.fade !== null && b.arrow !== null, b.ragged !== null])).toEqual([
			['≥ 5.5M', true, false],
			['> 6M', true, false],
			['≈ 700k', false, true]
		]);
		expect(bars[0]!.valueX).toBeCloseTo(bars[0]!.width + bars[0]!.fade!.width + 6);
		expect(bars[2]!.valueX).toBeCloseTo(bars[2]!.width + 6);
	});

	it('links each bar to its sentence and names it in words', () => {
		expect(chart.links[0]).toMatchObject({
			figureId: chart.panels[0]!.bars[0]!.figureId,
			sentenceId: 's15-1',
			name: 'Refugees who have fled Syria: at least 5.5 million'
		});
	});

	it('draws the span of a range and a ceiling for "up to", with the label after them', () => {
		const [refugees] = displacement;
		const chart = barChart([
			{ ...refugees!, id: 'range', qualifier: 'range', value: 3_000_000, upper: 4_500_000 },
			{ ...refugees!, id: 'ceiling', qualifier: 'at_most', value: 6_000_000, upper: null }
		]);
		expect(
			chart.panels[0]!.bars.map((b) => [b.figureId, b.width, b.spanBox?.width ?? 0, b.ceilingLine !== null, b.fade !== null, b.valueX, b.valueText])
		).toEqual([
			['range', 145, 72.5, false, false, 223.5, '3M–4.5M'],
			['ceiling', 290, 0, true, false, 296, '≤ 6M']
		]);
	});

	it('has no panels and no height without figures', () => {
		expect(barChart([])).toEqual({ width: 400, height: 0, links: [], panels: [] });
	});

	it('fits every value label inside the viewBox', () => {
		for (const bar of chart.panels.flatMap((p) => p.bars)) expect(bar.valueX + 50).toBeLessThanOrEqual(chart.width);
		expect(chart.height).toBeGreaterThan(chart.panels.at(-1)!.axisY + 14);
	});

	it('links each row, label and bar, to its sentence, in the words of the bar', () => {
		// On another page (the front page), to the sentence on the article's page.
		expect(linkedFrom(chart, (id) => `/articles/a-${id}/`).links.map((l) => l.href)).toEqual([
			'/articles/a-syria-refugees/#s15-1',
			'/articles/a-syria-idps/#s15-1',
			'/articles/a-idlib-offensive-displaced/#s11-1'
		]);
		expect(chart.links).toEqual([
			{ figureId: 'syria-refugees', sentenceId: 's15-1', href: '#s15-1', name: 'Refugees who have fled Syria: at least 5.5 million', box: { x: -4, y: 24, width: 408, height: 48 } },
			{ figureId: 'syria-idps', sentenceId: 's15-1', href: '#s15-1', name: 'Displaced inside Syria: more than 6 million', box: { x: -4, y: 80, width: 408, height: 48 } },
			{ figureId: 'idlib-offensive-displaced', sentenceId: 's11-1', href: '#s11-1', name: 'Fled the offensive on Idlib: around 700,000', box: { x: -4, y: 196, width: 408, height: 48 } }
		]);
	});

	it('computes every shape the component draws: open end, arrow, ragged end, value baseline, grid (as the page drew them before)', () => {
		expect(chart.panels.flatMap((p) => p.bars).map((b) => b.qualifier)).toEqual(['at_least', 'more_than', 'approx']);
		const [refugees, , idlib] = chart.panels.flatMap((p) => p.bars);
		expect([refugees!.fade, refugees!.arrow, refugees!.ragged, refugees!.valueY]).toEqual([
			{ x: 265.83, y: 44, width: 26, height: 24 },
			'M283.83,48 l8,8 l-8,8',
			null,
			61
		]);
		expect([idlib!.fade, idlib!.arrow, idlib!.ragged]).toEqual([null, null, 'M30.83,216 L36.83,222 L30.83,228 L36.83,234 L30.83,240']);
		const [stocks] = chart.panels;
		// The grid starts at the first bar (it started under the title, through the first label).
		const gridTop = Math.min(...[...stocks!.grid.matchAll(/M[\d.]+,([\d.]+)/gu)].map((m) => Number(m[1])));
		expect([gridTop, stocks!.axisY, stocks!.tickLabelY]).toEqual([44, 130, 144]);
		expect(stocks!.ticks.map((t) => t.first)).toEqual([true, false, false, false]);
	});

	it('draws each grid line from the first bar to the axis, broken where a label or a value is in its way', () => {
		const [stocks, flow] = chart.panels;
		// "Displaced inside Syria" (baseline 95) reaches past 2M (96.67): the lines at 0 and 2M break 1
		// unit above its box (95 - 0.93 × 13.4 - 1 = 81.54) and resume 1 unit below it (95 + 0.24 × 13.4
		// + 1 = 99.22). The first label's box ends above the first bar, where the lines start.
		expect(stocks!.grid).toBe('M0,44V81.54M0,99.22V130M96.67,44V81.54M96.67,99.22V130M193.33,44V130M290,44V130');
		expect(39 + 0.24 * NARROW_TEXT_SIZE + 1).toBeLessThan(44);
		// The flow's single label is above its bar: no line crosses it.
		expect(flow!.grid).toBe('M0,216V246M96.67,216V246M193.33,216V246M290,216V246');
	});

	it('computes the box of a range and the line of a ceiling', () => {
		const [refugees] = displacement;
		const bars = barChart([
			{ ...refugees!, id: 'range', qualifier: 'range', value: 3_000_000, upper: 4_500_000 },
			{ ...refugees!, id: 'ceiling', qualifier: 'at_most', value: 6_000_000, upper: null }
		]).panels[0]!.bars;
		expect(bars.map((b) => [b.spanBox, b.ceilingLine])).toEqual([
			[{ x: 145, y: 49, width: 72.5, height: 14 }, null],
			[null, { x: 290, y1: 96, y2: 128 }]
		]);
	});

	it('draws a label that fits on one line of its own, where it always stood', () => {
		expect(chart.panels.flatMap((p) => p.bars).map((b) => b.labelLines)).toEqual([
			[{ text: 'Refugees who have fled Syria', y: 39 }],
			[{ text: 'Displaced inside Syria', y: 95 }],
			[{ text: 'Fled the offensive on Idlib', y: 211 }]
		]);
	});

	describe('with labels too long for the chart', () => {
		const [refugees, idps, idlib] = displacement;
		const long = 'Refugees who have fled the country since the war began to the camps across the northern border and b';
		const unbroken = `https://example.org/${'displaced/inside/the/country/'.repeat(4)}`.slice(0, 100);
		const wrapped = barChart([{ ...refugees!, label: long }, { ...idps!, label: unbroken }, idlib!]);
		const bars = wrapped.panels.flatMap((p) => p.bars);
		const before = chart.panels.flatMap((p) => p.bars);

		it('wraps them onto lines within the chart’s width, even bold at the size of a narrow chart, losing no word', () => {
			// 13.4 units, not 13: the longest label takes three lines where two held it at 13.
			expect(bars.map((b) => b.labelLines.length)).toEqual([3, 2, 1]);
			for (const line of bars.flatMap((b) => b.labelLines)) {
				expect(textWidth(line.text, { size: NARROW_TEXT_SIZE, bold: true })).toBeLessThanOrEqual(wrapped.width);
			}
			expect(bars[0]!.labelLines.map((l) => l.text).join(' ')).toBe(long);
			expect(bars[1]!.labelLines.map((l) => l.text).join('')).toBe(unbroken);
			expect(bars[0]!.labelLines.map((l) => l.y)).toEqual([39, 55, 71]);
		});

		it('moves the bar under its last line, and every row below by as much as the lines added', () => {
			const added = [2 * 16, 3 * 16, 3 * 16];
			for (const [i, bar] of bars.entries()) {
				expect(bar.labelLines.at(-1)!.y + 5).toBe(bar.y);
				expect(bar.y - before[i]!.y).toBe(added[i]);
				expect(bar.valueY - before[i]!.valueY).toBe(added[i]);
			}
			expect(wrapped.height - chart.height).toBe(3 * 16);
			expect(wrapped.panels[1]!.titleY - chart.panels[1]!.titleY).toBe(3 * 16);
		});

		it('breaks each grid line where it would cross a line of a label, a unit clear of it', () => {
			const [stocks] = wrapped.panels;
			const boxes = stocks!.bars.flatMap((b) => [
				...b.labelLines.map((l) => textBox(l.text, 0, l.y, { size: NARROW_TEXT_SIZE, bold: true })),
				textBox(b.valueText, b.valueX, b.valueY, { size: 14, bold: true })
			]);
			for (const [, x, top, bottom] of stocks!.grid.matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/gu)) {
				for (const box of boxes.filter((b) => b.x - 1 <= Number(x) && Number(x) <= b.x + b.width + 1)) {
					// A unit apart, give or take the hundredths the path is written in.
					expect(Math.min(Number(bottom), box.y + box.height) - Math.max(Number(top), box.y)).toBeLessThanOrEqual(-0.99);
				}
			}
		});

		it('links each whole row, from above its first line to below its bar, the rows not overlapping', () => {
			for (const [i, link] of wrapped.links.entries()) {
				const bar = bars[i]!;
				expect(link.box.y).toBe(bar.labelLines[0]!.y - 15);
				expect(link.box.y + link.box.height).toBe(bar.y + bar.height + 4);
				const next = wrapped.links[i + 1];
				if (next) expect(next.box.y).toBeGreaterThanOrEqual(link.box.y + link.box.height);
			}
		});
	});
});
