/**
 * The timeline section of a page, written at build time: figures on the day they were reported,
 * one panel per indicator and measure, each stock beside every official series of its indicator,
 * the official counts as a table, and a note on what they are. An article's page draws the stocks
 * it compares with a series ("Beside the official counts"); the front page draws every
 * displacement figure of every article, each shaped by whom it is attributed to. Null when there
 * is nothing to draw.
 */
import { timelineChart, type Attribution, type TimelineChartModel } from '../charts/timeline';
import { figureInWords, fullCount, listInWords, longDate, QUALIFIER_WORDS } from '../display/format';
import { capitalise, unique } from '../display/names';
import type { SourcedFigure } from '../figures/dataset';
import { placeName } from '../figures/places';
import { INDICATORS, MEASURES, type Indicator, type Measure } from '../figures/schema';
import { sourceLine, type Comparison, type Official, type Series } from '../official';
import type { Qualifier } from '../quantities';
import type { Chart } from './chart-text';

export interface OfficialCell {
	/** "6,615,249", or "—" for a year with no row. */
	text: string;
	/** The figure compared with this count, if one is: the cell is lit with it and set in bold. */
	comparedWith: string | null;
}

export interface OfficialTableView {
	caption: string;
	/** The panels of the chart, each over its columns. */
	groups: { title: string; span: number }[];
	/** One column per series, named as its line is. */
	columns: { id: string; title: string }[];
	rows: { year: number; cells: OfficialCell[] }[];
	/** What bold and "—" mean, when the table has them. */
	key: string;
}

export interface TimelineSection {
	/** The section's heading. */
	title: string;
	intro: string;
	chart: Chart<TimelineChartModel>;
	/** The official counts drawn, as a table; null when no series is drawn. */
	table: OfficialTableView | null;
	/** About the official figures: what each counts, why they differ, how figures are read (the caption names the releases); null without them. */
	about: string | null;
}

/**
 * `compared`: an article's page: the stocks that name an official series with data, a panel for
 * each of their indicators. `all`: the front page: every figure, a panel per indicator and measure.
 */
export type TimelineScope = 'compared' | 'all';

export interface TimelineSectionInput {
	scope: TimelineScope;
	/** The official datasets and series, if the data has them. */
	official: Official | undefined;
	/** Displacement figures in people. */
	figures: readonly SourcedFigure[];
	comparisons: readonly Comparison[];
	/** Where the figures come from, an article each: "The New Arab, 11 February 2020, quoting UN figures". */
	credits: readonly string[];
	/** How the section speaks of the figures: "the article’s figures", "the articles’ figures". */
	whose: string;
}

const QUALIFIER_ORDER = Object.keys(QUALIFIER_WORDS) as Qualifier[];

/** What the marks of the drawn figures mean: their shapes (whom each is attributed to), naming only the qualifiers drawn. */
function markLegend(figures: readonly SourcedFigure[], attributions: readonly Attribution[], whose: string): string {
	const words = (qualifiers: readonly Qualifier[]) =>
		unique(figures.map((f) => f.qualifier).filter((q) => qualifiers.includes(q)))
			.sort((a, b) => QUALIFIER_ORDER.indexOf(a) - QUALIFIER_ORDER.indexOf(b))
			.map((q) => `“${QUALIFIER_WORDS[q]}”`)
			.join(' or ');
	const up = words(['at_least', 'more_than']);
	const down = words(['at_most', 'less_than']);
	const approximate = words(['approx']);
	const shapes =
		attributions.length === 1
			? `A ${attributions[0]!.shape} is one of ${whose} on the day it was reported${figures.length === 1 ? '' : ', with its number'}.`
			: `Each of ${whose} is drawn on the day it was reported, with its number, its shape saying whom it is attributed to: ${attributions
					.map((a) => `${a.glyph} ${a.name ?? 'no one named'}`)
					.join(', ')}.`;
	return [
		shapes,
		up && `An arrow up marks ${up}.`,
		down && `An arrow down marks ${down}.`,
		figures.some((f) => f.qualifier === 'range') ? 'A bar runs from the bottom of a range to its top.' : '',
		approximate && `“≈” marks ${approximate}.`,
		'Point at a figure or focus its link to read its words.'
	]
		.filter(Boolean)
		.join(' ');
}

function aboutTheCounts(official: Official): string {
	const publishers = unique(official.datasets.map((d) => d.publisher));
	const both = publishers.includes('UNHCR') && publishers.includes('IDMC');
	return [
		both
			? 'UNHCR counts the refugees under its mandate and the internally displaced people of concern to it; IDMC estimates everyone displaced inside the country by conflict and violence, from its own sources, so their counts of the internally displaced differ.'
			: '',
		'Every count is of the people displaced at the end of a year (a stock), and UNHCR revises past years with each release.',
		'A figure’s words are read as written (“at least”, “more than”, “around” within ±10%), and the result says whether the count is one they allow, not whether either is true.',
		'Every value is in the downloads below, with the rows it adds up.'
	]
		.filter(Boolean)
		.join(' ');
}

interface Panel {
	indicator: Indicator;
	measure: Measure;
	series: Series[];
	figures: SourcedFigure[];
}

/** The panels of a scope: which figures, and beside which series. */
function panelsOf({ scope, official, figures }: TimelineSectionInput): Panel[] {
	const seriesOf = (indicator: Indicator) => official?.series.filter((s) => s.spec.indicator === indicator && s.values.length > 0) ?? [];
	if (scope === 'compared') {
		const compared = figures.filter((f) => f.official_series !== null && official?.series.some((s) => s.spec.id === f.official_series && s.values.length > 0));
		return unique(compared.map((f) => f.indicator)).map((indicator) => ({
			indicator,
			measure: 'stock',
			series: seriesOf(indicator),
			figures: compared.filter((f) => f.indicator === indicator)
		}));
	}
	// Indicators in the vocabulary's order; a stock and a flow of one indicator never share a panel.
	return (Object.keys(INDICATORS) as Indicator[]).flatMap((indicator) =>
		MEASURES.flatMap((measure): Panel[] => {
			const drawn = figures.filter((f) => f.indicator === indicator && f.measure === measure);
			if (drawn.length === 0) return [];
			return [{ indicator, measure, series: measure === 'stock' ? seriesOf(indicator) : [], figures: drawn }];
		})
	);
}

/** "Refugees", and "New displacement (fled during a period)" for a flow: a panel's title says what it counts. */
function panelTitle(panel: Panel): string {
	const name = INDICATORS[panel.indicator].name;
	return panel.measure === 'flow' ? `${name} (fled during a period)` : name;
}

/** The official counts drawn, as a table, the counts compared in bold; null when no series is drawn. */
function officialTable(panels: readonly Panel[], comparisons: readonly Comparison[], whose: string, years: string, placesNamed: readonly string[]): OfficialTableView | null {
	const drawnSeries = panels.flatMap((p) => p.series);
	if (drawnSeries.length === 0) return null;
	const compared = new Map<string, string>();
	for (const c of comparisons) {
		if (c.outcome !== 'compared') continue;
		const key = `${c.series.id}@${c.official.year}`;
		if (!compared.has(key)) compared.set(key, c.figure);
	}
	const allYears = unique(drawnSeries.flatMap((s) => s.values.map((v) => v.year))).sort((a, b) => a - b);
	const rows = allYears.map((year) => ({
		year,
		cells: drawnSeries.map((s): OfficialCell => {
			const value = s.values.find((v) => v.year === year);
			return { text: value ? fullCount(value.value) : '—', comparedWith: value ? (compared.get(`${s.spec.id}@${year}`) ?? null) : null };
		})
	}));
	const hasGap = rows.some((r) => r.cells.some((c) => c.text === '—'));
	const hasCompared = rows.some((r) => r.cells.some((c) => c.comparedWith !== null));
	return {
		caption: `The official counts of the chart, at the end of each year, ${years}`,
		groups: panels.filter((p) => p.series.length > 0).map((p) => ({ title: panelTitle(p), span: p.series.length })),
		columns: drawnSeries.map((s) => ({ id: s.spec.id, title: s.spec.lineLabel })),
		rows,
		key: [
			hasCompared ? `In bold: the counts ${whose} are compared with.` : '',
			hasGap ? '“—”: the dataset has no row for that year.' : '',
			...placesNamed
		]
			.filter(Boolean)
			.join(' ')
	};
}

export function timelineSection(input: TimelineSectionInput): TimelineSection | null {
	const panels = panelsOf(input).filter((p) => p.figures.length > 0);
	if (panels.length === 0) return null;
	const drawnFigures = panels.flatMap((p) => p.figures);
	const drawnSeries = panels.flatMap((p) => p.series);
	const model = timelineChart(
		panels.map((p) => ({
			key: `${p.indicator}-${p.measure}`,
			title: panelTitle(p),
			scale: p.measure,
			lines: p.series.map((s) => ({ id: s.spec.id, label: s.spec.lineLabel, values: s.values })),
			claims: p.figures
		}))
	);
	const years = model.firstYear === model.lastYear ? `${model.firstYear}` : `${model.firstYear}–${model.lastYear}`;
	const indicators = unique(panels.map((p) => p.indicator));
	const countries = unique(drawnFigures.map(placeName));
	const where = countries.length === 1 ? `, ${countries[0]}` : '';
	const datasets = input.official?.datasets.filter((d) => drawnSeries.some((s) => s.spec.dataset === d.id)) ?? [];
	const sources =
		datasets.length > 0
			? `Sources: ${datasets.map((d) => sourceLine(d)).join('; ')}; ${input.whose}: ${input.credits.join('; ')}.`
			: `${input.credits.length === 1 ? 'Source' : 'Sources'}: ${input.credits.join('; ')}.`;
	const placesNamed = drawnSeries
		.filter((s) => s.spec.places !== 'all' && s.spec.places.length > 1)
		.map((s) => `${s.spec.lineLabel}: ${s.spec.placeWords}.`);
	const figuresInWords = drawnFigures.map((f) => `${f.label}: ${figureInWords(f)} (${f.measure}, reported ${longDate(f.reported)})`).join('; ');
	const dates = unique(drawnFigures.map((f) => f.reported));
	const reportedOn = dates.length === 1 ? ` on ${longDate(dates[0]!)}` : '';
	const official = drawnSeries.length > 0;
	const subject = listInWords(indicators.map((i, n) => (n === 0 ? INDICATORS[i].name : INDICATORS[i].plural)));
	const compared = input.scope === 'compared';

	return {
		title: compared ? 'Beside the official counts' : official ? 'Over time, beside the official counts' : 'Over time',
		intro: compared
			? `What the official statistics counted at the end of each year, and where ${input.whose} stand among them.`
			: `Every displacement figure of every article on the day it was reported${official ? ', beside what the official statistics counted at the end of each year' : ''}; stocks and flows in panels of their own.`,
		chart: {
			text: {
				id: compared ? 'official' : 'timeline',
				title: `${subject}${where}, ${years}: ${official ? (compared ? `official counts and ${input.whose}` : `${input.whose} and the official counts`) : input.whose}`,
				description: [
					official ? `${listInWords(drawnSeries.map((s) => s.spec.title))}, year-end counts (every one is in the table beside the chart).` : '',
					`${capitalise(input.whose)}: ${figuresInWords}.`
				]
					.filter(Boolean)
					.join(' '),
				caption: [sources, official ? 'Each point is the count at the end of a year.' : '', markLegend(drawnFigures, model.attributions, input.whose), ...placesNamed]
					.filter(Boolean)
					.join(' '),
				imageSource: sources,
				imageNote: `${official ? 'Year-end counts, ' : ''}${years}; ${input.whose} as reported${reportedOn}`,
				filename: compared ? 'official-counts' : 'timeline'
			},
			model
		},
		table: officialTable(panels, input.comparisons, input.whose, years, placesNamed),
		about: official && input.official ? aboutTheCounts(input.official) : null
	};
}
