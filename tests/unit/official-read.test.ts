// Reading data/official/ (src/lib/official/read.ts): datasets.csv and each dataset's table, typed
// and checked like figures.csv, every problem with its file and line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '$lib/figures/problems';
import { readOfficial, unavailableSeries, type OfficialFiles } from '$lib/official';

const DATASETS = readFileSync('data/official/datasets.csv', 'utf8');
const UNHCR = readFileSync('data/official/unhcr-population-syria.csv', 'utf8');
const IDMC = readFileSync('data/official/idmc-idps-syria.csv', 'utf8');

interface Overrides {
	datasets?: string;
	unhcr?: string | null;
	idmc?: string | null;
	csvNames?: readonly string[];
}

/** The official files, with some replaced where a test says so (null: the file is missing). */
function files({ datasets = DATASETS, unhcr = UNHCR, idmc = IDMC, csvNames }: Overrides = {}): OfficialFiles {
	return {
		folder: 'data/official',
		datasets: { file: 'data/official/datasets.csv', text: datasets },
		table: (id) => ({ file: `data/official/${id}.csv`, text: id === 'unhcr-population-syria' ? unhcr : idmc }),
		...(csvNames && { csvNames })
	};
}

const problems = (overrides: Overrides = {}) => readOfficial(files(overrides)).problems.map(formatProblem);

/** `text` with its line `line` (1-based) replaced; fails loudly if the line is not `expected`. */
function withLine(text: string, line: number, expected: string, replacement: string): string {
	const lines = text.split('\n');
	if (lines[line - 1] !== expected) throw new Error(`test setup: line ${line} is ${JSON.stringify(lines[line - 1])}`);
	lines[line - 1] = replacement;
	return lines.join('\n');
}

const TURKIYE_2019 = '2019,"Syrian Arab Rep.","SYR","Türkiye","TUR",3576370,0,0';
const unhcrWith = (replacement: string) => withLine(UNHCR, 933, TURKIYE_2019, replacement);
const IDMC_2019 = '2019,"Syrian Arab Rep.","SYR",6495000';
const idmcWith = (replacement: string) => withLine(IDMC, 10, IDMC_2019, replacement);

describe('readOfficial on the shared files', () => {
	const { official, problems: found } = readOfficial(files({ csvNames: ['datasets.csv', 'idmc-idps-syria.csv', 'unhcr-population-syria.csv'] }));

	it('finds no problem and reads every row, with its line', () => {
		expect(found).toEqual([]);
		expect(official.datasets.map((d) => [d.id, d.publisher, d.release, d.licence, d.rows.length])).toEqual([
			['unhcr-population-syria', 'UNHCR', '2025.12.1', 'CC BY 4.0', 1673],
			['idmc-idps-syria', 'IDMC', '2025.12.1', 'CC BY 4.0', 15]
		]);
		const unhcr = official.datasets[0]!;
		expect(unhcr.rows[0]).toEqual({
			line: 2,
			year: 2011,
			origin: 'SYR',
			place: 'ARE',
			placeName: 'United Arab Emirates',
			counts: { refugees: 37, asylum_seekers: 6, idps: 0 }
		});
		expect(unhcr.rows.find((r) => r.line === 933)).toEqual({
			line: 933,
			year: 2019,
			origin: 'SYR',
			place: 'TUR',
			placeName: 'Türkiye',
			counts: { refugees: 3576370, asylum_seekers: 0, idps: 0 }
		});
		// IDMC's rows are about Syria itself: their place is the country of origin.
		expect(official.datasets[1]!.rows.at(-1)).toEqual({
			line: 16,
			year: 2025,
			origin: 'SYR',
			place: 'SYR',
			placeName: 'Syrian Arab Rep.',
			counts: { idps: 5964000 }
		});
	});

	it('computes every series, and none is unavailable', () => {
		expect(official.series.map((s) => s.spec.id)).toEqual(['unhcr-syria-refugees', 'unhcr-syria-refugees-neighbours', 'unhcr-syria-idps', 'idmc-syria-idps']);
		expect([...unavailableSeries(official, 'data/official')]).toEqual([]);
	});
});

describe('readOfficial refuses bad rows, naming file and line', () => {
	it.each([
		['a year with a decimal', unhcrWith(TURKIYE_2019.replace('2019', '2019.0')), '"year" is not a plain number: "2019.0" (write 5500000, not 5.5 million or 5,500,000)'],
		['a year in words', unhcrWith(TURKIYE_2019.replace('2019', 'FY19')), '"year" is not a plain number: "FY19" (write 5500000, not 5.5 million or 5,500,000)'],
		['a year before 1900', unhcrWith(TURKIYE_2019.replace('2019', '1899')), '"year" 1899 is below its minimum, 1900'],
		['a lower-case country code', unhcrWith(TURKIYE_2019.replace('"TUR"', '"tur"')), 'coa_iso "tur" does not match the pattern [A-Z]{3}'],
		['an alpha-2 country code', unhcrWith(TURKIYE_2019.replace('"TUR"', '"TR"')), 'coa_iso "TR" does not match the pattern [A-Z]{3}'],
		['an origin that is no code', unhcrWith(TURKIYE_2019.replace('"SYR"', '"Syria"')), 'coo_iso "Syria" does not match the pattern [A-Z]{3}'],
		['a negative count', unhcrWith(TURKIYE_2019.replace('3576370', '-3576370')), '"refugees" -3576370 is below its minimum, 0'],
		['a count with a decimal', unhcrWith(TURKIYE_2019.replace('3576370', '3576370.5')), '"refugees" is not a plain number: "3576370.5" (write 5500000, not 5.5 million or 5,500,000)'],
		['a count with separators', unhcrWith(TURKIYE_2019.replace('3576370', '"3,576,370"')), '"refugees" is not a plain number: "3,576,370" (write 5500000, not 5.5 million or 5,500,000)'],
		['a count past ten billion', unhcrWith(TURKIYE_2019.replace('3576370', '10000000001')), '"refugees" 10000000001 is above its maximum, 10000000000'],
		// Neither dataset says that an empty count means 0: it is a problem, not a zero.
		['an empty count', unhcrWith(TURKIYE_2019.replace(',0,0', ',,0')), 'empty required cell "asylum_seekers"'],
		['an empty country name', unhcrWith(TURKIYE_2019.replace('"Türkiye"', '""')), 'empty required cell "coa_name"'],
		['a cell too many', unhcrWith(`${TURKIYE_2019},0`), 'has 9 cells but the header has 8 columns']
	])('%s', (_what, unhcr, message) => {
		expect(problems({ unhcr })).toEqual([`data/official/unhcr-population-syria.csv:933: ${message}`]);
	});

	it('a year after this one', () => {
		const next = new Date().getUTCFullYear() + 2;
		expect(problems({ idmc: idmcWith(IDMC_2019.replace('2019', String(next))) })).toEqual([
			expect.stringMatching(new RegExp(`^data/official/idmc-idps-syria\\.csv:10: "year" ${next} is after this year, \\d{4}; is it right\\?$`))
		]);
	});

	it('a second row for the same year and country of asylum, naming the first', () => {
		const duplicate = withLine(UNHCR, 934, '2019,"Syrian Arab Rep.","SYR","United Rep. of Tanzania","TZA",5,16,0', TURKIYE_2019.replace('3576370', '1'));
		expect(problems({ unhcr: duplicate })).toEqual([
			'data/official/unhcr-population-syria.csv:934: duplicate row for year 2019 and coa_iso "TUR" (first on line 933)'
		]);
	});

	it('a second IDMC row for the same year', () => {
		expect(problems({ idmc: idmcWith(IDMC_2019.replace('2019', '2018')) })).toEqual([
			'data/official/idmc-idps-syria.csv:10: duplicate row for year 2018 and coo_iso "SYR" (first on line 9)'
		]);
	});

	it('an unknown column, and a missing one', () => {
		const header = '"year","coo_name","coo_iso","coa_name","coa_iso","refugees","asylum_seekers","idps"';
		expect(problems({ unhcr: withLine(UNHCR, 1, header, header.replace('"idps"', '"idp"')) })).toEqual([
			'data/official/unhcr-population-syria.csv:1: unknown column "idp" (expected: year, coo_name, coo_iso, coa_name, coa_iso, refugees, asylum_seekers, idps)',
			'data/official/unhcr-population-syria.csv:1: missing column "idps"'
		]);
	});

	it('an empty table', () => {
		expect(problems({ idmc: '' })).toEqual(['data/official/idmc-idps-syria.csv:1: is empty: expected a header row']);
	});

	it('every bad row of both tables, in one report', () => {
		expect(problems({ unhcr: unhcrWith(TURKIYE_2019.replace('3576370', 'n/a')), idmc: idmcWith(IDMC_2019.replace('6495000', '-1')) })).toEqual([
			'data/official/unhcr-population-syria.csv:933: "refugees" is not a plain number: "n/a" (write 5500000, not 5.5 million or 5,500,000)',
			'data/official/idmc-idps-syria.csv:10: "idps" -1 is below its minimum, 0'
		]);
	});
});

describe('readOfficial refuses a bad datasets.csv, naming file and line', () => {
	const [header, unhcrRow, idmcRow] = DATASETS.split('\n') as [string, string, string];

	it.each([
		['an unknown dataset', `${header}\n${unhcrRow}\n${idmcRow.replace('idmc-idps-syria,', 'idmc-idps-sudan,')}\n`, 'data/official/datasets.csv:3: id "idmc-idps-sudan" is not one of: unhcr-population-syria, idmc-idps-syria'],
		['a dataset listed twice', `${header}\n${unhcrRow}\n${unhcrRow}\n`, 'data/official/datasets.csv:3: duplicate id "unhcr-population-syria" (first on line 2)'],
		['a URL that is not one', `${header}\n${unhcrRow.replace('https://www.unhcr.org/refugee-statistics/', 'www.unhcr.org')}\n`, 'data/official/datasets.csv:2: "url" is not an http(s) URL: "www.unhcr.org"'],
		['no release', `${header}\n${unhcrRow.replace(',2025.12.1,', ',,')}\n`, 'data/official/datasets.csv:2: empty required cell "release"'],
		['no attribution', `${header}\n${unhcrRow.replace(/,UNHCR Refugee Population Statistics Database$/, ',')}\n`, 'data/official/datasets.csv:2: empty required cell "attribution"']
	])('%s', (_what, datasets, message) => {
		expect(problems({ datasets })).toEqual([message]);
	});

	it('a listed dataset without its file', () => {
		expect(problems({ idmc: null })).toEqual(['data/official/datasets.csv:3: dataset "idmc-idps-syria" has no file data/official/idmc-idps-syria.csv']);
	});

	it('a CSV in the folder that datasets.csv does not list', () => {
		const datasets = `${header}\n${unhcrRow}\n`;
		expect(problems({ datasets, csvNames: ['datasets.csv', 'idmc-idps-syria.csv', 'unhcr-population-syria.csv'] })).toEqual([
			'data/official/idmc-idps-syria.csv:1: is not a dataset listed in data/official/datasets.csv: list it there, or remove it'
		]);
	});

	it('a table whose row in datasets.csv is bad is reported once, for its row', () => {
		const datasets = `${header}\n${unhcrRow}\n${idmcRow.replace(',2025.12.1,', ',,')}\n`;
		expect(problems({ datasets, csvNames: ['datasets.csv', 'idmc-idps-syria.csv', 'unhcr-population-syria.csv'] })).toEqual([
			'data/official/datasets.csv:3: empty required cell "release"'
		]);
	});
});

describe('unavailableSeries', () => {
	it('names each series whose dataset is not read, and why', () => {
		const [header, unhcrRow] = DATASETS.split('\n') as [string, string];
		const { official, problems: found } = readOfficial(files({ datasets: `${header}\n${unhcrRow}\n` }));
		expect(found).toEqual([]);
		expect(official.series.map((s) => s.spec.id)).toEqual(['unhcr-syria-refugees', 'unhcr-syria-refugees-neighbours', 'unhcr-syria-idps']);
		expect([...unavailableSeries(official, 'data/official')]).toEqual([
			['idmc-syria-idps', 'its dataset "idmc-idps-syria" is not in data/official/ (add data/official/idmc-idps-syria.csv and its row in data/official/datasets.csv)']
		]);
	});
});
