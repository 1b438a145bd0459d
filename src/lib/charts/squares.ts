/**
 * Geometry of the square chart: one square per 100,000 people, twenty to a row, so that 5.5
 * million reads as 55 squares and 700,000 as 7. A fraction of a square is a narrower square;
 * "at least" and "more than" end in an open, dashed square: there are more that are not counted.
 */
import type { SourcedFigure } from '../figures/dataset';
import type { Measure } from '../figures/schema';
import { figureInWords, isOpenEnded, shortFigure } from '../display/format';
import { MEASURE_TITLE } from '../display/measures';
import { rowBox, type ChartGeometry, type Rect } from './geometry';

export const PEOPLE_PER_SQUARE = 100_000;
export const SQUARE_CHART_WIDTH = 400;
const PER_ROW = 20;
const SIZE = 16;
const GAP = 3;
const TITLE_HEIGHT = 22;
const GROUP_GAP = 12;
const SECTION_TITLE_HEIGHT = 26;
const SECTION_GAP = 22;
/** Dashed squares are drawn inside their cell, so their stroke stays within it. */
const DASHED_INSET = 1;

export interface Square {
	x: number;
	y: number;
	width: number;
}

export interface SquareGroup {
	figureId: string;
	sentenceId: string;
	measure: Measure;
	title: string;
	/** Accessible name of the group's link. */
	words: string;
	titleY: number;
	squares: Square[];
	/** The open square after the last one, for "at least" and "more than". */
	openSquare: Square | null;
	/** Dashed squares from the value up to the top of a range. */
	rangeSquares: Square[];
	/** The range squares and the open square as drawn: dashed outlines inset in their cells. */
	dashed: Rect[];
	/** Box around the group's squares and title, the area its link covers. */
	box: { y: number; height: number };
}

/** Stocks and the flow stand under headings of their own, never in one run of squares. */
export interface SquareSection {
	measure: Measure;
	title: string;
	titleY: number;
	groups: SquareGroup[];
}

export interface SquareChartModel extends ChartGeometry {
	size: number;
	peoplePerSquare: number;
	sections: SquareSection[];
}

function place(index: number, top: number, width = SIZE): Square {
	return { x: (index % PER_ROW) * (SIZE + GAP), y: top + Math.floor(index / PER_ROW) * (SIZE + GAP), width };
}

function dashedOutline({ x, y }: Square): Rect {
	return { x: x + DASHED_INSET, y: y + DASHED_INSET, width: SIZE - 2 * DASHED_INSET, height: SIZE - 2 * DASHED_INSET };
}

export function squareChart(figures: readonly SourcedFigure[]): SquareChartModel {
	let y = 0;
	const sections: SquareSection[] = [];
	for (const measure of ['stock', 'flow'] as const) {
		const inSection = figures.filter((f) => f.measure === measure);
		if (inSection.length === 0) continue;
		const titleY = y + 16;
		y += SECTION_TITLE_HEIGHT;
		const groups = inSection.map((f) => {
			const group = squareGroup(f, y);
			y = group.box.y + group.box.height + GROUP_GAP;
			return group;
		});
		sections.push({ measure, title: MEASURE_TITLE[measure], titleY, groups });
		y += SECTION_GAP - GROUP_GAP;
	}
	const links = sections
		.flatMap((s) => s.groups)
		.map(({ figureId, sentenceId, words, box }) => ({
			figureId,
			sentenceId,
			words,
			box: rowBox(SQUARE_CHART_WIDTH, box.y, box.y + box.height + 4)
		}));
	return {
		width: SQUARE_CHART_WIDTH,
		height: Math.max(0, y - SECTION_GAP),
		links,
		size: SIZE,
		peoplePerSquare: PEOPLE_PER_SQUARE,
		sections
	};
}

function squareGroup(f: SourcedFigure, y: number): SquareGroup {
	const count = f.value / PEOPLE_PER_SQUARE;
	const whole = Math.floor(count);
	const top = y + TITLE_HEIGHT;
	const squares = Array.from({ length: whole }, (_, i) => place(i, top));
	const part = count - whole;
	if (part > 0.005) squares.push(place(whole, top, Math.round(SIZE * part * 100) / 100));
	const rangeCount = f.upper === null ? 0 : Math.round((f.upper - f.value) / PEOPLE_PER_SQUARE);
	const rangeSquares = Array.from({ length: rangeCount }, (_, i) => place(squares.length + i, top));
	const drawn = squares.length + rangeSquares.length;
	const openSquare = isOpenEnded(f.qualifier) ? place(drawn, top) : null;
	const rows = Math.ceil((drawn + (openSquare ? 1 : 0)) / PER_ROW);
	const squaresText = `${Number.isInteger(count) ? count : count.toFixed(1)} squares`;
	const title = `${shortFigure(f)} · ${f.label}`;
	return {
		figureId: f.id,
		sentenceId: f.provenance.sentenceId,
		measure: f.measure,
		title,
		// The visible title first (WCAG 2.5.3), then the figure in words.
		words: `${title}: ${figureInWords(f)}, ${squaresText}`,
		titleY: y + 15,
		squares,
		openSquare,
		rangeSquares,
		dashed: [...rangeSquares, ...(openSquare ? [openSquare] : [])].map(dashedOutline),
		box: { y, height: TITLE_HEIGHT + rows * (SIZE + GAP) - GAP }
	};
}
