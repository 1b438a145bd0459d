// What every chart shares: link boxes across the chart's width, and rounding (src/lib/charts/geometry.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NARROW_CHART_WIDTH, NARROW_TEXT_SIZE, roomFor, round, rowBox } from '$lib/charts/geometry';

describe('rowBox', () => {
	it('spans the chart, a margin beyond each side, from top to bottom', () => {
		expect(rowBox(400, 24, 72)).toEqual({ x: -4, y: 24, width: 408, height: 48 });
		expect(rowBox(100, 0, 0)).toEqual({ x: -4, y: 0, width: 108, height: 0 });
	});
});

describe('round', () => {
	it.each([
		[265.8333333, 265.83],
		[33.835, 33.84],
		[290, 290],
		[-0.004, -0]
	])('rounds %d to two decimals: %d', (value, rounded) => expect(round(value)).toBe(rounded));
});

describe('a narrow chart’s text', () => {
	it('is raised to a size that a 400-unit drawing 359 px wide (a 375 px phone) shows at 12 px or more', () => {
		expect((NARROW_TEXT_SIZE * 359) / 400).toBeGreaterThanOrEqual(12);
		// Below NARROW_CHART_WIDTH px the 11-unit labels would be drawn under 12 px; at it, not.
		expect((11 * (NARROW_CHART_WIDTH - 1)) / 400).toBeLessThan(12);
		expect((11 * NARROW_CHART_WIDTH) / 400).toBeGreaterThanOrEqual(12);
		expect([roomFor(11), roomFor(13), roomFor(14)]).toEqual([NARROW_TEXT_SIZE, NARROW_TEXT_SIZE, 14]);
	});

	it('is raised by the components’ CSS at that width and to that size, which the layouts leave room for', () => {
		const frame = readFileSync('src/lib/components/ChartFrame.svelte', 'utf8');
		const timeline = readFileSync('src/lib/components/TimelineChart.svelte', 'utf8');
		for (const css of [frame, timeline]) expect(css).toContain(`@container (width < ${NARROW_CHART_WIDTH}px)`);
		expect(frame).toContain(`--narrow-text: ${NARROW_TEXT_SIZE}px;`);
		// The timeline's quotes are drawn at that size everywhere: their boxes are laid out for it.
		expect(timeline).toContain(`font-size: ${NARROW_TEXT_SIZE}px;`);
	});
});
