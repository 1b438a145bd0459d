/**
 * Geometry of the unit chart: one square per 100,000 people, twenty to a row, so that 5.5
 * million reads as 55 squares and 700,000 as 7. A fraction of a unit is a narrower square;
 * "at least" and "more than" end in an open, dashed square: there are more that are not counted.
 */
import type { SourcedFigure } from '$lib/figures/dataset';
import type { Measure } from '$lib/figures/schema';
import { figureInWords, isOpenEnded, shortFigure } from './format';
import { MEASURE_TITLE } from './measures';

export const PEOPLE_PER_UNIT = 100_000;
export const UNIT_CHART_WIDTH = 400;
const PER_ROW = 20;
const SIZE = 16;
const GAP = 3;
const TITLE_HEIGHT = 22;
const GROUP_GAP = 12;
const SECTION_TITLE_HEIGHT = 26;
const SECTION_GAP = 22;

export interface Square {
	x: number;
	y: number;
	width: number;
}

export interface UnitGroup {
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
	/** Box around the group's squares and title, the area its link covers. */
	box: { y: number; height: number };
}

/** Stocks and the flow stand under headings of their own, never in one run of squares. */
export interface UnitSection {
	measure: Measure;
	title: string;
	titleY: number;
	groups: UnitGroup[];
}

export interface UnitChartModel {
	width: number;
	height: number;
	size: number;
	peoplePerUnit: number;
	sections: UnitSection[];
}

function place(index: number, top: number, width = SIZE): Square {
	return { x: (index % PER_ROW) * (SIZE + GAP), y: top + Math.floor(index / PER_ROW) * (SIZE + GAP), width };
}

export function unitChart(figures: readonly SourcedFigure[]): UnitChartModel {
	let y = 0;
	const sections: UnitSection[] = [];
	for (const measure of ['stock', 'flow'] as const) {
		const inSection = figures.filter((f) => f.measure === measure);
		if (inSection.length === 0) continue;
		const titleY = y + 16;
		y += SECTION_TITLE_HEIGHT;
		const groups = inSection.map((f) => {
			const group = unitGroup(f, y);
			y = group.box.y + group.box.height + GROUP_GAP;
			return group;
		});
		sections.push({ measure, title: MEASURE_TITLE[measure], titleY, groups });
		y += SECTION_GAP - GROUP_GAP;
	}
	return { width: UNIT_CHART_WIDTH, height: Math.max(0, y - SECTION_GAP), size: SIZE, peoplePerUnit: PEOPLE_PER_UNIT, sections };
}

function unitGroup(f: SourcedFigure, y: number): UnitGroup {
	const units = f.value / PEOPLE_PER_UNIT;
	const whole = Math.floor(units);
	const top = y + TITLE_HEIGHT;
	const squares = Array.from({ length: whole }, (_, i) => place(i, top));
	const part = units - whole;
	if (part > 0.005) squares.push(place(whole, top, Math.round(SIZE * part * 100) / 100));
	const rangeUnits = f.upper === null ? 0 : Math.round((f.upper - f.value) / PEOPLE_PER_UNIT);
	const rangeSquares = Array.from({ length: rangeUnits }, (_, i) => place(squares.length + i, top));
	const drawn = squares.length + rangeSquares.length;
	const openSquare = isOpenEnded(f.qualifier) ? place(drawn, top) : null;
	const rows = Math.ceil((drawn + (openSquare ? 1 : 0)) / PER_ROW);
	const squaresText = `${Number.isInteger(units) ? units : units.toFixed(1)} squares`;
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
		box: { y, height: TITLE_HEIGHT + rows * (SIZE + GAP) - GAP }
	};
}
