// Geometry of the square chart, one square per 100,000 people (src/lib/charts/squares.ts).
import { describe, expect, it } from 'vitest';
import { squareChart, squaresPath, type Square } from '$lib/charts/squares';
import { NARROW_TEXT_SIZE } from '$lib/charts/geometry';
import { textWidth } from '$lib/charts/text';
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

	it('ends "at least" and "more than" with an open square, and not "around" (drawn inside its cell)', () => {
		expect(groups.map((g) => g.openSquare)).toEqual([
			{ x: 15 * 19 + 1, y: groups[0]!.squares[40]!.y + 1, width: 14, height: 14 },
			{ x: 0 + 1, y: groups[1]!.squares[0]!.y + 3 * 19 + 1, width: 14, height: 14 },
			null
		]);
		expect(groups.map((g) => g.qualifier)).toEqual(['at_least', 'more_than', 'approx']);
	});

	it('draws a fraction of a unit as a narrower square', () => {
		const [figure] = displacement;
		const chart = squareChart([{ ...figure!, value: 750_000, qualifier: 'exact' }]);
		const squares = chart.sections[0]!.groups[0]!.squares;
		expect(squares.map((s) => s.width)).toEqual([16, 16, 16, 16, 16, 16, 16, 8]);
	});

	it('draws each group as one path that traces exactly its squares, in relative steps', () => {
		for (const group of groups) expect(rectanglesOf(group.path)).toEqual(group.squares.map((s) => ({ ...s, height: 16 })));
		expect(groups[2]!.path).toBe(`M0,${groups[2]!.squares[0]!.y}h16v16h-16z${'m19,0h16v16h-16z'.repeat(6)}`);
		// A narrower last square, and the step back to the start of the next row.
		const partial: Square[] = [{ x: 361, y: 10, width: 16 }, { x: 0, y: 29, width: 8.5 }];
		expect(squaresPath(partial, 16)).toBe('M361,10h16v16h-16zm-361,19h8.5v16h-8.5z');
		expect(squaresPath([], 16)).toBe('');
	});

	it('adds dashed squares up to the top of a range', () => {
		const [figure] = displacement;
		const group = squareChart([{ ...figure!, qualifier: 'range', value: 300_000, upper: 500_000 }]).sections[0]!.groups[0]!;
		expect([group.squares.length, group.rangeSquares.map((s) => s.x - 1), group.openSquare]).toEqual([3, [57, 76], null]);
	});

	it('keeps stocks and the flow under headings of their own', () => {
		expect(chart.sections.map((s) => [s.measure, s.groups.length])).toEqual([
			['stock', 2],
			['flow', 1]
		]);
		expect(chart.links[0]!.name).toBe('≥ 5.5M · Refugees who have fled Syria: at least 5.5 million, 55 squares');
	});

	it('links each group, title and squares, to its sentence (where the page linked them before)', () => {
		expect(chart.links.map((l) => [l.figureId, l.sentenceId, l.box])).toEqual([
			['syria-refugees', 's15-1', { x: -4, y: 26, width: 408, height: 80 }],
			['syria-idps', 's15-1', { x: -4, y: 114, width: 408, height: 99 }],
			['idlib-offensive-displaced', 's11-1', { x: -4, y: 257, width: 408, height: 42 }]
		]);
		expect(chart.links[2]!.name).toBe('≈ 700k · Fled the offensive on Idlib: around 700,000, 7 squares');
	});

	it.each([
		[100_000, '1 square'],
		[750_000, '7.5 squares'],
		[12, 'less than a tenth of a square']
	])('says %d people are %s', (value, squares) => {
		const [figure] = displacement;
		const link = squareChart([{ ...figure!, value, qualifier: 'exact' }]).links[0]!;
		expect(link.name.endsWith(`, ${squares}`)).toBe(true);
	});

	it('draws a title that fits on one line of its own, where it always stood', () => {
		expect(groups.map((g) => g.titleLines)).toEqual([
			[{ text: '≥ 5.5M · Refugees who have fled Syria', y: 41 }],
			[{ text: '> 6M · Displaced inside Syria', y: 129 }],
			[{ text: '≈ 700k · Fled the offensive on Idlib', y: 272 }]
		]);
	});

	describe('with titles too long for the chart', () => {
		const [refugees, idps, idlib] = displacement;
		const long = 'Refugees who have fled the country since the war began to the camps across the northern border and b';
		const unbroken = `https://example.org/${'displaced/inside/the/country/'.repeat(4)}`.slice(0, 100);
		const wrapped = squareChart([{ ...refugees!, label: long }, { ...idps!, label: unbroken }, idlib!]);
		const after = wrapped.sections.flatMap((s) => s.groups);

		it('wraps them onto lines within the chart’s width, as if bold and at the size of a narrow chart, losing no word', () => {
			expect(after.map((g) => g.titleLines.length)).toEqual([3, 3, 1]);
			for (const line of after.flatMap((g) => g.titleLines)) {
				expect(textWidth(line.text, { size: NARROW_TEXT_SIZE, bold: true })).toBeLessThanOrEqual(wrapped.width);
			}
			expect(after[0]!.titleLines.map((l) => l.text).join(' ')).toBe(`≥ 5.5M · ${long}`);
			expect(after[1]!.titleLines.map((l) => l.text).join('')).toBe(`> 6M ·${unbroken}`);
			expect(after[0]!.titleLines.map((l) => l.y)).toEqual([41, 57, 73]);
		});

		it('moves the squares under the last line, and every group below by as much as the lines added', () => {
			const added = [2 * 16, 4 * 16, 4 * 16];
			for (const [i, group] of after.entries()) {
				expect(group.squares[0]!.y - group.titleLines.at(-1)!.y).toBe(7);
				expect(group.squares[0]!.y - groups[i]!.squares[0]!.y).toBe(added[i]);
			}
			expect(wrapped.height - chart.height).toBe(4 * 16);
		});

		it('links each whole group, its title and squares, the groups not overlapping', () => {
			for (const [i, link] of wrapped.links.entries()) {
				const group = after[i]!;
				expect(link.box.y).toBeLessThan(group.titleLines[0]!.y - 13);
				expect(link.box.y + link.box.height).toBeGreaterThan(Math.max(...group.squares.map((s) => s.y + 16)));
				const next = wrapped.links[i + 1];
				if (next) expect(next.box.y).toBeGreaterThanOrEqual(link.box.y + link.box.height);
			}
		});
	});

	it('gives each square ten times more people when a figure would take more than 1,000 squares', () => {
		const [figure] = displacement;
		const huge = squareChart([{ ...figure!, value: 10_000_000_000, qualifier: 'exact' }]);
		expect(huge.peoplePerSquare).toBe(10_000_000);
		expect(huge.sections[0]!.groups[0]!.squares).toHaveLength(1_000);
		expect(squareChart([{ ...figure!, value: 100_000_000, qualifier: 'exact' }]).peoplePerSquare).toBe(100_000);
		expect(squareChart([{ ...figure!, value: 100_000_001, qualifier: 'exact' }]).peoplePerSquare).toBe(1_000_000);
		expect(chart.peoplePerSquare).toBe(100_000);
	});
});

/** The rectangles a path of `M/m x,y h w v s h -w z` runs draws, read back independently of squaresPath. */
function rectanglesOf(path: string): { x: number; y: number; width: number; height: number }[] {
	const runs = [...path.matchAll(/([Mm])(-?[\d.]+),(-?[\d.]+)h([\d.]+)v([\d.]+)h(-[\d.]+)z/gu)];
	expect(runs.map((r) => r[0]).join('')).toBe(path);
	let x = 0;
	let y = 0;
	return runs.map(([, move, dx, dy, width, height, back]) => {
		x = move === 'M' ? Number(dx) : x + Number(dx);
		y = move === 'M' ? Number(dy) : y + Number(dy);
		expect(Number(back)).toBe(-Number(width));
		return { x, y, width: Number(width), height: Number(height) };
	});
}
