// What every chart shares: link boxes across the chart's width, and rounding (src/lib/charts/geometry.ts).
import { describe, expect, it } from 'vitest';
import { round, rowBox } from '$lib/charts/geometry';

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
