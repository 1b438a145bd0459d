// Geometry of the timeline of official counts with the article's figures on it (src/lib/charts/timeline.ts).
import { describe, expect, it } from 'vitest';
import { timelineChart, TIMELINE_WIDTH, type TimelinePanelInput } from '$lib/charts/timeline';
import { NARROW_TEXT_SIZE } from '$lib/charts/geometry';
import { textWidth } from '$lib/charts/text';
import { buildDataset, type SourcedFigure } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';
import { loadDataset } from '$lib/server/read-data';

const [refugees, idps] = buildDataset(dataFiles()).figures;

/** The plot runs from x 30 to 298 and, in the first panel, from y 30 (top) to 180 (bottom). */
const LEFT = 30;
const RIGHT = 298;
/** Where a date falls on a time axis from the start of `first` to the end of `last`, exactly. */
const xOf = (date: number, first: number, last: number) =>
	LEFT + ((RIGHT - LEFT) * (date - Date.UTC(first, 0, 1))) / (Date.UTC(last + 1, 0, 1) - Date.UTC(first, 0, 1));
const tenth = (value: number) => Math.round(value * 10) / 10;

/** One panel: a line of year-end counts from 2018 to 2019, and figures reported in 2020. */
function panel(claims: SourcedFigure[], values = [{ year: 2018, value: 0 }, { year: 2019, value: 100 }]): TimelinePanelInput {
	return { key: 'refugees', title: 'Refugees', scale: 'stock', lines: [{ id: 'a', label: 'All countries', values }], claims };
}
const figure = (overrides: Partial<SourcedFigure>): SourcedFigure => ({ ...refugees!, value: 100, ...overrides });

describe('timelineChart', () => {
	it('puts each year-end count where its year ends, on a scale from 0 at the bottom to the top of the plot', () => {
		const chart = timelineChart([panel([])]);
		expect([chart.firstYear, chart.lastYear]).toEqual([2018, 2019]);
		const [line] = chart.panels[0]!.lines;
		// The end of 2018 is the start of 2019; the end of 2019 is the right edge of the plot.
		expect(line!.path).toBe(`M${tenth(xOf(Date.UTC(2019, 0, 1), 2018, 2019))},180L298,30`);
		expect(chart.panels[0]!.countTicks).toEqual(
			[0, 20, 40, 60, 80, 100].map((value) => ({ position: 180 - 1.5 * value, label: String(value) }))
		);
		expect(chart.panels[0]!.grid).toBe('M30,180H298M30,150H298M30,120H298M30,90H298M30,60H298M30,30H298');
	});

	it('labels each year in the middle of its band, and marks where each year ends', () => {
		const chart = timelineChart([panel([])]);
		const { yearTicks, yearEnds, plotBottom } = chart.panels[0]!;
		// A band of 134 units holds a year's label at any width: none is left out on a narrow chart.
		expect(yearTicks).toEqual([
			{ position: tenth(xOf(Date.UTC(2018, 6, 2), 2018, 2019)), label: '2018', minor: false },
			{ position: tenth(xOf(Date.UTC(2019, 6, 2), 2018, 2019)), label: '2019', minor: false }
		]);
		// Each tick drawn from the one before: the path repeats a step, which compresses.
		const step = tenth(xOf(Date.UTC(2019, 0, 1), 2018, 2019) - 30);
		expect(yearEnds).toBe(`M30,${plotBottom}v4m${step},-4v4m${tenth(298 - 30 - step)},-4v4`);
	});

	it('labels every other year when a year is too narrow for its label, always the last', () => {
		const values = Array.from({ length: 15 }, (_, i) => ({ year: 2011 + i, value: i }));
		const ticks = timelineChart([panel([], values)]).panels[0]!.yearTicks;
		expect(ticks.map((t) => t.label)).toEqual(['2011', '2013', '2015', '2017', '2019', '2021', '2023', '2025']);
		// A narrow chart's larger labels need twice the room: every fourth year, still counted back from the last.
		expect(ticks.filter((t) => !t.minor).map((t) => t.label)).toEqual(['2013', '2017', '2021', '2025']);
		const band = (298 - 30) / 15;
		expect(4 * band).toBeGreaterThanOrEqual(textWidth('2025', { size: NARROW_TEXT_SIZE, bold: false }) + 5);
		expect(2 * band).toBeLessThan(textWidth('2025', { size: NARROW_TEXT_SIZE, bold: false }) + 5);
		const even = Array.from({ length: 14 }, (_, i) => ({ year: 2012 + i, value: i }));
		expect(timelineChart([panel([], even)]).panels[0]!.yearTicks.at(-1)!.label).toBe('2025');
	});

	it('draws a figure on its reported date, a diamond with an arrow up for "at least", its number below, linked to its sentence', () => {
		const chart = timelineChart([panel([figure({ qualifier: 'at_least' })])]);
		// The figure's year, 2020, is on the axis too.
		expect(chart.lastYear).toBe(2020);
		const x = tenth(xOf(Date.UTC(2020, 1, 11), 2018, 2020));
		const [mark] = chart.panels[0]!.claims;
		expect(mark).toMatchObject({ figureId: 'syria-refugees', x, y: 30, label: '≥ 100', labelX: x, labelY: 52, span: null });
		expect(mark!.arrow).toBe(`M${x},24V8M${x - 4},13L${x},8L${x + 4},13`);
		const [link] = chart.links;
		expect(link).toMatchObject({ figureId: 'syria-refugees', sentenceId: 's15-1' });
		expect(link!.name).toBe('≥ 100: Refugees who have fled Syria, at least 100, reported 11 February 2020');
		// The link covers the arrow's tip, the diamond and the label, as wide as a narrow chart draws it (13.4).
		const labelHalf = textWidth('≥ 100', { size: NARROW_TEXT_SIZE, bold: true }) / 2;
		expect(link!.box).toEqual({ x: tenth(x - labelHalf - 4), y: 4, width: tenth(2 * labelHalf + 8), height: 56 - 4 + 4 });
	});

	it('points the arrow down for "up to", puts the number above, and draws a range as a bar from its value to its top', () => {
		const chart = timelineChart([
			panel([figure({ id: 'a', qualifier: 'at_most', reported: '2019-06-30' }), figure({ id: 'b', qualifier: 'range', value: 50, upper: 100, reported: '2018-06-30' })])
		]);
		const [down, range] = chart.panels[0]!.claims;
		expect(down!.arrow).toBe(`M${down!.x},36V52M${down!.x - 4},47L${down!.x},52L${down!.x + 4},47`);
		// At the top of the plot there is no room above: the number goes under the arrow's tip.
		expect(down!.labelY).toBe(30 + 22 + 22);
		expect(range!.arrow).toBeNull();
		expect(range!.span).toEqual({ x: range!.x - 3, y: 30, width: 6, height: 75 });
		expect(range!.labelY).toBe(tenth((105 + 30) / 2 + 4));
		expect(range!.labelX).toBeGreaterThan(range!.x + 8);
	});

	it('sets figures reported on the same day side by side, centred on the day', () => {
		const chart = timelineChart([panel([figure({ id: 'a' }), figure({ id: 'b' }), figure({ id: 'c' })])]);
		const day = xOf(Date.UTC(2020, 1, 11), 2018, 2020);
		expect(chart.panels[0]!.claims.map((c) => c.x)).toEqual([tenth(day - 14), tenth(day), tenth(day + 14)]);
	});

	it('keeps the labels at the lines’ ends apart when the lines end close together, inside the plot', () => {
		const chart = timelineChart([
			{
				key: 'idps',
				title: 'Internally displaced people',
				scale: 'stock',
				lines: [
					{ id: 'a', label: 'UNHCR', values: [{ year: 2019, value: 100 }] },
					{ id: 'b', label: 'IDMC', values: [{ year: 2019, value: 99 }] },
					{ id: 'c', label: 'Neighbouring countries', values: [{ year: 2019, value: 0 }] }
				],
				claims: []
			}
		]);
		const [a, b, c] = chart.panels[0]!.lines.map((l) => l.labelLines);
		expect(c!.map((l) => l.text)).toEqual(['Neighbouring', 'countries']);
		// Each label's first baseline is 10 below its top and its lines 16 apart (13.4 units on a
		// narrow chart, whose lines' boxes are 15.6 high); 3 between labels.
		expect(b![0]!.y - a![0]!.y).toBeGreaterThanOrEqual(16 + 3);
		expect(c![1]!.y - c![0]!.y).toBe(16);
		expect(a![0]!.y - 10).toBeGreaterThanOrEqual(30 - 6);
		expect(c!.at(-1)!.y + 3).toBeLessThanOrEqual(180);
		// "Neighbouring" is wider than the 94 units the labels have beside a line, at the size a narrow
		// chart draws it: the plot ends earlier, and the word is never cut.
		const widest = textWidth('Neighbouring', { size: NARROW_TEXT_SIZE, bold: true });
		expect(widest).toBeGreaterThan(94);
		expect(chart.plotRight).toBe(TIMELINE_WIDTH - Math.ceil(widest) - 8);
		const labelX = chart.panels[0]!.lines[0]!.labelX;
		expect(labelX).toBe(chart.plotRight + 8);
		for (const line of [a, b, c].flat()) expect(labelX + textWidth(line!.text, { size: NARROW_TEXT_SIZE, bold: true })).toBeLessThanOrEqual(TIMELINE_WIDTH);
	});

	it('shares one count scale between panels, each below the other', () => {
		const chart = timelineChart([panel([]), { ...panel([], [{ year: 2019, value: 50 }]), key: 'idps' }]);
		const [top, bottom] = chart.panels;
		expect(top!.countTicks.map((t) => t.label)).toEqual(bottom!.countTicks.map((t) => t.label));
		expect(bottom!.plotTop - top!.plotBottom).toBe(23 + 22 + 30);
		expect(chart.height).toBe(bottom!.plotBottom + 23 + 4);
		expect(top!.yearLabelY).toBe(top!.plotBottom + 18);
		expect(chart.lineStyles).toBe(1);
	});

	it('starts the plot further right when its widest count label would not fit left of it at a narrow chart’s size', () => {
		// Counts up to 800,000: "800k" is 33.8 units wide at 13.4, more than the 26 left of x 30.
		const chart = timelineChart([panel([], [{ year: 2018, value: 0 }, { year: 2019, value: 800_000 }])]);
		const { countTicks } = chart.panels[0]!;
		expect(countTicks.at(-1)!.label).toBe('800k');
		const widest = Math.max(...countTicks.map((t) => textWidth(t.label, { size: NARROW_TEXT_SIZE, bold: false })));
		expect(chart.plotLeft).toBe(Math.ceil(widest) + 4);
		expect(chart.plotLeft).toBe(38);
		expect(chart.panels[0]!.grid.startsWith(`M38,${chart.panels[0]!.plotBottom}H298`)).toBe(true);
		// Counts of a few digits leave the plot where it was.
		expect(timelineChart([panel([])]).plotLeft).toBe(30);
	});

	it('lays a quote out at a narrow chart’s text size, on lines 17 apart, inside its box', () => {
		const chart = timelineChart([panel([figure({ qualifier: 'at_least', value: 50 })])]);
		const { quote } = chart.panels[0]!.claims[0]!;
		expect(quote.lines.map((l) => l.text)).toEqual(['“at least 5.5 million people', 'fleeing the country”']);
		expect(quote.lines[1]!.y - quote.lines[0]!.y).toBe(17);
		for (const line of quote.lines) expect(textWidth(line.text, { size: NARROW_TEXT_SIZE, bold: false })).toBeLessThanOrEqual(quote.box.width - 12);
		expect(quote.lines[0]!.y).toBe(tenth(quote.box.y + 6 + 11));
		expect(quote.box.height).toBe(2 * 17 + 12 - 3);
	});

	it('draws nothing, at no height, without a line or a figure', () => {
		expect(timelineChart([])).toMatchObject({ height: 0, panels: [], links: [] });
		expect(timelineChart([panel([], [])])).toMatchObject({ height: 0, panels: [] });
	});
});

describe('timelineChart of the official series and the article’s stocks', () => {
	const site = loadDataset();
	const series = (indicator: string) => site.official.series.filter((s) => s.spec.indicator === indicator);
	const chart = timelineChart(
		(['refugees', 'idps'] as const).map((indicator) => ({
			key: indicator,
			title: indicator,
			scale: 'stock',
			lines: series(indicator).map((s) => ({ id: s.spec.id, label: s.spec.lineLabel, values: s.values })),
			claims: site.figures.filter((f) => f.indicator === indicator && f.official_series !== null)
		}))
	);

	it('spans 2011 to 2025, a point for every year of each series', () => {
		expect([chart.firstYear, chart.lastYear]).toEqual([2011, 2025]);
		const points = chart.panels.flatMap((p) => p.lines.map((l) => [l.id, l.path.split(/[ML]/u).filter(Boolean).length]));
		expect(points).toEqual([
			['unhcr-syria-refugees', 15],
			['unhcr-syria-refugees-neighbours', 15],
			// UNHCR counts no IDPs in Syria before the end of 2012.
			['unhcr-syria-idps', 14],
			['idmc-syria-idps', 15]
		]);
	});

	it('puts the article’s 5.5 million just after the end-2019 count of the neighbouring countries, 5,516,668', () => {
		const [all, neighbours] = chart.panels[0]!.lines;
		const endOf2019 = (path: string) => path.split(/[ML]/u).filter(Boolean)[8]!.split(',').map(Number);
		const [x2019, y2019] = endOf2019(neighbours!.path);
		const mark = chart.panels[0]!.claims[0]!;
		// 41 days into a 366-day year, of 268 / 15 units a year.
		expect(mark.x - x2019!).toBeCloseTo((41 / 366) * (268 / 15), 0);
		// The domain is 0 to 8 million over 150 units: 5.5 million and 5,516,668 are 0.3 apart.
		expect(mark.y).toBe(tenth(180 - (150 * 5_500_000) / 8_000_000));
		expect(y2019).toBe(tenth(180 - (150 * 5_516_668) / 8_000_000));
		expect(endOf2019(all!.path)[1]).toBe(tenth(180 - (150 * 6_615_249) / 8_000_000));
		expect(chart.links.map((l) => [l.figureId, l.sentenceId])).toEqual([
			['syria-refugees', 's15-1'],
			['syria-idps', 's15-1']
		]);
	});
});
