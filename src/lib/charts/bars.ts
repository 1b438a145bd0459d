/**
 * Geometry of the displacement bar chart, computed once at build time (d3-scale), so the page
 * ships coordinates, not d3. Stocks and the flow get panels of their own, one scale shared so
 * that lengths stay honest, and each bar carries its qualifier: an open end for "at least" and
 * "more than", a ragged end for "around". Every shape is computed here: the component only draws.
 */
import { scaleLinear } from 'd3-scale';
import type { SourcedFigure } from '../figures/dataset';
import type { Measure } from '../figures/schema';
import type { Qualifier } from '../quantities';
import { figureInWords, isOpenEnded, shortCount, shortFigure } from '../display/format';
import { MEASURE_TITLE } from '../display/measures';
import { round, roomFor, rowBox, type ChartGeometry, type ChartLink, type Rect } from './geometry';
import { sectionTitle, textBox, textLines, wrapText, type SectionTitle, type TextLine } from './text';

export const BAR_CHART_WIDTH = 400;
const BAR_HEIGHT = 24;
const LABEL_HEIGHT = 18;
/** A label too long for the chart's width wraps onto lines this far apart, and its bar moves down. */
const LABEL_LINE_HEIGHT = 16;
/**
 * Labels are 13px (ChartFrame's CSS), raised on a narrow chart (roomFor), and bold while their
 * figure is highlighted: wrapped as if always bold, at the larger size.
 */
const LABEL_STYLE = { size: roomFor(13), bold: true };
/** Values are 14px bold (BarChart's CSS), and at the narrow text size on a narrow chart: room for the larger. */
const VALUE_STYLE = { size: 14, bold: true };
/** Room kept between a grid line and a label or value it passes, so that it never runs through one. */
const GRID_CLEARANCE = 1;
/** A piece of grid line shorter than this (between a label and a value, say) is left out rather than drawn as a stub. */
const SHORTEST_GRID = 8;
const BAR_GAP = 14;
const PANEL_TITLE_HEIGHT = 26;
const AXIS_HEIGHT = 26;
const PANEL_GAP = 22;
/** Where bars may end; the rest of the width holds the open end and the value label. */
const PLOT_WIDTH = 290;
/** Length of the faded extension that says "and more". */
const OPEN_END_LENGTH = 26;

export interface BarMark {
	figureId: string;
	/** What the marks below say of the number; the legend names the qualifiers drawn. */
	qualifier: Qualifier;
	/** The label above the bar, on as many lines as the chart's width needs. */
	labelLines: TextLine[];
	valueText: string;
	y: number;
	width: number;
	height: number;
	/** "At least" and "more than": a faded extension after the bar, and an arrow at its tip. */
	fade: Rect | null;
	arrow: string | null;
	/** "Around" and "nearly": a zigzag across the bar's end, the length is approximate. */
	ragged: string | null;
	/** A range: the dashed box from the value to its top. */
	spanBox: Rect | null;
	/** "Up to" and "fewer than": the value is a ceiling, drawn as a line across the bar's end. */
	ceilingLine: { x: number; y1: number; y2: number } | null;
	valueX: number;
	/** Baseline of the value label, centred on the bar. */
	valueY: number;
}

export interface Tick {
	x: number;
	label: string;
	/** The first tick's label starts at the axis rather than centring on it, so it is not cut off. */
	first: boolean;
}

export interface BarPanel {
	measure: Measure;
	title: string;
	/** The title split at its colon, for a narrow chart's lighter gloss. */
	heading: SectionTitle;
	titleY: number;
	axisY: number;
	/** The grid lines of the ticks, from the top of the panel's first bar to axisY, as one path: each broken where it would cross a label or a value. */
	grid: string;
	tickLabelY: number;
	ticks: Tick[];
	bars: BarMark[];
}

export interface BarChartModel extends ChartGeometry {
	panels: BarPanel[];
}

function raggedEnd(x: number, y: number, height: number): string {
	const step = height / 4;
	return `M${x - 3},${y}` + [1, 2, 3, 4].map((i) => ` L${x + (i % 2 ? 3 : -3)},${y + i * step}`).join('');
}

function openEndArrow(tipX: number, y: number, height: number): string {
	return `M${tipX - 8},${y + 4} l8,${height / 2 - 4} l-8,${height / 2 - 4}`;
}

function barMark(f: SourcedFigure, width: number, span: number, y: number): BarMark {
	const openEnd = isOpenEnded(f.qualifier);
	const approx = f.qualifier === 'approx' || f.qualifier === 'nearly';
	const ceiling = f.qualifier === 'at_most' || f.qualifier === 'less_than';
	const labelLines = textLines(wrapText(f.label, BAR_CHART_WIDTH, LABEL_STYLE), y + 13, LABEL_LINE_HEIGHT);
	const barY = y + LABEL_HEIGHT + (labelLines.length - 1) * LABEL_LINE_HEIGHT;
	return {
		figureId: f.id,
		qualifier: f.qualifier,
		labelLines,
		valueText: shortFigure(f),
		y: barY,
		width,
		height: BAR_HEIGHT,
		fade: openEnd ? { x: width, y: barY, width: OPEN_END_LENGTH, height: BAR_HEIGHT } : null,
		arrow: openEnd ? openEndArrow(width + OPEN_END_LENGTH, barY, BAR_HEIGHT) : null,
		ragged: approx ? raggedEnd(width, barY, BAR_HEIGHT) : null,
		spanBox: span > 0 ? { x: width, y: barY + 5, width: span, height: BAR_HEIGHT - 10 } : null,
		ceilingLine: ceiling ? { x: width, y1: barY - 4, y2: barY + BAR_HEIGHT + 4 } : null,
		valueX: round(width + span + (openEnd ? OPEN_END_LENGTH : 0) + 6),
		valueY: barY + BAR_HEIGHT / 2 + 5
	};
}

/**
 * The grid line at `x` from `top` to `bottom`, as path segments, left out where it would pass
 * through any of `boxes` (with GRID_CLEARANCE around them), and where what is left is a stub.
 */
function gridLine(x: number, top: number, bottom: number, boxes: readonly Rect[]): string {
	const crossed = boxes
		.filter((box) => box.x - GRID_CLEARANCE <= x && x <= box.x + box.width + GRID_CLEARANCE)
		.map((box) => [box.y - GRID_CLEARANCE, box.y + box.height + GRID_CLEARANCE] as const)
		.sort((a, b) => a[0] - b[0]);
	let path = '';
	let from = top;
	for (const [start, end] of [...crossed, [bottom, bottom] as const]) {
		const to = Math.min(start, bottom);
		if (to - from >= SHORTEST_GRID) path += `M${x},${round(from)}V${round(to)}`;
		from = Math.max(from, end);
	}
	return path;
}

/** Where the text of a bar is: its label's lines and its value, as a browser would box them. */
function textBoxes(bar: BarMark): Rect[] {
	return [
		...bar.labelLines.map((line) => textBox(line.text, 0, line.y, LABEL_STYLE)),
		textBox(bar.valueText, bar.valueX, bar.valueY, VALUE_STYLE)
	];
}

/** Bars for counts of people; a chart without any figure has no panels and no height. */
export function barChart(figures: readonly SourcedFigure[]): BarChartModel {
	const max = Math.max(0, ...figures.map((f) => f.upper ?? f.value));
	const x = scaleLinear().domain([0, max]).nice(4).range([0, PLOT_WIDTH]);
	const ticks = x.ticks(4).map((t) => ({ x: round(x(t)), label: shortCount(t), first: t === 0 }));
	const panels: BarPanel[] = [];
	const links: ChartLink[] = [];
	let y = 0;
	for (const measure of ['stock', 'flow'] as const) {
		const inPanel = figures.filter((f) => f.measure === measure);
		if (inPanel.length === 0) continue;
		const titleY = y + 16;
		y += PANEL_TITLE_HEIGHT;
		const bars = inPanel.map((f): BarMark => {
			const width = round(x(f.value));
			const span = f.upper === null ? 0 : round(x(f.upper) - width);
			const bar = barMark(f, width, span, y);
			links.push({
				figureId: f.id,
				sentenceId: f.provenance.sentenceId,
				href: `#${f.provenance.sentenceId}`,
				name: `${f.label}: ${figureInWords(f)}`,
				// From above the label to just below the bar: the whole row is the link.
				box: rowBox(BAR_CHART_WIDTH, y - 2, bar.y + bar.height + 4)
			});
			y = bar.y + BAR_HEIGHT + BAR_GAP;
			return bar;
		});
		const axisY = y - BAR_GAP + 6;
		const boxes = bars.flatMap(textBoxes);
		const grid = ticks.map((tick) => gridLine(tick.x, bars[0]!.y, axisY, boxes)).join('');
		const title = MEASURE_TITLE[measure];
		panels.push({ measure, title, heading: sectionTitle(title), titleY, axisY, grid, tickLabelY: axisY + 14, ticks, bars });
		y += AXIS_HEIGHT + PANEL_GAP - BAR_GAP;
	}
	const height = panels.length === 0 ? 0 : y - PANEL_GAP + 6;
	return { width: BAR_CHART_WIDTH, height, links, panels };
}
