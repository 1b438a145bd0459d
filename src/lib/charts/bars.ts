/**
 * Geometry of the displacement bar chart, computed once at build time (d3-scale), so the page
 * ships coordinates, not d3. Stocks and the flow get panels of their own, one scale shared so
 * that lengths stay honest, and each bar carries its qualifier: an open end for "at least" and
 * "more than", a ragged end for "around".
 */
import { scaleLinear } from 'd3-scale';
import type { SourcedFigure } from '$lib/figures/dataset';
import type { Measure } from '$lib/figures/schema';
import { figureInWords, isOpenEnded, shortCount, shortFigure } from './format';
import { MEASURE_TITLE } from './measures';

export const BAR_CHART_WIDTH = 400;
const BAR_HEIGHT = 24;
const LABEL_HEIGHT = 18;
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
	sentenceId: string;
	label: string;
	valueText: string;
	/** Accessible name: the visible label first (WCAG 2.5.3), then the figure in words. */
	words: string;
	y: number;
	width: number;
	height: number;
	openEnd: boolean;
	approx: boolean;
	/** Length from the value to the top of a range; 0 when the figure is not a range. */
	span: number;
	/** "Up to" and "fewer than": the value is a ceiling, drawn as a line across the bar's end. */
	ceiling: boolean;
	/** Baseline of the label above the bar. */
	labelY: number;
	valueX: number;
}

export interface Tick {
	x: number;
	label: string;
}

export interface BarPanel {
	measure: Measure;
	title: string;
	titleY: number;
	axisY: number;
	ticks: Tick[];
	bars: BarMark[];
}

export interface BarChartModel {
	width: number;
	height: number;
	/** Length of the faded extension that says "and more". */
	openEndLength: number;
	panels: BarPanel[];
}

/** Two decimals are finer than a pixel and keep the SVG in the HTML short. */
const round = (value: number) => Math.round(value * 100) / 100;

/** Bars for counts of people; a chart without any figure has no panels and no height. */
export function barChart(figures: readonly SourcedFigure[]): BarChartModel {
	const max = Math.max(0, ...figures.map((f) => f.upper ?? f.value));
	const x = scaleLinear().domain([0, max]).nice(4).range([0, PLOT_WIDTH]);
	const ticks = x.ticks(4).map((t) => ({ x: round(x(t)), label: shortCount(t) }));
	const panels: BarPanel[] = [];
	let y = 0;
	for (const measure of ['stock', 'flow'] as const) {
		const inPanel = figures.filter((f) => f.measure === measure);
		if (inPanel.length === 0) continue;
		const titleY = y + 16;
		y += PANEL_TITLE_HEIGHT;
		const bars = inPanel.map((f): BarMark => {
			const openEnd = isOpenEnded(f.qualifier);
			const width = round(x(f.value));
			const span = f.upper === null ? 0 : round(x(f.upper) - width);
			const bar: BarMark = {
				figureId: f.id,
				sentenceId: f.provenance.sentenceId,
				label: f.label,
				valueText: shortFigure(f),
				words: `${f.label}: ${figureInWords(f)}`,
				y: y + LABEL_HEIGHT,
				width,
				height: BAR_HEIGHT,
				openEnd,
				approx: f.qualifier === 'approx' || f.qualifier === 'nearly',
				span,
				ceiling: f.qualifier === 'at_most' || f.qualifier === 'less_than',
				labelY: y + 13,
				valueX: round(width + span + (openEnd ? OPEN_END_LENGTH : 0) + 6)
			};
			y += LABEL_HEIGHT + BAR_HEIGHT + BAR_GAP;
			return bar;
		});
		panels.push({ measure, title: MEASURE_TITLE[measure], titleY, axisY: y - BAR_GAP + 6, ticks, bars });
		y += AXIS_HEIGHT + PANEL_GAP - BAR_GAP;
	}
	const height = panels.length === 0 ? 0 : y - PANEL_GAP + 6;
	return { width: BAR_CHART_WIDTH, height, openEndLength: OPEN_END_LENGTH, panels };
}
