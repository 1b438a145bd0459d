// Validation of the data files, every problem with its file and line (src/lib/figures/dataset.ts).
import { describe, expect, it } from 'vitest';
import { articleDataset, buildDataset, type DataFiles } from '$lib/figures/dataset';
import { DataError, formatProblem } from '$lib/figures/problems';
import { FIGURE_COLUMNS, PAGE_COLUMNS, SOURCE_COLUMNS } from '$lib/figures/schema';
import { ARTICLE } from '../helpers/article';
import { dataFiles, FIGURES_CSV, figuresWith, PAGES_CSV, SOURCES_CSV } from '../helpers/data';

/** The formatted problems buildDataset throws for these files, or [] when it succeeds. */
function problems(files = dataFiles()): string[] {
	try {
		buildDataset(files);
		return [];
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		return error.problems.map(formatProblem);
	}
}

const header = FIGURES_CSV.split('\n')[0]!;
const lines = FIGURES_CSV.split('\n');

describe('buildDataset on the project data', () => {
	const dataset = buildDataset(dataFiles());

	it('reads the six figures of the article, in file order', () => {
		expect(dataset.figures.map((f) => [f.id, f.value, f.qualifier, f.upper, f.measure])).toEqual([
			['syria-refugees', 5500000, 'at_least', null, 'stock'],
			['syria-idps', 6000000, 'more_than', null, 'stock'],
			['idlib-offensive-displaced', 700000, 'approx', null, 'flow'],
			['nujaba-fighters', 8000, 'range', 10000, 'stock'],
			['idlib-civilians-killed', 12, 'at_least', null, 'flow'],
			['idlib-killed-minors-share', 0.5, 'exact', null, 'share']
		]);
	});

	it('keeps the share as a share: half of those killed, not a count of minors', () => {
		const half = dataset.figures.find((f) => f.id === 'idlib-killed-minors-share')!;
		expect([half.value, half.unit, half.measure, half.indicator]).toEqual([0.5, 'share', 'share', 'casualties']);
	});

	it('takes a share stated per hundred as a share in percent', () => {
		const article = ARTICLE.replace('Half of those killed', '50% of those killed');
		const figures = figuresWith('Half of those killed in the strikes were minors,Share of those killed who were minors,casualties,share,0.5,exact,,share,', '50% of those killed in the strikes were minors,Share of those killed who were minors,casualties,share,50,exact,,percent,');
		const fifty = buildDataset(dataFiles({ article, figures })).figures.find((f) => f.id === 'idlib-killed-minors-share')!;
		expect([fifty.value, fifty.unit, fifty.measure]).toEqual([50, 'percent', 'share']);
	});

	it('types empty optional cells as null', () => {
		const fighters = dataset.figures.find((f) => f.id === 'nujaba-fighters')!;
		expect([fighters.attributed_to, fighters.admin1]).toEqual([null, null]);
	});

	it('anchors each quote to its sentence with exact offsets', () => {
		expect(dataset.figures.map((f) => [f.id, f.provenance.sentenceId, f.provenance.start, f.provenance.end])).toEqual([
			['syria-refugees', 's15-1', 2018, 2065],
			['syria-idps', 's15-1', 2070, 2117],
			['idlib-offensive-displaced', 's11-1', 1429, 1491],
			['nujaba-fighters', 's9-1', 1046, 1075],
			['idlib-civilians-killed', 's12-1', 1630, 1669],
			['idlib-killed-minors-share', 's13-1', 1692, 1739]
		]);
	});

	it('derives W3C selectors and a text-fragment link from the match', () => {
		const idps = dataset.figures.find((f) => f.id === 'syria-idps')!.provenance;
		expect(idps.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 2070, end: 2117 });
		expect(idps.selectors[0]).toEqual({
			type: 'TextQuoteSelector',
			exact: 'more than 6 million more displaced inside Syria',
			prefix: 'million people fleeing the country and '.slice(-32),
			suffix: '.\n\n\nFollow us on Twitter and Ins'
		});
		expect(idps.textFragmentUrl).toBe(
			'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile#:~:text=the%20country%20and-,more%20than%206%20million%20more%20displaced%20inside%20Syria,-.'
		);
		expect(idps.sentence.startsWith('According to UN figures, the Syrian conflict')).toBe(true);
	});

	it('reads the source row', () => {
		expect(dataset.sources).toEqual([
			expect.objectContaining({ id: 'newarab-2020-02-11', publisher: 'The New Arab', published: '2020-02-11' })
		]);
	});
});

describe('buildDataset refuses bad data, naming file and line', () => {
	it.each([
		[
			'a quote that is not in the article',
			figuresWith('"around 700,000 Syrians flee', '"around 70,000 Syrians flee'),
			'data/figures.csv:4: quote "around 70,000 Syrians flee a regime offensive in nearby Idlib" is not in data/articles/newarab-2020-02-11.txt'
		],
		[
			'a quote that occurs more than once',
			figuresWith('"between 8,000-10,000 fighters"', 'Idlib'),
			'data/figures.csv:5: quote "Idlib" occurs 3 times in data/articles/newarab-2020-02-11.txt; quote more words so it is found once'
		],
		[
			'a value that disagrees with the words',
			figuresWith(',new_displacement,flow,700000,', ',new_displacement,flow,800000,'),
			'data/figures.csv:4: "value" does not match the quote: the row says approx 800000 (count) but "around 700,000 Syrians flee a regime offensive in nearby Idlib" says approx 700000 (count)'
		],
		[
			'a qualifier that disagrees with the words',
			figuresWith(',5500000,at_least,', ',5500000,more_than,'),
			'data/figures.csv:2: "qualifier" does not match the quote: the row says more_than 5500000 (count) but "at least 5.5 million people fleeing the country" says at_least 5500000 (count)'
		],
		[
			'a range whose upper end disagrees',
			figuresWith(',8000,range,10000,', ',8000,range,12000,'),
			'data/figures.csv:5: "upper" does not match the quote: the row says range 8000-12000 (count) but "between 8,000-10,000 fighters" says range 8000-10000 (count)'
		],
		[
			'a share recorded as a count',
			figuresWith(',casualties,share,0.5,exact,,share,', ',casualties,flow,6,exact,,people,'),
			'data/figures.csv:7: "value" and "unit" do not match the quote: the row says exact 6 (count) but "Half of those killed in the strikes were minors" says exact 0.5 (share)'
		],
		[
			'a duplicate id',
			figuresWith('syria-idps,', 'syria-refugees,'),
			'data/figures.csv:3: duplicate id "syria-refugees" (first on line 2)'
		],
		[
			'an unknown source',
			figuresWith('syria-idps,newarab-2020-02-11,', 'syria-idps,newarab-2020-02-12,'),
			'data/figures.csv:3: unknown source "newarab-2020-02-12" (not an id in data/sources.csv)'
		],
		[
			'an empty required cell',
			figuresWith(',Displaced inside Syria,', ',,'),
			'data/figures.csv:3: empty required cell "label"'
		],
		[
			'a value that is not a plain number',
			figuresWith(',5500000,', ',"5,500,000",'),
			'data/figures.csv:2: "value" is not a plain number: "5,500,000" (write 5500000, not 5.5 million or 5,500,000)'
		],
		[
			'a qualifier outside the vocabulary',
			figuresWith(',5500000,at_least,', ',5500000,atleast,'),
			'data/figures.csv:2: qualifier "atleast" is not one of: exact, approx, at_least, more_than, at_most, less_than, nearly, range'
		],
		[
			'an indicator outside the vocabulary',
			figuresWith(',refugees,stock,', ',refugee,stock,'),
			'data/figures.csv:2: indicator "refugee" is not one of: refugees, idps, new_displacement, casualties, combatants'
		],
		[
			'a date that does not exist',
			figuresWith(',2020-02-11,,,UN,"The article says', ',2020-02-30,,,UN,"The article says'),
			'data/figures.csv:2: "reported" is not a date in the form YYYY-MM-DD: "2020-02-30"'
		],
		[
			'a row with a cell too many',
			figuresWith('People displaced inside Syria, counted at the date reported (a stock)."', 'x",y'),
			'data/figures.csv:3: has 20 cells but the header has 19 columns'
		],
		[
			'a quote that leaves out the qualifier in front of its number',
			figuresWith('"around 700,000 Syrians flee', '"700,000 Syrians flee').replace(',700000,approx,', ',700000,exact,'),
			'data/figures.csv:4: quote "700,000 Syrians flee a regime offensive in nearby Idlib" cuts the number phrase "around 700,000"; quote it whole'
		],
		[
			'a quote that starts inside its qualifier',
			figuresWith('killed at least 12 civilians on Tuesday', 'least 12 civilians on Tuesday').replace(',12,at_least,', ',12,exact,'),
			'data/figures.csv:6: quote "least 12 civilians on Tuesday" cuts the number phrase "at least 12"; quote it whole'
		],
		[
			'a quote that keeps only the top of a range',
			figuresWith('"between 8,000-10,000 fighters"', '"10,000 fighters"').replace(',8000,range,10000,', ',10000,exact,,'),
			'data/figures.csv:5: quote "10,000 fighters" cuts the number phrase "between 8,000-10,000"; quote it whole'
		],
		[
			'a quote without a number',
			figuresWith('"around 700,000 Syrians flee a regime offensive in nearby Idlib"', '"flee a regime offensive in nearby Idlib"'),
			'data/figures.csv:4: quote "flee a regime offensive in nearby Idlib" states no number; it must state exactly this figure\'s number'
		],
		[
			'a quote that runs past the end of its sentence',
			figuresWith('Half of those killed in the strikes were minors,', '"on Tuesday, a war monitor said. Half of those",').replace('killed at least 12 civilians on Tuesday,', 'killed at least 12 civilians,'),
			'data/figures.csv:7: quote "on Tuesday, a war monitor said. Half of those" runs past the end of its sentence in data/articles/newarab-2020-02-11.txt; quote words from one sentence'
		],
		[
			'an upper end without a range',
			figuresWith(',5500000,at_least,,', ',5500000,at_least,6000000,'),
			'data/figures.csv:2: "upper" is set but the qualifier is at_least, not range'
		],
		[
			'an upper end below the value',
			figuresWith(',8000,range,10000,', ',8000,range,7000,'),
			'data/figures.csv:5: "upper" 7000 is not above "value" 8000'
		],
		[
			'a unit that does not fit the measure',
			figuresWith(',casualties,share,0.5,exact,,share,', ',casualties,flow,0.5,exact,,share,'),
			'data/figures.csv:7: unit "share" does not fit measure "flow": a flow is stated in unit people'
		],
		[
			'a percentage that is not a share',
			figuresWith(',casualties,share,0.5,exact,,share,', ',casualties,stock,0.5,exact,,percent,'),
			'data/figures.csv:7: unit "percent" does not fit measure "stock": a stock is stated in unit people'
		],
		[
			'a share in people',
			figuresWith(',combatants,stock,8000,', ',combatants,share,8000,'),
			'data/figures.csv:5: unit "people" does not fit measure "share": a share is stated in unit share (half = 0.5) or percent (12% = 12)'
		],
		[
			'a share above one',
			figuresWith(',casualties,share,0.5,exact,,share,', ',casualties,share,1.5,exact,,share,'),
			'data/figures.csv:7: "value" 1.5 is not a share: a share is above 0 and at most 1 (half = 0.5)'
		],
		[
			'a negative value',
			figuresWith(',5500000,at_least,', ',-5500000,at_least,'),
			'data/figures.csv:2: "value" -5500000 is below its minimum, 0'
		],
		[
			'white space around a cell',
			figuresWith(',5500000,at_least,', ', 5500000,at_least,'),
			'data/figures.csv:2: cell "value" has white space around " 5500000"'
		],
		[
			'an id that is not a slug',
			figuresWith('syria-idps,', 'Syria IDPs,'),
			'data/figures.csv:3: id "Syria IDPs" does not match the pattern [a-z0-9]+(-[a-z0-9]+)*'
		],
		[
			'a country code that is not ISO alpha-3',
			figuresWith(',Syria,SYR,,2020-02-11,,,UN,"The article says', ',Syria,SY,,2020-02-11,,,UN,"The article says'),
			'data/figures.csv:2: country_iso3 "SY" does not match the pattern [A-Z]{3}'
		],
		[
			'an unclosed quoted cell',
			figuresWith('"Killed by suspected', '"Killed by suspected "regime'),
			'data/figures.csv:6: CSV syntax: Trailing quote on quoted field is malformed'
		],
		[
			'a range without its upper end',
			figuresWith(',8000,range,10000,', ',8000,range,,'),
			'data/figures.csv:5: qualifier is range but "upper" is empty'
		],
		[
			'a count of people that is not whole',
			figuresWith(',flow,12,at_least,', ',flow,12.5,at_least,'),
			'data/figures.csv:6: "value" 12.5 is not a whole number of people'
		],
		[
			'a period for a stock',
			figuresWith(',people,Syria,SYR,,2020-02-11,,,UN,"People displaced', ',people,Syria,SYR,,2020-02-11,2019-12-01,,UN,"People displaced'),
			'data/figures.csv:3: "period_start" is set but the measure is stock: only a flow counts over a period'
		],
		[
			'a period that ends before it starts',
			figuresWith(',Idlib,2020-02-11,2020-02-11,2020-02-11,a war monitor', ',Idlib,2020-02-11,2020-02-11,2020-02-10,a war monitor'),
			'data/figures.csv:6: "period_start" 2020-02-11 is after "period_end" 2020-02-10'
		],
		[
			'a period that ends after the figure was reported',
			figuresWith(',Idlib,2020-02-11,2020-02-11,2020-02-11,a war monitor', ',Idlib,2020-02-11,2020-02-11,2020-02-12,a war monitor'),
			'data/figures.csv:6: "period_end" 2020-02-12 is after "reported" 2020-02-11'
		],
		[
			'a period that starts after the figure was reported, with no end',
			figuresWith(',Idlib,2020-02-11,2020-02-11,2020-02-11,a war monitor', ',Idlib,2020-02-11,2020-03-01,,a war monitor'),
			'data/figures.csv:6: "period_start" 2020-03-01 is after "reported" 2020-02-11'
		],
		[
			'a period date that is no date',
			figuresWith(',Idlib,2020-02-11,2020-02-11,2020-02-11,a war monitor', ',Idlib,2020-02-11,2020-02-31,2020-02-11,a war monitor'),
			'data/figures.csv:6: "period_start" is not a date in the form YYYY-MM-DD: "2020-02-31"'
		]
	])('%s', (_, figures, expected) => {
		expect(problems(dataFiles({ figures }))).toEqual([expected]);
	});

	it('a missing column', () => {
		const figures = FIGURES_CSV.replace(',qualifier,', ',');
		expect(problems(dataFiles({ figures }))).toEqual(['data/figures.csv:1: missing column "qualifier"']);
	});

	it('a column named twice', () => {
		const figures = FIGURES_CSV.replace(header, header.replace(',note', ',label'));
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:1: column "label" appears twice',
			'data/figures.csv:1: missing column "note"'
		]);
	});

	it('a file with old Mac line ends (CR only) still reports the right line', () => {
		const figures = figuresWith(',5500000,', ',abc,').replace(/\n/g, '\r');
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:2: "value" is not a plain number: "abc" (write 5500000, not 5.5 million or 5,500,000)'
		]);
	});

	it('figures of a source row that has problems are not also reported as of an unknown source', () => {
		const sources = SOURCES_CSV.replace(',2020-02-11,', ',11/02/2020,');
		expect(problems(dataFiles({ sources }))).toEqual([
			'data/sources.csv:2: "published" is not a date in the form YYYY-MM-DD: "11/02/2020"'
		]);
	});

	it('an unknown column', () => {
		const figures = FIGURES_CSV.replace(header, header.replace(',note', ',notes'));
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:1: unknown column "notes" (expected: id, source, quote, label, indicator, measure, value, qualifier, upper, unit, country, country_iso3, area_m49, admin1, reported, period_start, period_end, attributed_to, note, official_series)',
			'data/figures.csv:1: missing column "note"'
		]);
	});

	it('counts lines, not records, when a quoted cell spans lines', () => {
		const multiline = lines.slice(0, 2).join('\n').replace('(a stock)."', '(a stock)\nsecond line."');
		const figures = [multiline, ...lines.slice(2)].join('\n').replace(',5500000,at_least,', ',5.5m,at_least,');
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:2: "value" is not a plain number: "5.5m" (write 5500000, not 5.5 million or 5,500,000)'
		]);
		const third = [multiline, ...lines.slice(2)].join('\n').replace(',idps,stock,', ',idp,stock,');
		expect(problems(dataFiles({ figures: third }))).toEqual([
			'data/figures.csv:4: indicator "idp" is not one of: refugees, idps, new_displacement, casualties, combatants'
		]);
	});

	it('reports every problem at once, not just the first', () => {
		const figures = figuresWith(',5500000,', ',abc,').replace(',idps,stock,', ',idp,stock,');
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:2: "value" is not a plain number: "abc" (write 5500000, not 5.5 million or 5,500,000)',
			'data/figures.csv:3: indicator "idp" is not one of: refugees, idps, new_displacement, casualties, combatants'
		]);
	});

	it('a source whose article file is missing', () => {
		const files = dataFiles();
		expect(problems({ ...files, article: (id) => ({ file: `data/articles/${id}.txt`, text: null }) })).toEqual([
			'data/sources.csv:2: article text data/articles/newarab-2020-02-11.txt is missing'
		]);
	});

	it('a source row with a bad URL', () => {
		const sources = SOURCES_CSV.replace('https://newarab.com', 'newarab.com');
		expect(problems(dataFiles({ sources }))[0]).toBe(
			'data/sources.csv:2: "url" is not an http(s) URL: "newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile"'
		);
	});

	it('a quote whose words state two numbers', () => {
		const figures = figuresWith(
			'at least 5.5 million people fleeing the country,',
			'"at least 5.5 million people fleeing the country and more than 6 million",'
		);
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:2: quote "at least 5.5 million people fleeing the country and more than 6 million" states 2 numbers ("at least 5.5 million", "more than 6 million"); it must state exactly this figure\'s number'
		]);
	});

	it('two quotes that share words', () => {
		const figures = figuresWith('more than 6 million more displaced inside Syria,', '"the country and more than 6 million more",');
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:3: quote overlaps the quote of "syria-refugees" (line 2); quotes may not share words'
		]);
	});

	it('an article without a figure: published with its text, no figure of it', () => {
		const sources = `${SOURCES_CSV.trimEnd()}\nanother-article,Another,The New Arab,2020-02-12,https://newarab.com/another,Quoted.\n`;
		const files = dataFiles({ sources });
		const article = files.article;
		const dataset = buildDataset({ ...files, article: (id) => (id === 'another-article' ? { file: 'data/articles/another-article.txt', text: 'Another text.' } : article(id)) });
		expect(dataset.sources.map((s) => s.id)).toEqual(['newarab-2020-02-11', 'another-article']);
		expect(dataset.articles.find((a) => a.source.id === 'another-article')?.text).toBe('Another text.');
		expect(dataset.figures.filter((f) => f.source === 'another-article')).toEqual([]);
		expect(dataset.figures.length).toBeGreaterThan(0);
	});

	it('a value no count of people reaches, which could not be read exactly either', () => {
		expect(problems(dataFiles({ figures: figuresWith(',5500000,at_least,', ',9007199254740990,at_least,') }))).toEqual([
			'data/figures.csv:2: "value" 9007199254740990 is above its maximum, 1000000000000'
		]);
	});

	it('a figures file with a header and no figure', () => {
		expect(problems(dataFiles({ figures: `${header}\n` }))).toEqual(['data/figures.csv:1: holds no figure: add a row for each figure the articles state']);
	});

	it('a sources file with a header and no article', () => {
		const header = `${SOURCES_CSV.split('\n')[0]}\n`;
		expect(problems(dataFiles({ sources: header, figures: `${FIGURES_CSV.split('\n')[0]}\n`, pages: 'source,displaced_by,fled_during\n' }))).toEqual([
			'data/sources.csv:1: lists no article: add a row for each article'
		]);
	});

	it('an empty figures file', () => {
		expect(problems(dataFiles({ figures: '' }))).toEqual(['data/figures.csv:1: is empty: expected a header row']);
	});

	it('accepts a byte-order mark and CRLF line ends from a spreadsheet', () => {
		const figures = `\uFEFF${FIGURES_CSV.replace(/\n/g, '\r\n')}`;
		expect(buildDataset(dataFiles({ figures })).figures).toHaveLength(6);
	});

	it('the DataError message lists every problem, one per line', () => {
		const figures = figuresWith(',5500000,', ',abc,');
		expect(() => buildDataset(dataFiles({ figures }))).toThrow(
			'The data do not validate (1 problem):\ndata/figures.csv:2: "value" is not a plain number'
		);
	});
});

describe('buildDataset reads pages.csv, the words the figures cannot say', () => {
	const pages = (...rows: string[]) => ['source,displaced_by,fled_during', ...rows].join('\n');

	it('gives the article its row, and reads the data without the file at all', () => {
		expect(buildDataset(dataFiles()).articles[0]!.pageWords).toEqual({
			source: 'newarab-2020-02-11',
			displaced_by: 'Syria’s war',
			fled_during: 'offensive'
		});
		expect(buildDataset({ ...dataFiles(), pages: undefined }).articles[0]!.pageWords).toBeNull();
		expect(buildDataset(dataFiles({ pages: pages('newarab-2020-02-11,,') })).articles[0]!.pageWords).toEqual({
			source: 'newarab-2020-02-11',
			displaced_by: null,
			fled_during: null
		});
	});

	it.each([
		[pages('newarab-2020-02-12,Syria’s war,'), 'data/pages.csv:2: unknown source "newarab-2020-02-12" (not an id in data/sources.csv)'],
		[
			pages('newarab-2020-02-11,Syria’s war,', 'newarab-2020-02-11,,offensive'),
			'data/pages.csv:3: duplicate source "newarab-2020-02-11" (first on line 2)'
		],
		[
			pages('newarab-2020-02-11,,the offensive'),
			'data/pages.csv:2: fled_during "the offensive" starts with "the": write the noun alone, as the page says “fled during one …”'
		],
		[pages('Newarab,,'), 'data/pages.csv:2: source "Newarab" does not match the pattern [a-z0-9]+(-[a-z0-9]+)*'],
		...['a', 'an', 'one', 'The'].map((article) => [
			pages(`newarab-2020-02-11,,${article} offensive`),
			`data/pages.csv:2: fled_during "${article} offensive" starts with "${article}": write the noun alone, as the page says “fled during one …”`
		]),
		['source,displaced_by\nnewarab-2020-02-11,war', 'data/pages.csv:1: missing column "fled_during"']
	])('refuses %j: %s', (text, problem) => {
		expect(problems(dataFiles({ pages: text }))).toEqual([problem]);
	});

	it('refuses words for a flow the article does not have', () => {
		const noFlow = FIGURES_CSV.split('\n')
			.filter((line) => !line.startsWith('idlib-offensive-displaced,'))
			.join('\n');
		expect(problems(dataFiles({ figures: noFlow, pages: PAGES_CSV }))).toEqual([
			'data/pages.csv:2: fled_during is set but "newarab-2020-02-11" has no flow of displaced people for it to describe'
		]);
	});
});

describe('buildDataset checks that quotes do not overlap within each article, not across articles', () => {
	// A second source with the same text: its figures stand at the same offsets as the first's.
	const COPY = 'newarab-copy';
	const [head, ...rows] = FIGURES_CSV.trimEnd().split('\n');
	const copyRows = rows.map((row) => row.replace(/^([^,]+),newarab-2020-02-11,/, `copy-$1,${COPY},`));
	const sources = `${SOURCES_CSV.trimEnd()}\n${COPY},A copy,The New Arab,2020-02-11,https://newarab.com/copy,Quoted.\n`;
	const files = (figureRows: string[]): DataFiles => {
		const base = dataFiles({ sources, figures: `${[head, ...figureRows].join('\n')}\n` });
		return { ...base, article: (id) => (id === COPY ? { file: `data/articles/${COPY}.txt`, text: ARTICLE } : base.article(id)) };
	};
	const row = (id: string, quote: string) => rows.find((r) => r.startsWith(`${id},`))!.replace(/^([^,]+),newarab-2020-02-11,("[^"]*"|[^,]*),/, `$1-2,${COPY},"${quote}",`);

	it('accepts figures of different articles at the same offsets', () => {
		const dataset = buildDataset(files([...rows, ...copyRows]));
		expect(dataset.figures).toHaveLength(12);
		const at = (source: string) => dataset.figures.filter((f) => f.source === source).map((f) => [f.provenance.start, f.provenance.end]);
		expect(at(COPY)).toEqual(at('newarab-2020-02-11'));
	});

	it('still refuses a quote that overlaps another of its own article, naming that one', () => {
		expect(problems(files([...rows, ...copyRows, row('syria-idps', 'the country and more than 6 million more')]))).toEqual([
			'data/figures.csv:14: quote overlaps the quote of "copy-syria-refugees" (line 8); quotes may not share words'
		]);
	});

	it('names the overlapped quote listed first in the file, not the one first in the article', () => {
		// syria-idps is listed before syria-refugees, which comes first in the article; the quote
		// overlaps both, and the message names syria-idps, as it always did.
		const [refugees, idps, ...rest] = copyRows;
		expect(problems(files([...rows, idps!, refugees!, ...rest, row('syria-idps', 'fleeing the country and more than 6 million')]))).toEqual([
			'data/figures.csv:14: quote overlaps the quote of "copy-syria-idps" (line 8); quotes may not share words'
		]);
	});
});

describe('articleDataset', () => {
	it('is one article’s part of the dataset: its source, its text and its figures', () => {
		const dataset = buildDataset(dataFiles());
		expect(articleDataset(dataset, 'newarab-2020-02-11')).toEqual(dataset);
		expect(articleDataset(dataset, 'another')).toEqual({ sources: [], articles: [], figures: [] });
	});
});

describe('buildDataset refuses characters and lengths the page cannot show', () => {
	const label = (text: string) => figuresWith(',Displaced inside Syria,', `,"${text.replace(/"/g, '""')}",`);
	const one = (figures: string) => problems(dataFiles({ figures }));

	it.each([
		['an escape character', 'Displaced\u001b[31m inside', 'data/figures.csv:3: "label" holds a control character (U+001B, character 10); remove it'],
		['a NUL', 'Displaced\u0000', 'data/figures.csv:3: "label" holds a control character (U+0000, character 10); remove it'],
		['a C1 control', 'Displaced\u0085 inside', 'data/figures.csv:3: "label" holds a control character (U+0085, character 10); remove it'],
		['a line break', 'Displaced\ninside Syria', 'data/figures.csv:3: "label" holds a control character (U+000A, character 10); remove it'],
		['a right-to-left override', 'Displaced \u202EairyS', 'data/figures.csv:3: "label" holds a bidirectional control character (U+202E, character 11); remove it'],
		['a first-strong isolate', '\u2068Displaced\u2069', 'data/figures.csv:3: "label" holds a bidirectional control character (U+2068, character 1); remove it'],
		['only zero-width characters', '\u200B\u200D', 'data/figures.csv:3: "label" holds only invisible characters (U+200B, U+200D)'],
		['only a direction mark', '\u200E', 'data/figures.csv:3: "label" holds only invisible characters (U+200E)'],
		['only a combining mark and a soft hyphen', ' \u0301\u00AD', 'data/figures.csv:3: "label" holds only invisible characters (U+0301, U+00AD)'],
		['a Hangul filler', '\u3164', 'data/figures.csv:3: "label" holds only invisible characters (U+3164)'],
		['a line separator', 'Displaced\u2028inside', 'data/figures.csv:3: "label" holds a control character (U+2028, character 10); remove it'],
		['101 characters', 'x'.repeat(101), 'data/figures.csv:3: "label" is 101 characters long; it may be 100 at most']
	])('a label with %s', (_what, text, problem) => {
		expect(one(label(text))).toEqual([problem]);
	});

	it('counts characters, not UTF-16 code units: 100 astral letters are a label of 100', () => {
		expect(one(label('𝐀'.repeat(100)))).toEqual([]);
	});

	it('allows line breaks and tabs in a note, and a right-to-left mark anywhere', () => {
		const note = figuresWith('"People displaced inside Syria, counted at the date reported (a stock)."', '"Two lines:\nthe second\tone."');
		expect(buildDataset(dataFiles({ figures: note })).figures[1]!.note).toBe('Two lines:\nthe second\tone.');
		expect(one(label('نازحون\u200F داخل سوريا'))).toEqual([]);
	});

	it('limits every text column of every file, and says so in the data package', () => {
		expect(one(figuresWith(',UN,"People displaced', `,${'U'.repeat(101)},"People displaced`))).toEqual([
			'data/figures.csv:3: "attributed_to" is 101 characters long; it may be 100 at most'
		]);
		const sources = SOURCES_CSV.replace(',The New Arab,', `,${'N'.repeat(101)},`);
		expect(problems(dataFiles({ sources }))).toEqual(['data/sources.csv:2: "publisher" is 101 characters long; it may be 100 at most']);
		for (const spec of [...FIGURE_COLUMNS, ...SOURCE_COLUMNS, ...PAGE_COLUMNS]) {
			// A pattern of a fixed number of characters ([A-Z]{3}, [0-9]{3}) is a limit of its own.
			if ((spec.type === 'string' || spec.type === 'url') && !spec.enum && !/^\[[^\]]+\]\{\d+\}$/u.test(spec.pattern ?? '')) {
				expect(spec.maxLength, spec.name).toBeGreaterThan(0);
			}
		}
	});
});

describe('buildDataset refuses dates a news figure cannot have', () => {
	it.each([
		['0000-01-01', 'data/figures.csv:3: "reported" 0000-01-01 is before 1900-01-01; is the year right?'],
		['1899-12-31', 'data/figures.csv:3: "reported" 1899-12-31 is before 1900-01-01; is the year right?'],
		['2999-01-01', expect.stringMatching(/^data\/figures\.csv:3: "reported" 2999-01-01 is after today, \d{4}-\d{2}-\d{2}; is the year right\?$/)]
	])('a reported date of %s', (date, problem) => {
		expect(problems(dataFiles({ figures: figuresWith(',2020-02-11,,,UN,"People displaced', `,${date},,,UN,"People displaced`) }))).toEqual([problem]);
	});

	it('a publication date before 1900', () => {
		const sources = SOURCES_CSV.replace(',2020-02-11,', ',1066-10-14,');
		expect(problems(dataFiles({ sources }))).toEqual(['data/sources.csv:2: "published" 1066-10-14 is before 1900-01-01; is the year right?']);
	});

	it('a figure reported after its article was published, unless a note says why', () => {
		const later = (note: string) =>
			FIGURES_CSV.replace(
				/^syria-idps,(.*),2020-02-11,,,UN,"People displaced inside Syria, counted at the date reported \(a stock\)\.",unhcr-syria-idps$/m,
				`syria-idps,$1,2020-02-12,,,UN,${note},unhcr-syria-idps`
			);
		expect(later('')).not.toBe(FIGURES_CSV);
		expect(problems(dataFiles({ figures: later('') }))).toEqual([
			'data/figures.csv:3: "reported" 2020-02-12 is after the article was published, 2020-02-11; correct it, or say why in "note"'
		]);
		expect(problems(dataFiles({ figures: later('The UN confirmed the figure a day later; the article was updated.') }))).toEqual([]);
	});
});

describe('buildDataset on a file of nothing but problems', () => {
	it('reports them all as data problems: more than a hundred thousand do not overflow the stack', () => {
		// Every cell of every row empty: a problem for each required cell.
		const figures = `${header}\n${`${','.repeat(header.split(',').length - 1)}\n`.repeat(13_000)}`;
		let thrown: unknown;
		try {
			buildDataset(dataFiles({ figures }));
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(DataError);
		expect((thrown as DataError).problems.length).toBeGreaterThan(120_000);
	}, 30_000);
});

describe('official_series: the official count a figure is compared with', () => {
	/** figures.csv without the official_series column, as every file written before it. */
	const withoutColumn = FIGURES_CSV.split('\n')
		.map((line) => line.replace(/,(official_series|unhcr-syria-refugees-neighbours|unhcr-syria-idps|)$/, ''))
		.join('\n');

	it('names the neighbouring countries for the refugees, UNHCR’s IDPs for the displaced, and nothing for the rest', () => {
		expect(buildDataset(dataFiles()).figures.map((f) => [f.id, f.official_series])).toEqual([
			['syria-refugees', 'unhcr-syria-refugees-neighbours'],
			['syria-idps', 'unhcr-syria-idps'],
			['idlib-offensive-displaced', null],
			['nujaba-fighters', null],
			['idlib-civilians-killed', null],
			['idlib-killed-minors-share', null]
		]);
	});

	it('may be left out of the header: a file written before it reads as naming no series', () => {
		expect(withoutColumn.split('\n')[0]).toBe(header.replace(',official_series', ''));
		expect(buildDataset(dataFiles({ figures: withoutColumn })).figures.map((f) => f.official_series)).toEqual([null, null, null, null, null, null]);
	});

	it('refuses a series that is not one', () => {
		expect(problems(dataFiles({ figures: figuresWith(',unhcr-syria-idps\n', ',unhcr-idps\n') }))).toEqual([
			'data/figures.csv:3: official_series "unhcr-idps" is not one of: unhcr-syria-refugees, unhcr-syria-refugees-neighbours, unhcr-syria-idps, idmc-syria-idps'
		]);
	});

	it('refuses a series that counts something else than the figure: refugees for IDPs, a stock for a flow', () => {
		expect(problems(dataFiles({ figures: figuresWith(',unhcr-syria-idps\n', ',unhcr-syria-refugees\n') }))).toEqual([
			'data/figures.csv:3: official_series "unhcr-syria-refugees" counts refugees (stock) in SYR, in people, but this figure counts idps (stock) in SYR, in people: name a series that counts what the figure counts, or leave it empty'
		]);
		const flow = figuresWith('(a flow over a period, not a count at one date).",\n', '(a flow over a period, not a count at one date).",idmc-syria-idps\n');
		expect(problems(dataFiles({ figures: flow }))).toEqual([
			'data/figures.csv:4: official_series "idmc-syria-idps" counts idps (stock) in SYR, in people, but this figure counts new_displacement (flow) in SYR, in people: name a series that counts what the figure counts, or leave it empty'
		]);
	});

	it('refuses a series about another country', () => {
		const figures = figuresWith(',Syria,SYR,,2020-02-11,,,UN,"People displaced inside Syria', ',Lebanon,LBN,,2020-02-11,,,UN,"People displaced inside Syria');
		expect(problems(dataFiles({ figures }))).toEqual([
			'data/figures.csv:3: official_series "unhcr-syria-idps" counts idps (stock) in SYR, in people, but this figure counts idps (stock) in LBN, in people: name a series that counts what the figure counts, or leave it empty'
		]);
	});

	it('refuses a series whose data the folder lacks, with why', () => {
		const unavailableSeries = new Map([['unhcr-syria-idps', 'its dataset "unhcr-population-syria" is not in data/official/']]);
		expect(problems({ ...dataFiles(), unavailableSeries })).toEqual([
			'data/figures.csv:3: official_series "unhcr-syria-idps" cannot be compared with: its dataset "unhcr-population-syria" is not in data/official/'
		]);
	});
});
