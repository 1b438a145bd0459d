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
			'#indicator+value+num',
			'#indicator+qualifier',
			'#indicator+value+max+num',
			'#indicator+unit',
			'#country+name',
			'#country+code+v_iso3',
			'#region+code+v_m49',
			'#adm1+name',
			'#date+reported',
			'#org+name',
			'#description+note',
			'#meta+series+code',
			'#meta+sentence+id',
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

	it('refuses a column it has no hashtag for', () => {
		expect(() => hxlTag('population')).toThrow('no HXL hashtag for the column "population"');
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
