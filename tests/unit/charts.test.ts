import { describe, expect, it } from 'vitest';
import { barChart } from '$lib/charts/bars';
import { unitChart } from '$lib/charts/units';
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
		expect(bars.map((b) => [b.valueText, b.openEnd, b.approx])).toEqual([
			['≥ 5.5M', true, false],
			['> 6M', true, false],
			['≈ 700k', false, true]
		]);
		expect(bars[0]!.valueX).toBeCloseTo(bars[0]!.width + chart.openEndLength + 6);
		expect(bars[2]!.valueX).toBeCloseTo(bars[2]!.width + 6);
	});

	it('links each bar to its sentence and names it in words', () => {
		expect(chart.panels[0]!.bars[0]).toMatchObject({
			sentenceId: 's15-1',
			words: 'Refugees who have fled Syria: at least 5.5 million'
		});
	});

	it('draws the span of a range and a ceiling for "up to", with the label after them', () => {
		const [refugees] = displacement;
		const chart = barChart([
			{ ...refugees!, id: 'range', qualifier: 'range', value: 3_000_000, upper: 4_500_000 },
			{ ...refugees!, id: 'ceiling', qualifier: 'at_most', value: 6_000_000, upper: null }
		]);
		expect(chart.panels[0]!.bars.map((b) => [b.figureId, b.width, b.span, b.ceiling, b.openEnd, b.valueX, b.valueText])).toEqual([
			['range', 145, 72.5, false, false, 223.5, '3M–4.5M'],
			['ceiling', 290, 0, true, false, 296, '≤ 6M']
		]);
	});

	it('has no panels and no height without figures', () => {
		expect(barChart([])).toEqual({ width: 400, height: 0, openEndLength: 26, panels: [] });
	});

	it('fits every value label inside the viewBox', () => {
		for (const bar of chart.panels.flatMap((p) => p.bars)) expect(bar.valueX + 50).toBeLessThanOrEqual(chart.width);
		expect(chart.height).toBeGreaterThan(chart.panels.at(-1)!.axisY + 14);
	});
});

describe('unitChart', () => {
	const chart = unitChart(displacement);
	const groups = chart.sections.flatMap((s) => s.groups);

	it('draws one square per 100,000 people, twenty to a row', () => {
		expect(groups.map((g) => [g.figureId, g.squares.length])).toEqual([
			['syria-refugees', 55],
			['syria-idps', 60],
			['idlib-offensive-displaced', 7]
		]);
		const refugees = groups[0]!;
		expect(refugees.squares[19]!.y).toBe(refugees.squares[0]!.y);
		expect(refugees.squares[20]!.y).toBe(refugees.squares[0]!.y + 19);
		expect(refugees.squares[20]!.x).toBe(0);
	});

	it('ends "at least" and "more than" with an open square, and not "around"', () => {
		expect(groups.map((g) => g.openSquare)).toEqual([
			{ x: 15 * 19, y: groups[0]!.squares[40]!.y, width: 16 },
			{ x: 0, y: groups[1]!.squares[0]!.y + 3 * 19, width: 16 },
			null
		]);
	});

	it('draws a fraction of a unit as a narrower square', () => {
		const [figure] = displacement;
		const chart = unitChart([{ ...figure!, value: 750_000, qualifier: 'exact' }]);
		const squares = chart.sections[0]!.groups[0]!.squares;
		expect(squares.map((s) => s.width)).toEqual([16, 16, 16, 16, 16, 16, 16, 8]);
	});

	it('adds dashed squares up to the top of a range', () => {
		const [figure] = displacement;
		const group = unitChart([{ ...figure!, qualifier: 'range', value: 300_000, upper: 500_000 }]).sections[0]!.groups[0]!;
		expect([group.squares.length, group.rangeSquares.map((s) => s.x), group.openSquare]).toEqual([3, [57, 76], null]);
	});

	it('keeps stocks and the flow under headings of their own', () => {
		expect(chart.sections.map((s) => [s.measure, s.groups.length])).toEqual([
			['stock', 2],
			['flow', 1]
		]);
		expect(groups[0]!.words).toBe('≥ 5.5M · Refugees who have fled Syria: at least 5.5 million, 55 squares');
	});
});
