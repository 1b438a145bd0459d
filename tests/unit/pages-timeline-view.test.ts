// The timeline sections of the pages (src/lib/pages/timeline-view.ts): the words, panels and
// lines of the charts, and the official counts as a table, from the data as the build reads it.
import { describe, expect, it } from 'vitest';
import { timelineSection, type TimelineSectionInput } from '$lib/pages/timeline-view';
import { compareFigures, NO_OFFICIAL_DATA } from '$lib/official';
import { loadDataset } from '$lib/server/read-data';

const site = loadDataset();
const figures = site.figures.filter((f) => ['refugees', 'idps', 'new_displacement'].includes(f.indicator));
const input: TimelineSectionInput = {
	scope: 'compared',
	official: site.official,
	figures,
	comparisons: compareFigures(figures, site.official),
	credits: ['The New Arab, 11 February 2020, quoting UN figures'],
	whose: 'the article’s figures'
};
const section = timelineSection(input)!;

describe('timelineSection of an article’s page: its stocks beside the official counts', () => {
	it('draws a panel per indicator compared, each with every series of it, and the stocks that name one', () => {
		const { panels } = section.chart.model;
		expect(panels.map((p) => [p.title, p.lines.map((l) => l.labelLines.map((t) => t.text).join(' ')), p.claims.map((c) => c.figureId)])).toEqual([
			['Refugees', ['All countries', 'Neighbouring countries'], ['syria-refugees']],
			['Internally displaced people', ['UNHCR', 'IDMC'], ['syria-idps']]
		]);
	});

	it('titles, describes and credits the chart', () => {
		expect(section.chart.text).toEqual({
			id: 'official',
			title: 'Refugees and internally displaced people, Syria, 2011–2025: official counts and the article’s figures',
			description:
				'Refugees from Syria, all countries of asylum (UNHCR), Refugees from Syria in Türkiye, Lebanon, Jordan, Iraq and Egypt (UNHCR), Internally displaced people in Syria of concern to UNHCR (UNHCR) and People internally displaced by conflict and violence in Syria (IDMC), year-end counts (every one is in the table beside the chart). The article’s figures: Refugees who have fled Syria: at least 5.5 million (stock, reported 11 February 2020); Displaced inside Syria: more than 6 million (stock, reported 11 February 2020).',
			caption:
				'Sources: UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0); © IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0); the article’s figures: The New Arab, 11 February 2020, quoting UN figures. Each point is the count at the end of a year. A diamond is one of the article’s figures on the day it was reported, with its number. An arrow up marks “at least” or “more than”. Point at a figure or focus its link to read its words. Neighbouring countries: Türkiye, Lebanon, Jordan, Iraq and Egypt.',
			imageSource:
				'Sources: UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0); © IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database, release 2025.12.1 (CC BY 4.0); the article’s figures: The New Arab, 11 February 2020, quoting UN figures.',
			imageNote: 'Year-end counts, 2011–2025; the article’s figures as reported on 11 February 2020',
			filename: 'official-counts'
		});
	});

	it('tables every count of the chart, to the person, the compared ones marked with their figure', () => {
		const table = section.table!;
		expect(table.groups).toEqual([
			{ title: 'Refugees', span: 2 },
			{ title: 'Internally displaced people', span: 2 }
		]);
		expect(table.columns.map((c) => c.id)).toEqual(['unhcr-syria-refugees', 'unhcr-syria-refugees-neighbours', 'unhcr-syria-idps', 'idmc-syria-idps']);
		expect(table.rows.map((r) => r.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2011 + i));
		const row = (year: number) => table.rows.find((r) => r.year === year)!.cells;
		// The shared README's worked check, end of 2019.
		expect(row(2019)).toEqual([
			{ text: '6,615,249', comparedWith: null },
			{ text: '5,516,668', comparedWith: 'syria-refugees' },
			{ text: '6,146,994', comparedWith: 'syria-idps' },
			{ text: '6,495,000', comparedWith: null }
		]);
		expect(row(2011)[2]).toEqual({ text: '—', comparedWith: null });
		expect(table.rows.flatMap((r) => r.cells).filter((c) => c.comparedWith !== null)).toHaveLength(2);
		expect(table.key).toBe(
			'In bold: the counts the article’s figures are compared with. “—”: the dataset has no row for that year. Neighbouring countries: Türkiye, Lebanon, Jordan, Iraq and Egypt.'
		);
	});

	it('says what the two counts of the internally displaced are and why they differ', () => {
		expect(section.about).toBe(
			'UNHCR counts the refugees under its mandate and the internally displaced people of concern to it; IDMC estimates everyone displaced inside the country by conflict and violence, from its own sources, so their counts of the internally displaced differ. Every count is of the people displaced at the end of a year (a stock), and UNHCR revises past years with each release. A figure’s words are read as written (“at least”, “more than”, “around” within ±10%), and the result says whether the count is one they allow, not whether either is true. Every value is in the downloads below, with the rows it adds up.'
		);
	});

	it('is left out when no figure names a series with data', () => {
		expect(timelineSection({ ...input, official: NO_OFFICIAL_DATA, comparisons: [] })).toBeNull();
		const named = figures.map((f) => ({ ...f, official_series: null }));
		expect(timelineSection({ ...input, figures: named, comparisons: [] })).toBeNull();
	});

	it('draws only the panel of the indicator a figure is compared with', () => {
		const onlyRefugees = figures.map((f) => (f.id === 'syria-idps' ? { ...f, official_series: null } : f));
		const alone = timelineSection({ ...input, figures: onlyRefugees, comparisons: compareFigures(onlyRefugees, site.official) })!;
		expect(alone.chart.model.panels.map((p) => p.key)).toEqual(['refugees-stock']);
		expect(alone.chart.text.title).toBe('Refugees, Syria, 2011–2025: official counts and the article’s figures');
		expect(alone.table!.columns.map((c) => c.title)).toEqual(['All countries', 'Neighbouring countries']);
		// Without UNHCR's IDP series, every year has a count: no "—" to explain.
		expect(alone.table!.key).toBe('In bold: the counts the article’s figures are compared with. Neighbouring countries: Türkiye, Lebanon, Jordan, Iraq and Egypt.');
	});
});
