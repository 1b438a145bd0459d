/**
 * The page's section on the official counts, written at build time: the timeline of every
 * official series an article's figure is compared with (one panel per indicator, the figures on
 * their reported date), the same counts as a table, and a note on what the counts are and why
 * they differ. Null for a page whose figures name no series with data.
 */
import { timelineChart, type TimelineChartModel, type TimelinePanelInput } from '../charts/timeline';
import { figureInWords, fullCount, listInWords, QUALIFIER_WORDS } from '../display/format';
import { unique } from '../display/names';
import type { SourcedFigure } from '../figures/dataset';
import { INDICATORS } from '../figures/schema';
import { sourceLine, type Comparison, type Official } from '../official';
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

export interface OfficialSection {
	intro: string;
	chart: Chart<TimelineChartModel>;
	table: OfficialTableView;
	/** About the official figures: what each counts, why they differ, how figures are read (the caption names the releases). */
	about: string;
}

export interface OfficialSectionInput {
	official: Official;
	/** The page's figures; those that name a series are drawn. */
	figures: readonly SourcedFigure[];
	comparisons: readonly Comparison[];
	/** "11 February 2020" */
	published: string;
	/** Whom the article's figures come from: "The New Arab, 11 February 2020, quoting UN figures". */
	credit: string;
}

const QUALIFIER_ORDER = Object.keys(QUALIFIER_WORDS) as Qualifier[];

/** What the marks of the drawn figures mean, naming only the qualifiers drawn. */
function markLegend(figures: readonly SourcedFigure[]): string {
	const words = (qualifiers: readonly Qualifier[]) =>
		unique(figures.map((f) => f.qualifier).filter((q) => qualifiers.includes(q)))
			.sort((a, b) => QUALIFIER_ORDER.indexOf(a) - QUALIFIER_ORDER.indexOf(b))
			.map((q) => `“${QUALIFIER_WORDS[q]}”`)
			.join(' or ');
	const up = words(['at_least', 'more_than']);
	const down = words(['at_most', 'less_than']);
	const approximate = words(['approx']);
	return [
		`A diamond is one of the article’s figures on the day it was reported${figures.length === 1 ? '' : ', with its number'}.`,
		up && `An arrow up marks ${up}.`,
		down && `An arrow down marks ${down}.`,
		figures.some((f) => f.qualifier === 'range') ? 'A bar runs from the bottom of a range to its top.' : '',
		approximate && `“≈” marks ${approximate}.`
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

export function officialSection(input: OfficialSectionInput): OfficialSection | null {
	const { official } = input;
	const drawnFigures = input.figures.filter(
		(f) => f.official_series !== null && f.unit === 'people' && official.series.some((s) => s.spec.id === f.official_series && s.values.length > 0)
	);
	if (drawnFigures.length === 0) return null;
	const indicators = unique(drawnFigures.map((f) => official.series.find((s) => s.spec.id === f.official_series)!.spec.indicator));
	const panels = indicators.map((indicator) => ({
		indicator,
		series: official.series.filter((s) => s.spec.indicator === indicator && s.values.length > 0),
		figures: drawnFigures.filter((f) => f.indicator === indicator)
	}));
	const drawnSeries = panels.flatMap((p) => p.series);

	const inputs: TimelinePanelInput[] = panels.map((p) => ({
		key: p.indicator,
		title: INDICATORS[p.indicator].name,
		lines: p.series.map((s) => ({ id: s.spec.id, label: s.spec.lineLabel, values: s.values })),
		claims: p.figures
	}));
	const model = timelineChart(inputs);
	const years = `${model.firstYear}–${model.lastYear}`;
	const country = listInWords(unique(drawnFigures.map((f) => f.country)));
	const datasets = official.datasets.filter((d) => drawnSeries.some((s) => s.spec.dataset === d.id));
	const sources = `Sources: ${datasets.map((d) => sourceLine(d)).join('; ')}; the article’s figures: ${input.credit}.`;
	const placesNamed = drawnSeries
		.filter((s) => s.spec.places !== 'all' && s.spec.places.length > 1)
		.map((s) => `${s.spec.lineLabel}: ${s.spec.placeWords}.`);
	const figuresInWords = drawnFigures.map((f) => `${f.label}: ${figureInWords(f)}`).join('; ');

	const compared = new Map<string, string>();
	for (const c of input.comparisons) {
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
		intro: `What the official statistics counted at the end of each year, and where the article’s figures stand among them.`,
		chart: {
			text: {
				id: 'official',
				title: `${listInWords(indicators.map((i, n) => (n === 0 ? INDICATORS[i].name : INDICATORS[i].plural)))}, ${country}, ${years}: official counts and the article’s figures`,
				description: `${listInWords(drawnSeries.map((s) => s.spec.title))}, year-end counts (every one is in the table beside the chart). The article’s figures, reported on ${input.published}: ${figuresInWords}.`,
				caption: [
					sources,
					'Each point is the count at the end of a year.',
					markLegend(drawnFigures),
					...placesNamed
				].join(' '),
				imageSource: sources,
				imageNote: `Year-end counts, ${years}; the article’s figures as reported on ${input.published}`,
				filename: 'official-counts'
			},
			model
		},
		table: {
			caption: `The official counts of the chart, at the end of each year, ${years}`,
			groups: panels.map((p) => ({ title: INDICATORS[p.indicator].name, span: p.series.length })),
			columns: drawnSeries.map((s) => ({ id: s.spec.id, title: s.spec.lineLabel })),
			rows,
			key: [
				hasCompared ? 'In bold: the counts the article’s figures are compared with.' : '',
				hasGap ? '“—”: the dataset has no row for that year.' : '',
				...placesNamed
			]
				.filter(Boolean)
				.join(' ')
		},
		about: aboutTheCounts(official)
	};
}
