/**
 * Geometry of the square chart: one square per 100,000 people, twenty to a row, so that 5.5
 * million reads as 55 squares and 700,000 as 7. A fraction of a square is a narrower square;
 * "at least" and "more than" end in an open, dashed square: there are more that are not counted.
 */
import type { SourcedFigure } from '../figures/dataset';
import type { Measure } from '../figures/schema';
import type { Qualifier } from '../quantities';
import { figureInWords, isOpenEnded, shortFigure } from '../display/format';
import { MEASURE_TITLE } from '../display/measures';
import { round, roomFor, rowBox, type ChartGeometry, type ChartLink, type Rect } from './geometry';
import { sectionTitle, textLines, wrapText, type SectionTitle, type TextLine } from './text';

export const PEOPLE_PER_SQUARE = 100_000;
/**
 * The most squares one figure may take, 50 rows: past it each square stands for ten times more
 * people, so that 10 billion (which the data allows) draws 1,000 squares, not 100,000.
 */
const MOST_SQUARES = 1_000;

/** People per square: 100,000, or a power of ten times it when the largest figure needs more squares than MOST_SQUARES. */
function scaleFor(figures: readonly SourcedFigure[]): number {
	const largest = Math.max(0, ...figures.map((f) => f.upper ?? f.value));
	let perSquare = PEOPLE_PER_SQUARE;
	while (largest / perSquare > MOST_SQUARES) perSquare *= 10;
	return perSquare;
}
export const SQUARE_CHART_WIDTH = 400;
const PER_ROW = 20;
const SIZE = 16;
const GAP = 3;
const TITLE_HEIGHT = 22;
/** A title too long for the chart's width wraps onto lines this far apart, and its squares move down. */
const TITLE_LINE_HEIGHT = 16;
/** Titles are 13px bold (ChartFrame's and SquareChart's CSS), raised on a narrow chart (roomFor): wrapped at the larger size. */
const TITLE_STYLE = { size: roomFor(13), bold: true };
const GROUP_GAP = 12;
const SECTION_TITLE_HEIGHT = 26;
const SECTION_GAP = 22;
const DASHED_INSET = 1;

export interface Square {
	x: number;
	y: number;
	width: number;
}

export interface SquareGroup {
	figureId: string;
	/** What the dashed squares say of the number; the legend names the qualifiers drawn. */
	qualifier: Qualifier;
	measure: Measure;
	/** The title above the squares, on as many lines as the chart's width needs. */
	titleLines: TextLine[];
	squares: Square[];
	/** The same squares as one path (squaresPath): what the page draws. */
	path: string;
	/** Dashed squares from the value up to the top of a range, inset in their cells. */
	rangeSquares: Rect[];
	/** The dashed open square after the last one, for "at least" and "more than", inset in its cell. */
	openSquare: Rect | null;
}

/** Stocks and the flow stand under headings of their own, never in one run of squares. */
export interface SquareSection {
	measure: Measure;
	title: string;
	/** The title split at its colon, for a narrow chart's lighter gloss. */
	heading: SectionTitle;
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

/**
 * Squares as one SVG path, each drawn from the corner of the one before it (`m19,0h16v16h-16z`):
 * a row of squares repeats one short run of text, which gzip all but erases, where a <rect> per
 * square cost a first visit 0.7 KB.
 */
export function squaresPath(squares: readonly Square[], size: number): string {
	let previous = { x: 0, y: 0 };
	return squares
		.map((square, i) => {
			const move = i === 0 ? `M${square.x},${square.y}` : `m${round(square.x - previous.x)},${round(square.y - previous.y)}`;
			previous = square;
			return `${move}h${square.width}v${size}h${-square.width}z`;
		})
		.join('');
}

/** Dashed squares are outlines inside their cell, so their stroke stays within it. */
function dashedOutline({ x, y }: Square): Rect {
	return { x: x + DASHED_INSET, y: y + DASHED_INSET, width: SIZE - 2 * DASHED_INSET, height: SIZE - 2 * DASHED_INSET };
}

export function squareChart(figures: readonly SourcedFigure[]): SquareChartModel {
	const perSquare = scaleFor(figures);
	let y = 0;
	const sections: SquareSection[] = [];
	const links: ChartLink[] = [];
	for (const measure of ['stock', 'flow'] as const) {
		const inSection = figures.filter((f) => f.measure === measure);
		if (inSection.length === 0) continue;
		const titleY = y + 16;
		y += SECTION_TITLE_HEIGHT;
		const groups = inSection.map((f) => {
			const { group, link, bottom } = squareGroup(f, y, perSquare);
			links.push(link);
			y = bottom + GROUP_GAP;
			return group;
		});
		const title = MEASURE_TITLE[measure];
		sections.push({ measure, title, heading: sectionTitle(title), titleY, groups });
		y += SECTION_GAP - GROUP_GAP;
	}
	return {
		width: SQUARE_CHART_WIDTH,
		height: Math.max(0, y - SECTION_GAP),
		links,
		size: SIZE,
		peoplePerSquare: perSquare,
		sections
	};
}

/** "55 squares", "7.5 squares", "1 square", "less than a tenth of a square": the count as the link says it. */
function squaresInWords(count: number): string {
	if (count === 1) return '1 square';
	if (count < 0.05) return 'less than a tenth of a square';
	return `${Number.isInteger(count) ? count : count.toFixed(1)} squares`;
}

/** The squares of one figure from `y` down, the link over them, and where they end. */
function squareGroup(f: SourcedFigure, y: number, perSquare: number): { group: SquareGroup; link: ChartLink; bottom: number } {
	const title = `${shortFigure(f)} · ${f.label}`;
	const titleLines = textLines(wrapText(title, SQUARE_CHART_WIDTH, TITLE_STYLE), y + 15, TITLE_LINE_HEIGHT);
	const count = f.value / perSquare;
	const whole = Math.floor(count);
	const top = y + TITLE_HEIGHT + (titleLines.length - 1) * TITLE_LINE_HEIGHT;
	const squares = Array.from({ length: whole }, (_, i) => place(i, top));
	const part = count - whole;
	if (part > 0.005) squares.push(place(whole, top, Math.round(SIZE * part * 100) / 100));
	const rangeCount = f.upper === null ? 0 : Math.round((f.upper - f.value) / perSquare);
	const rangeSquares = Array.from({ length: rangeCount }, (_, i) => place(squares.length + i, top));
	const drawn = squares.length + rangeSquares.length;
	const openSquare = isOpenEnded(f.qualifier) ? place(drawn, top) : null;
	const rows = Math.ceil((drawn + (openSquare ? 1 : 0)) / PER_ROW);
	const bottom = top + rows * (SIZE + GAP) - GAP;
	return {
		bottom,
		group: {
			figureId: f.id,
			qualifier: f.qualifier,
			measure: f.measure,
			titleLines,
			squares,
			path: squaresPath(squares, SIZE),
			rangeSquares: rangeSquares.map(dashedOutline),
			openSquare: openSquare && dashedOutline(openSquare)
		},
		link: {
			figureId: f.id,
			sentenceId: f.provenance.sentenceId,
			href: `#${f.provenance.sentenceId}`,
			// The visible title first (WCAG 2.5.3), then the figure in words.
			name: `${title}: ${figureInWords(f)}, ${squaresInWords(count)}`,
			// The title and squares, and a little below them.
			box: rowBox(SQUARE_CHART_WIDTH, y, bottom + 4)
		}
	};
}
