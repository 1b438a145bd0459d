// figures.hxl.csv: the HXL hashtag row (src/lib/export/hxl.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { figuresHxlCsv, HXL_TAGS, hxlTag } from '$lib/export/hxl';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const dataset = buildDataset(dataFiles());
const rows = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('figuresHxlCsv', () => {
	const hxl = figuresHxlCsv(dataset);

	it('puts the HXL hashtags directly under the header, one per column, in column order', () => {
		const [header, hashtags] = rows(hxl);
		expect(header).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(hashtags).toEqual([
			'#meta+id',
			'#meta+source',
			'#meta+quote',
			'#indicator+name',
			'#indicator+code',
			'#indicator+type',
			'#indicator+qualifier',
			'#indicator+unit',
			'#affected+num',
			'#affected+max',
			'#indicator+num+share',
			'#indicator+max+share',
			'#indicator+num+pct',
			'#indicator+max+pct',
			'#country+name',
			'#country+code+v_iso3',
			'#region+code+v_m49',
			'#adm1+name',
			'#date+reported',
			'#date+start',
			'#date+end',
			'#org+name',
			'#description+note',
			'#meta+series+code',
			'#meta+sentence+code',
			'#meta+sentence+text',
			'#meta+start+num',
			'#meta+end+num',
			'#meta+url'
		]);
	});

	it('is figures.csv with the hashtag row inserted, and nothing else changed', () => {
		const [headerLine, hashtagLine, ...rest] = hxl.split('\r\n');
		expect(hashtagLine).toBe(FIGURES_CSV_COLUMNS.map(hxlTag).join(','));
		expect([headerLine, ...rest].join('\r\n')).toBe(figuresCsv(dataset));
	});

	it('tags every column, and only the columns, with a distinct, well-formed hashtag', () => {
		expect(Object.keys(HXL_TAGS).sort()).toEqual([...FIGURES_CSV_COLUMNS].sort());
		const tags = Object.values(HXL_TAGS);
		expect(new Set(tags).size).toBe(tags.length);
		for (const tag of tags) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
	});

	it('gives each column a tag that, used as a pattern, selects that column alone', () => {
		const columns = Object.values(HXL_TAGS);
		for (const tag of columns) expect([tag, columns.filter((column) => hxlMatches(tag, column))]).toEqual([tag, [tag]]);
		// The two overlaps tools tripped on: #meta+id took the sentence's anchor, #indicator+value the range's end.
		expect(columns.filter((column) => hxlMatches('#meta+id', column))).toEqual(['#meta+id']);
		expect(columns.filter((column) => hxlMatches('#affected+num', column))).toEqual(['#affected+num']);
	});

	it('sums people only: hxlcount by #indicator+code of sum(#affected+num) adds no share', () => {
		const [, hashtags, ...data] = rows(hxl);
		const [by, summed] = ['#indicator+code', '#affected+num'].map((pattern) => hashtags!.findIndex((tag) => hxlMatches(pattern, tag)));
		const sums = new Map<string, number>();
		for (const row of data) if (row[summed!] !== '') sums.set(row[by!]!, (sums.get(row[by!]!) ?? 0) + Number(row[summed!]));
		expect(Object.fromEntries(sums)).toEqual({ refugees: 5500000, idps: 6000000, new_displacement: 700000, combatants: 8000, casualties: 12 });
	});

	it('refuses a column it has no hashtag for', () => {
		expect(() => hxlTag('population')).toThrow('no HXL hashtag for the column "population"');
	});
});

/**
 * HXL's tag-pattern rule (HXL 1.1, "tag patterns"; libhxl's TagPattern.match): a pattern matches
 * a column whose hashtag is the same and that has every attribute the pattern names, in any order.
 */
function hxlMatches(pattern: string, column: string): boolean {
	const [patternTag, ...wanted] = pattern.toLowerCase().split('+');
	const [columnTag, ...has] = column.toLowerCase().split('+');
	return patternTag === columnTag && wanted.every((attribute) => has.includes(attribute));
}

describe('the HXL pattern rule as the test implements it', () => {
	it('matches by hashtag and a subset of attributes, in any order and case', () => {
		expect(hxlMatches('#affected', '#affected+num')).toBe(true);
		expect(hxlMatches('#affected+num', '#affected+max+num')).toBe(true);
		expect(hxlMatches('#Meta+ID', '#meta+sentence+id')).toBe(true);
		expect(hxlMatches('#affected+num', '#affected+max')).toBe(false);
		expect(hxlMatches('#affected+num', '#inneed+num')).toBe(false);
		expect(hxlMatches('#adm1', '#adm1_id')).toBe(false);
	});
});

describe('figuresHxlCsv with a figure about an area', () => {
	it('tags the M49 code as a region’s code in the M49 vocabulary, beside the country’s ISO code', () => {
		const [header, hashtags, ...data] = rows(figuresHxlCsv(buildDataset(worldFiles())));
		const column = header!.indexOf('area_m49');
		expect([header![column - 1], hashtags![column - 1]]).toEqual(['country_iso3', '#country+code+v_iso3']);
		expect(hashtags![column]).toBe('#region+code+v_m49');
		expect(data.map((row) => row[column])).toEqual(['', '', '', '', '', '', '001']);
	});
});
