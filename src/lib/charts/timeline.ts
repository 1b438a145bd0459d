/**
 * Geometry of the timeline: counts over the years, one panel per indicator, each official series
 * a line of year-end points labelled at its end, and the article's figures drawn on the day they
 * were reported with their qualifier in the mark (an arrow up for "at least" and "more than", down
 * for "up to" and "fewer than", a span for a range, "≈" in the label for "around"). Computed at
 * build time (d3-scale, d3-shape) so the page ships coordinates, not d3; the component only draws.
 * Each figure's shape says whom it is attributed to, and its quote waits, hidden, in a box the
 * page's CSS shows while the figure is pointed at or focused (pages/highlight-style.ts).
 *
 * The panels share one vertical scale, so a length means the same number of people in each; a
 * year is a band on the time axis, and a year-end count sits at the band's right edge, where the
 * year ends, so a figure reported in February lands just after the count of the December before.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import type { SourcedFigure } from '../figures/dataset';
import type { Qualifier } from '../quantities';
import { figureInWords, longDate, shortCount, shortFigure } from '../display/format';
import { NARROW_TEXT_SIZE, roomFor, type ChartGeometry, type ChartLink, type Rect } from './geometry';
import { normalizeSpace } from '../provenance';
import { textLines, textWidth, wrapText, type TextLine } from './text';

export const TIMELINE_WIDTH = 400;
/**
 * Left of the plot: the count labels of the vertical axis, right-aligned, 4 units from it. The
 * plot starts at least this far in, further when the widest label needs it (COUNT_LABEL_STYLE).
 */
const PLOT_LEFT = 30;
const COUNT_LABEL_GAP = 4;
/** Count labels are 11px (TimelineChart's CSS), raised on a narrow chart: room is left for that. */
const COUNT_LABEL_STYLE = { size: roomFor(11), bold: false };
/**
 * Right of the plot: the lines' labels, in a column at least this wide, wider when one of their
 * words would not fit it (a word is never cut there), but never wider than LINE_LABEL_WIDEST.
 */
const LINE_LABEL_WIDTH = 94;
const LINE_LABEL_WIDEST = 140;
/** Between the plot's right edge and the lines' labels. */
const LINE_LABEL_GAP = 8;
/** Line labels are 12px bold (TimelineChart's CSS), raised on a narrow chart: wrapped at the larger size. */
const LINE_LABEL_STYLE = { size: roomFor(12), bold: true };
const LINE_LABEL_LINE_HEIGHT = 16;
/** Between two lines' labels. */
const LABEL_GAP = 3;
const PLOT_HEIGHT = 150;
const PANEL_TITLE_HEIGHT = 30;
/** Below the plot: the years, their baseline low enough that "2011" clears the "0" of the counts. */
const YEAR_LABEL_HEIGHT = 23;
const YEAR_LABEL_BASELINE = 18;
const PANEL_GAP = 22;
const YEAR_LABEL_STYLE = { size: 11, bold: false };
/** The least room between two year labels. */
const YEAR_LABEL_GAP = 5;
/** The years on a narrow chart, raised: fewer of them are labelled there (YearTick's `minor`). */
const NARROW_YEAR_LABEL_STYLE = { size: roomFor(11), bold: false };
const CLAIM_LABEL_STYLE = { size: roomFor(13), bold: true };
/** How far apart the marks of figures reported on the same day stand, side by side. */
const SAME_DAY_OFFSET = 14;
/** From a mark's centre to the tip of its arrow. */
const ARROW_LENGTH = 22;

/** A year-end count of an official series. */
export interface YearValue {
	year: number;
	value: number;
}

export interface TimelineLineInput {
	id: string;
	/** Its label at the line's end, wrapped to the room there. */
	label: string;
	values: readonly YearValue[];
}

export interface TimelinePanelInput {
	/** Unique among the panels: the indicator and measure drawn. */
	key: string;
	title: string;
	/** Panels of one scale share their count axis, so a length means as many people in each: stocks with stocks, flows with flows. */
	scale: string;
	lines: readonly TimelineLineInput[];
	/** Figures in people, drawn on their reported date. */
	claims: readonly SourcedFigure[];
}

export interface LineMark {
	id: string;
	/** Its place among the panel's lines, which sets its colour, dash and points (0 solid, 1 dashed, 2 dotted). */
	index: number;
	/** The line through the year-end points; the component marks each point on it. */
	path: string;
	labelX: number;
	labelLines: TextLine[];
}

export interface ClaimMark {
	figureId: string;
	qualifier: Qualifier;
	/** The symbol, centred on (x, y): the figure's value on its reported date. */
	x: number;
	y: number;
	/** Whom the figure is attributed to, as the index of its shape in the chart's `attributions`. */
	attribution: number;
	/** Its shape, centred on the origin, drawn translated to (x, y). */
	symbol: string;
	/** "At least", "more than", "up to", "fewer than": a stem and an arrowhead. */
	arrow: string | null;
	/** A range: the span from its value to its top, with the diamond at neither end. */
	span: Rect | null;
	label: string;
	labelX: number;
	labelY: number;
	/** The figure's words, shown while it is pointed at or focused: a box above the mark (below when there is no room), inside the chart. */
	quote: { box: Rect; lines: TextLine[] };
}

/** Who figures are attributed to, each with the shape of its marks. */
export interface Attribution {
	/** As figures.csv has it ("UN"), or null: the article names no source. */
	name: string | null;
	symbol: string;
	/** The shape in words and as a character, for words about the chart: "diamond", "◆". */
	shape: string;
	glyph: string;
}

export interface AxisTick {
	position: number;
	label: string;
}

export interface YearTick extends AxisTick {
	/** Labelled where the chart is wide only: a narrow chart's larger labels need every other one's room. */
	minor: boolean;
}

export interface TimelinePanel {
	key: string;
	title: string;
	titleY: number;
	plotTop: number;
	plotBottom: number;
	/** Counts, labelled at the left of their grid lines. */
	countTicks: AxisTick[];
	/** The grid lines of the counts, as one path. */
	grid: string;
	/** Years: each label centred in its year's band. */
	yearTicks: YearTick[];
	/** Where one year ends and the next begins: short ticks under the time axis, as one path, each tick from the one before (it repeats, and compresses). */
	yearEnds: string;
	yearLabelY: number;
	lines: LineMark[];
	claims: ClaimMark[];
}

export interface TimelineChartModel extends ChartGeometry {
	/** Whom the drawn figures are attributed to, in order of first appearance, each with its shape. */
	attributions: Attribution[];
	/** How many line styles the panels use: the most lines any panel has. */
	lineStyles: number;
	plotLeft: number;
	plotRight: number;
	firstYear: number;
	lastYear: number;
	panels: TimelinePanel[];
}

/** A tenth of a unit is finer than a pixel at any size the chart is shown, and keeps the paths short. */
const tenth = (value: number) => Math.round(value * 10) / 10;

const utc = (year: number, monthIndex = 0, day = 1) => Date.UTC(year, monthIndex, day);
const dateOf = (iso: string) => utc(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** The first year whose band is drawn and the last: every series' years and every figure's. */
function yearSpan(panels: readonly TimelinePanelInput[]): [number, number] {
	const years = panels.flatMap((p) => [
		...p.lines.flatMap((l) => l.values.map((v) => v.year)),
		...p.claims.map((f) => Number(f.reported.slice(0, 4)))
	]);
	return [Math.min(...years), Math.max(...years)];
}

/**
 * Every `step`-th year counted back from the last, so the latest year is always labelled; on a
 * narrow chart, whose labels are larger, a multiple of that step, so its years are some of these.
 */
function labelledYears(first: number, last: number, bandWidth: number): { year: number; minor: boolean }[] {
	const fits = (style: typeof YEAR_LABEL_STYLE) => (step: number) => step * bandWidth >= textWidth(String(last), style) + YEAR_LABEL_GAP;
	const step = [1, 2, 3, 5, 10].find(fits(YEAR_LABEL_STYLE)) ?? 10;
	const narrowStep = [1, 2, 3, 4, 5, 6, 10].map((times) => times * step).find(fits(NARROW_YEAR_LABEL_STYLE)) ?? 10 * step;
	const years: { year: number; minor: boolean }[] = [];
	for (let year = last; year >= first; year -= step) years.unshift({ year, minor: (last - year) % narrowStep !== 0 });
	return years;
}

/**
 * Labels at the lines' ends, each as near its line's last point as it can be without overlapping
 * another: pushed down in order, then the whole stack up if it ran past the bottom.
 */
function placeLabels(wanted: readonly { y: number; height: number }[], top: number, bottom: number): number[] {
	const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]!.y - wanted[b]!.y);
	const tops: number[] = wanted.map((w) => w.y - w.height / 2);
	let next = top;
	for (const i of order) {
		tops[i] = Math.max(tops[i]!, next);
		next = tops[i]! + wanted[i]!.height + LABEL_GAP;
	}
	let limit = bottom;
	for (const i of [...order].reverse()) {
		tops[i] = Math.min(tops[i]!, limit - wanted[i]!.height);
		limit = tops[i]! - LABEL_GAP;
	}
	return tops;
}

function arrowPath(x: number, y: number, direction: 'up' | 'down'): string {
	const s = direction === 'up' ? -1 : 1;
	const tip = tenth(y + s * ARROW_LENGTH);
	return `M${x},${tenth(y + s * 6)}V${tip}M${x - 4},${tenth(tip - s * 5)}L${x},${tip}L${x + 4},${tenth(tip - s * 5)}`;
}

/** Shapes told apart without colour, each with the character that names it in words. */
const SHAPES = [
	{ type: symbolDiamond, size: 70, shape: 'diamond', glyph: '◆' },
	{ type: symbolCircle, size: 55, shape: 'circle', glyph: '●' },
	{ type: symbolSquare, size: 50, shape: 'square', glyph: '■' },
	{ type: symbolTriangle, size: 55, shape: 'triangle', glyph: '▲' },
	{ type: symbolStar, size: 70, shape: 'star', glyph: '★' }
].map(({ type, size, shape, glyph }) => ({ symbol: symbol(type, size).digits(2)() ?? '', shape, glyph }));

/** The attributions of `figures` in order of first appearance, shapes in turn (after five, they repeat). */
function attributionsOf(figures: readonly SourcedFigure[]): Attribution[] {
	const names = [...new Set(figures.map((f) => f.attributed_to))];
	return names.map((name, i) => ({ name, ...SHAPES[i % SHAPES.length]! }));
}

/** A quote is drawn at the size a narrow chart raises its text to, whatever the width: its box fits its lines. */
const QUOTE_STYLE = { size: NARROW_TEXT_SIZE, bold: false };
const QUOTE_WIDTH = 210;
const QUOTE_LINE_HEIGHT = 17;
const QUOTE_PADDING = 6;
/** Long quotes are cut: the box is a reminder of the words, the sentence is one click away. */
const QUOTE_LINES = 4;

/** The quote's box: above the mark, or below it when the chart's top is too near; never outside the chart. */
function quoteBox(f: SourcedFigure, x: number, top: number, bottom: number): ClaimMark['quote'] {
	const wrapped = wrapText(`“${normalizeSpace(f.provenance.selectors[0].exact)}”`, QUOTE_WIDTH - 2 * QUOTE_PADDING, QUOTE_STYLE, QUOTE_LINES);
	// Rounded up to a tenth, as the box is written: its lines never reach past its edge.
	const width = Math.ceil((Math.max(...wrapped.map((line) => textWidth(line, QUOTE_STYLE))) + 2 * QUOTE_PADDING) * 10) / 10;
	const height = wrapped.length * QUOTE_LINE_HEIGHT + 2 * QUOTE_PADDING - 3;
	const boxX = Math.min(Math.max(x - width / 2, 0), TIMELINE_WIDTH - width);
	const boxY = top - height - 4 >= 0 ? top - height - 4 : bottom + 4;
	return {
		box: { x: tenth(boxX), y: tenth(boxY), width: tenth(width), height: tenth(height) },
		lines: textLines(wrapped, tenth(boxY + QUOTE_PADDING + 11), QUOTE_LINE_HEIGHT)
	};
}

function claimMark(
	f: SourcedFigure,
	x: number,
	count: (value: number) => number,
	plot: { top: number; bottom: number },
	sameDay: { index: number; count: number },
	attribution: number,
	shape: string
): { mark: ClaimMark; box: Rect } {
	const y = tenth(count(f.value));
	const up = f.qualifier === 'at_least' || f.qualifier === 'more_than';
	const down = f.qualifier === 'at_most' || f.qualifier === 'less_than';
	const top = f.upper === null ? null : tenth(count(f.upper));
	const label = shortFigure(f);
	const labelWidth = textWidth(label, CLAIM_LABEL_STYLE);
	const [labelX, labelY] = labelPlace({ x, y, top, up, down, labelWidth, plot, sameDay });
	const highest = Math.min(up ? y - ARROW_LENGTH : y - 8, top ?? Infinity, labelY - 13);
	const lowest = Math.max(down ? y + ARROW_LENGTH : y + 8, labelY + 4);
	const left = Math.min(x - 8, labelX - labelWidth / 2);
	const right = Math.max(x + 8, labelX + labelWidth / 2);
	return {
		mark: {
			figureId: f.id,
			qualifier: f.qualifier,
			x,
			y,
			attribution,
			symbol: shape,
			arrow: up ? arrowPath(x, y, 'up') : down ? arrowPath(x, y, 'down') : null,
			span: top === null ? null : { x: x - 3, y: top, width: 6, height: tenth(y - top) },
			label,
			labelX,
			labelY,
			quote: quoteBox(f, x, highest, lowest)
		},
		box: { x: tenth(left - 4), y: tenth(highest - 4), width: tenth(right - left + 8), height: tenth(lowest - highest + 8) }
	};
}

/**
 * Where a mark's number goes (its centre, its baseline): where the arrow does not: below an
 * arrow up, above an arrow down, beside a range; below a plain mark, or above it when below
 * would cross the time axis; beside the mark when neither fits inside the plot. Of two figures
 * of one day, side by side, the first's number goes to its left and the second's to its right;
 * of more, the numbers stack under the marks in their order.
 */
function labelPlace(mark: {
	x: number;
	y: number;
	top: number | null;
	up: boolean;
	down: boolean;
	labelWidth: number;
	plot: { top: number; bottom: number };
	sameDay: { index: number; count: number };
}): [number, number] {
	const { x, y, top, up, down, labelWidth, plot, sameDay } = mark;
	const middle = tenth((top === null ? y : (y + top) / 2) + 4);
	const right: [number, number] = [tenth(x + 10 + labelWidth / 2), middle];
	if (sameDay.count === 2) return sameDay.index === 0 ? [tenth(x - 10 - labelWidth / 2), middle] : right;
	if (top !== null) return right;
	const stacked = sameDay.count > 2 ? sameDay.index * 15 : 0;
	const below: [number, number] = [x, tenth(y + (down ? ARROW_LENGTH : 0) + 22 + stacked)];
	const above: [number, number] = [x, tenth(y - (up ? ARROW_LENGTH : 0) - 14 - stacked)];
	const fits = ([, baseline]: [number, number]) => baseline - 13 >= plot.top - 6 && baseline + 4 <= plot.bottom;
	const order = down ? [above, below] : up ? [below] : [below, above];
	return order.find(fits) ?? right;
}

/** Official series as lines and figures as marks on one time axis; no panels, no height, when there is nothing to draw. */
export function timelineChart(inputs: readonly TimelinePanelInput[]): TimelineChartModel {
	const drawn = inputs.filter((p) => p.lines.some((l) => l.values.length > 0) || p.claims.length > 0);
	if (drawn.length === 0) return { width: TIMELINE_WIDTH, height: 0, links: [], attributions: [], lineStyles: 0, plotLeft: PLOT_LEFT, plotRight: TIMELINE_WIDTH - LINE_LABEL_WIDTH - LINE_LABEL_GAP, firstYear: 0, lastYear: 0, panels: [] };
	const [firstYear, lastYear] = yearSpan(drawn);
	const attributions = attributionsOf(drawn.flatMap((p) => p.claims));
	const attributionOf = (f: SourcedFigure) => attributions.findIndex((a) => a.name === f.attributed_to);
	const maxOf = (scale: string) =>
		Math.max(
			0,
			...drawn
				.filter((p) => p.scale === scale)
				.flatMap((p) => [...p.lines.flatMap((l) => l.values.map((v) => v.value)), ...p.claims.map((f) => f.upper ?? f.value)])
		);
	const counts = drawn.map((input) => scaleLinear().domain([0, maxOf(input.scale)]).nice(4));
	const countLabels = counts.flatMap((count) => count.ticks(4).map(shortCount));
	const plotLeft = Math.max(PLOT_LEFT, Math.ceil(Math.max(...countLabels.map((label) => textWidth(label, COUNT_LABEL_STYLE))) + COUNT_LABEL_GAP));
	const words = drawn.flatMap((p) => p.lines.flatMap((l) => l.label.split(/\s+/u)));
	const labelColumn = Math.min(LINE_LABEL_WIDEST, Math.max(LINE_LABEL_WIDTH, Math.ceil(Math.max(0, ...words.map((word) => textWidth(word, LINE_LABEL_STYLE))))));
	const lineLabelX = TIMELINE_WIDTH - labelColumn;
	const plotRight = lineLabelX - LINE_LABEL_GAP;
	const time = scaleUtc().domain([utc(firstYear), utc(lastYear + 1)]).range([plotLeft, plotRight]);
	const bandWidth = (plotRight - plotLeft) / (lastYear - firstYear + 1);
	const years = labelledYears(firstYear, lastYear, bandWidth);
	const yearEndXs = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => tenth(time(utc(firstYear + i))));
	const links: ChartLink[] = [];
	const panels: TimelinePanel[] = [];
	let y = 0;
	for (const [panelIndex, input] of drawn.entries()) {
		const titleY = y + 16;
		const plotTop = y + PANEL_TITLE_HEIGHT;
		const plotBottom = plotTop + PLOT_HEIGHT;
		const count = counts[panelIndex]!.range([plotBottom, plotTop]);
		const countTicks = count.ticks(4);
		const yearEnd = (year: number) => tenth(time(utc(year + 1)));
		const path = line<YearValue>()
			.x((v) => yearEnd(v.year))
			.y((v) => count(v.value))
			.digits(1);

		const wrapped = input.lines.map((l) => wrapText(l.label, labelColumn, LINE_LABEL_STYLE));
		const labelTops = placeLabels(
			input.lines.map((l, i) => ({
				y: l.values.length > 0 ? count(l.values.at(-1)!.value) : plotBottom,
				height: wrapped[i]!.length * LINE_LABEL_LINE_HEIGHT
			})),
			plotTop - 6,
			plotBottom
		);
		const lines = input.lines.map((l, index): LineMark => ({
			id: l.id,
			index,
			path: path(l.values) ?? '',
			labelX: lineLabelX,
			labelLines: textLines(wrapped[index]!, tenth(labelTops[index]! + 10), LINE_LABEL_LINE_HEIGHT)
		}));

		// Figures reported on the same day stand side by side, centred on the day.
		const claims = input.claims.map((f) => {
			const sameDay = input.claims.filter((other) => other.reported === f.reported);
			const offset = (sameDay.indexOf(f) - (sameDay.length - 1) / 2) * SAME_DAY_OFFSET;
			const attribution = attributionOf(f);
			const { mark, box } = claimMark(
				f,
				tenth(time(dateOf(f.reported)) + offset),
				count,
				{ top: plotTop, bottom: plotBottom },
				{ index: sameDay.indexOf(f), count: sameDay.length },
				attribution,
				attributions[attribution]!.symbol
			);
			links.push({
				figureId: f.id,
				sentenceId: f.provenance.sentenceId,
				href: `#${f.provenance.sentenceId}`,
				name: `${shortFigure(f)}: ${f.label}, ${figureInWords(f)}, reported ${longDate(f.reported)}`,
				box
			});
			return mark;
		});

		panels.push({
			key: input.key,
			title: input.title,
			titleY,
			plotTop,
			plotBottom,
			countTicks: countTicks.map((t) => ({ position: tenth(count(t)), label: shortCount(t) })),
			grid: countTicks.map((t) => `M${plotLeft},${tenth(count(t))}H${plotRight}`).join(''),
			yearTicks: years.map(({ year, minor }) => ({ position: tenth(time(utc(year, 6, 2))), label: String(year), minor })),
			yearEnds: `M${yearEndXs[0]},${plotBottom}v4${yearEndXs
				.slice(1)
				.map((x, i) => `m${tenth(x - yearEndXs[i]!)},-4v4`)
				.join('')}`,
			yearLabelY: plotBottom + YEAR_LABEL_BASELINE,
			lines,
			claims
		});
		y = plotBottom + YEAR_LABEL_HEIGHT + PANEL_GAP;
	}
	return { width: TIMELINE_WIDTH, height: y - PANEL_GAP + 4, links, attributions, lineStyles: Math.max(...drawn.map((p) => p.lines.length)), plotLeft, plotRight, firstYear, lastYear, panels };
}
