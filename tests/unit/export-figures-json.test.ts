// figures.json: typed figures with W3C selectors (src/lib/export/figures-json.ts).
import { describe, expect, it } from 'vitest';
import { figuresJson, figuresJsonText } from '$lib/export/figures-json';
import { SOURCES_CSV_COLUMNS } from '$lib/export/sources-csv';
import { buildDataset } from '$lib/figures/dataset';
import { DOWNLOAD_FIGURE_COLUMNS } from '$lib/export/figures-csv';
import { ARTICLE } from '../helpers/article';
import { dataFiles } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const dataset = buildDataset(dataFiles());

describe('figuresJson', () => {
	const json = figuresJson(dataset);

	it('lists the sources, then the figures with the data columns in CSV order and their provenance', () => {
		expect(Object.keys(json)).toEqual(['sources', 'figures']);
		expect(Object.keys(json.sources[0]!)).toEqual([...SOURCES_CSV_COLUMNS]);
		expect(json.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id));
		for (const figure of json.figures) {
			expect(Object.keys(figure)).toEqual([...DOWNLOAD_FIGURE_COLUMNS.map((c) => c.name), 'provenance']);
			expect(Object.keys(figure.provenance)).toEqual(['sentence_id', 'sentence', 'start', 'end', 'selectors', 'text_fragment_url']);
		}
	});

	it('gives a figure typed, with W3C selectors and the offsets of its words in the article', () => {
		expect(json.figures[0]).toEqual({
			id: 'syria-refugees',
			source: 'newarab-2020-02-11',
			quote: 'at least 5.5 million people fleeing the country',
			label: 'Refugees who have fled Syria',
			indicator: 'refugees',
			measure: 'stock',
			qualifier: 'at_least',
			unit: 'people',
			people: 5500000,
			people_upper: null,
			share: null,
			share_upper: null,
			percent: null,
			percent_upper: null,
			country: 'Syria',
			country_iso3: 'SYR',
			area_m49: null,
			admin1: null,
			reported: '2020-02-11',
			period_start: null,
			period_end: null,
			attributed_to: 'UN',
			note: 'The article says “people fleeing the country”; counted here as refugees: people who have left Syria, at the date reported (a stock).',
			official_series: 'unhcr-syria-refugees-neighbours',
			provenance: {
				sentence_id: 's15-1',
				sentence:
					'According to UN figures, the Syrian conflict has caused the greatest displacement crisis in the world, with at least 5.5 million people fleeing the country and more than 6 million more displaced inside Syria.',
				start: 2018,
				end: 2065,
				selectors: [
					{
						type: 'TextQuoteSelector',
						exact: 'at least 5.5 million people fleeing the country',
						prefix: 'ement crisis in the world, with ',
						suffix: ' and more than 6 million more di'
					},
					{ type: 'TextPositionSelector', start: 2018, end: 2065 }
				],
				text_fragment_url:
					'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile#:~:text=the%20world%2C%20with-,at%20least%205.5%20million%20people%20fleeing%20the%20country,-and%20more%20than'
			}
		});
		expect(ARTICLE.slice(2018, 2065)).toBe('at least 5.5 million people fleeing the country');
	});

	it('writes a range with both ends as numbers, and an unnamed source as null', () => {
		const fighters = json.figures.find((f) => f.id === 'nujaba-fighters')!;
		expect([fighters.people, fighters.people_upper, fighters.share, fighters.qualifier, fighters.attributed_to]).toEqual([8000, 10000, null, 'range', null]);
	});

	it('is printed with two-space indentation and a final newline', () => {
		const text = figuresJsonText(dataset);
		expect(text.startsWith('{\n  "sources": [\n    {\n      "id": "newarab-2020-02-11",')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(json);
	});
});

describe('figuresJson with a figure about an area', () => {
	it('gives it no country and its M49 code as text', () => {
		const world = figuresJson(buildDataset(worldFiles())).figures.find((f) => f.id === 'world-refugees')!;
		expect([world.country, world.country_iso3, world.area_m49, world.admin1]).toEqual([null, null, '001', null]);
		expect(figuresJsonText(buildDataset(worldFiles()))).toContain('"area_m49": "001"');
	});
});
