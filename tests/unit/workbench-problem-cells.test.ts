// The cells a build problem is about, read from the build's own words: every message below is
// what the build says of a draft broken in one way (checkDraft), so a change of wording that
// hides a column from the workbench fails here.
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, SOURCE_COLUMNS } from '$lib/figures/schema';
import { checkDraft } from '$lib/workbench/data-folder';
import { withCell, withSource, type Draft, type DraftSource, type FigureCells } from '$lib/workbench/draft';
import { cellsNamed, problemsAbout } from '$lib/workbench/problem-cells';
import { edited, rowFor } from '../helpers/workbench';

const FIGURE_NAMES = FIGURE_COLUMNS.map((c) => c.name);
const SOURCE_NAMES = SOURCE_COLUMNS.map((c) => c.name);

/** The problems of the edited draft's refugees row once `cells` are set, with the cells each names. */
function rowProblems(cells: Partial<FigureCells>): [string, string[]][] {
	let draft: Draft = edited();
	const { key } = rowFor(draft, 'syria-refugees');
	for (const [column, value] of Object.entries(cells)) draft = withCell(draft, key, column as keyof FigureCells, value);
	return (checkDraft(draft).rows.get(key) ?? []).map((problem) => [problem, cellsNamed(problem, FIGURE_NAMES)]);
}

describe('cellsNamed, on the build’s own messages', () => {
	it.each<[string, Partial<FigureCells>, string[]]>([
		['an empty required cell', { label: '' }, ['label']],
		['a number not plain', { value: '5.5 million' }, ['value']],
		['a word not in the vocabulary', { qualifier: 'roughly' }, ['qualifier']],
		['an id off its pattern', { id: 'Syria Refugees' }, ['id']],
		['a date after today', { reported: '2999-01-01' }, ['reported']],
		['white space around a cell', { admin1: ' Idlib' }, ['admin1']],
		['a range without its upper end', { qualifier: 'range' }, ['qualifier', 'upper']],
		['an upper end without a range', { upper: '6000000' }, ['upper']],
		['a unit that does not fit the measure', { unit: 'percent' }, ['measure', 'unit']],
		['a period on a stock', { period_start: '2020-01-01' }, ['period_start']],
		['a code ISO does not assign', { country_iso3: 'SYX' }, ['country_iso3']],
		['a country and an area', { area_m49: '001' }, ['country', 'country_iso3', 'area_m49']],
		['no place', { country: '', country_iso3: '' }, ['country', 'country_iso3', 'area_m49']],
		['a series that counts something else', { official_series: 'unhcr-syria-idps' }, ['official_series']],
		['a date after the article, with advice naming the note', { reported: '2020-02-12' }, ['reported']],
		['a quote not in the text', { quote: 'six “label” tents' }, ['quote']],
		['a value the quote does not state', { value: '5600000' }, ['value']],
		['a qualifier the quote does not state', { qualifier: 'more_than' }, ['qualifier']],
		['a share over 1', { measure: 'share', unit: 'share', value: '50' }, ['value']],
		['an area code that is a country’s, with its advice', { country: '', country_iso3: '', area_m49: '760' }, ['area_m49']],
		['a country without its code, with its advice', { country: 'World', country_iso3: '' }, ['country', 'country_iso3']],
		['a label ending in a column’s name and a space', { label: 'Refugees by country ' }, ['label']],
		['a quote stating no number', { quote: 'the UN said on Tuesday' }, ['quote']]
	])('%s', (_, cells, named) => {
		const problems = rowProblems(cells);
		expect(problems, JSON.stringify(problems)).toHaveLength(1);
		expect(problems[0]![1]).toEqual(named);
	});

	it('names the source form’s fields in the problems of sources.csv', () => {
		const broken = (column: keyof DraftSource, value: string) =>
			checkDraft(withSource(edited(), column, value)).source.map((problem) => cellsNamed(problem, SOURCE_NAMES));
		expect(broken('title', '')).toEqual([['title']]);
		expect(broken('url', 'www.example.org')).toEqual([['url']]);
		expect(broken('published', '2999-01-01')).toEqual([['published']]);
	});

	it('does not take a quoted value’s words, or a word inside another, for a column', () => {
		expect(cellsNamed('data/figures.csv:2: quote "the \\"value\\" and label \\"unit\\"" is not in data/articles/a.txt', FIGURE_NAMES)).toEqual(['quote']);
		expect(cellsNamed('data/figures.csv:2: official_series "unhcr-syria-idps" counts idps (stock) in SYR', FIGURE_NAMES)).toEqual(['official_series']);
		expect(cellsNamed('data/figures.csv:2: quote "a; \\"label\\"; b" occurs 2 times; quote more words than "value"', FIGURE_NAMES)).toEqual(['quote']);
		expect(cellsNamed('data/figures.csv:2: holds no figure: add a row for each figure the articles state', FIGURE_NAMES)).toEqual([]);
		expect(cellsNamed('data/articles/a.txt:3:7: holds a control character (U+0007); remove it', FIGURE_NAMES)).toEqual([]);
	});

	it('gives each field the ids of the problems about it alone', () => {
		const problems = [
			'data/figures.csv:3: country_iso3 "SYX" is not an assigned ISO 3166-1 alpha-3 code; a figure about the world or a region leaves "country" and "country_iso3" empty',
			'data/figures.csv:3: "country_iso3" is SYX but "country" is empty: give the country\'s name as the article writes it'
		];
		const about = problemsAbout(problems, FIGURE_NAMES, 'review-problems-x');
		expect([about('country_iso3'), about('country'), about('label')]).toEqual(['review-problems-x-1 review-problems-x-2', 'review-problems-x-2', '']);
	});
});
