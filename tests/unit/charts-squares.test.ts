// Geometry of the square chart, one square per 100,000 people (src/lib/charts/squares.ts).
import { describe, expect, it } from 'vitest';
import { squareChart } from '$lib/charts/squares';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';

const displacement = buildDataset(dataFiles()).figures.filter((f) =>
	['refugees', 'idps', 'new_displacement'].includes(f.indicator)
);

describe('squareChart', () => {
	const chart = squareChart(displacement);
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
		const chart = squareChart([{ ...figure!, value: 750_000, qualifier: 'exact' }]);
		const squares = chart.sections[0]!.groups[0]!.squares;
		expect(squares.map((s) => s.width)).toEqual([16, 16, 16, 16, 16, 16, 16, 8]);
	});

	it('adds dashed squares up to the top of a range', () => {
		const [figure] = displacement;
		const group = squareChart([{ ...figure!, qualifier: 'range', value: 300_000, upper: 500_000 }]).sections[0]!.groups[0]!;
		expect([group.squares.length, group.rangeSquares.map((s) => s.x), group.openSquare]).toEqual([3, [57, 76], null]);
	});

	it('keeps stocks and the flow under headings of their own', () => {
		expect(chart.sections.map((s) => [s.measure, s.groups.length])).toEqual([
			['stock', 2],
			['flow', 1]
		]);
		expect(groups[0]!.words).toBe('≥ 5.5M · Refugees who have fled Syria: at least 5.5 million, 55 squares');
	});

	it('draws the range squares and the open square as dashed outlines inside their cells', () => {
		expect(groups[0]!.dashed).toEqual([{ x: 15 * 19 + 1, y: groups[0]!.squares[40]!.y + 1, width: 14, height: 14 }]);
		const [figure] = displacement;
		const range = squareChart([{ ...figure!, qualifier: 'range', value: 300_000, upper: 500_000 }]).sections[0]!.groups[0]!;
		expect(range.dashed.map((d) => [d.x, d.width])).toEqual([
			[58, 14],
			[77, 14]
		]);
	});

	it('links each group, title and squares, to its sentence', () => {
		expect(chart.links.map((l) => [l.figureId, l.sentenceId, l.box])).toEqual(
			groups.map((g) => [g.figureId, g.sentenceId, { x: -4, y: g.box.y, width: 408, height: g.box.height + 4 }])
		);
		expect(chart.links[2]!.words).toBe('≈ 700k · Fled the offensive on Idlib: around 700,000, 7 squares');
	});
});
