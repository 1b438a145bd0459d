// One figure as the cards and the table show it (src/lib/pages/figure-view.ts).
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/figures/dataset';
import { figureView, periodInWords } from '$lib/pages/figure-view';
import { dataFiles } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const dataset = buildDataset(dataFiles());
const [source] = dataset.sources;
const view = (id: string) => figureView(dataset.figures.find((f) => f.id === id)!, source!);

describe('figureView', () => {
	it('writes a figure in short and in words, with its source, date, place and words', () => {
		expect(view('idlib-offensive-displaced')).toEqual({
			id: 'idlib-offensive-displaced',
			label: 'Fled the offensive on Idlib',
			indicator: 'New displacement',
			measure: 'flow',
			period: 'period not stated',
			short: '≈ 700k',
			words: 'around 700,000',
			spelledOut: 'around 700,000',
			reported: '11 February 2020',
			reportedIso: '2020-02-11',
			according: 'UN',
			attribution: 'source: UN',
			place: 'Idlib, Syria',
			sentenceId: 's11-1',
			sentenceHref: '#s11-1',
			figureHref: '#fig-idlib-offensive-displaced',
			from: null,
			quote: 'around 700,000\u00a0Syrians\u00a0flee a regime offensive in nearby Idlib',
			textFragmentUrl:
				'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile#:~:text=displacement%20has%20seen-,around%20700%2C000%20Syrians%20flee%20a%20regime%20offensive%20in%20nearby%20Idlib,-%2C%20the%20UN',
			citation:
				'UN, as reported by The New Arab, “WATCH: Iran-backed militia fighter scrawls Qasem Soleimani\'s name on missile \'bound for Aleppo\'”, 11 February 2020: “around 700,000 Syrians flee a regime offensive in nearby Idlib”. https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile',
			// Without a comparison (articlePage passes one when data/official/ has its series).
			official: null
		});
	});

	it('says when the article names no source, and spells out only what the short form does not say', () => {
		expect([view('nujaba-fighters').according, view('nujaba-fighters').attribution]).toEqual(['—', 'the article names no source']);
		expect(view('nujaba-fighters').citation.startsWith('The New Arab, “WATCH')).toBe(true);
		// A citation begins with a capital, whatever the attribution begins with.
		expect(view('idlib-civilians-killed').citation.startsWith('A war monitor, as reported by The New Arab, “WATCH')).toBe(true);
		expect([view('idlib-killed-minors-share').short, view('idlib-killed-minors-share').spelledOut]).toEqual(['half', null]);
		expect(view('syria-refugees').place).toBe('Syria');
	});

	it('links into its article’s page, and names the article, when shown on another page', () => {
		const elsewhere = figureView(dataset.figures.find((f) => f.id === 'syria-refugees')!, source!, null, '/articles/newarab-2020-02-11/');
		expect([elsewhere.sentenceHref, elsewhere.figureHref, elsewhere.from]).toEqual([
			'/articles/newarab-2020-02-11/#s15-1',
			'/articles/newarab-2020-02-11/#fig-syria-refugees',
			{ text: 'The New Arab, 11 February 2020', href: '/articles/newarab-2020-02-11/' }
		]);
	});
});

describe('periodInWords: a flow’s period as the article states it', () => {
	const flow = (period_start: string | null, period_end: string | null) => periodInWords({ measure: 'flow', period_start, period_end });
	it('says the dates the article gives, one day as a day, and that none is stated when it gives none', () => {
		expect(view('idlib-civilians-killed').period).toBe('on 11 February 2020');
		expect(view('idlib-offensive-displaced').period).toBe('period not stated');
		expect(flow('2019-12-01', '2020-02-11')).toBe('1 December 2019 to 11 February 2020');
		expect(flow('2019-12-01', null)).toBe('since 1 December 2019');
		expect(flow(null, '2020-02-11')).toBe('until 11 February 2020');
	});
	it('says nothing of a stock or a share, which count at a date or of another figure', () => {
		expect([view('syria-refugees').period, view('idlib-killed-minors-share').period]).toEqual([null, null]);
	});
});

describe('figureView of a figure about an area', () => {
	it('shows the area’s M49 name as its place', () => {
		const world = buildDataset(worldFiles());
		const view = figureView(world.figures.find((f) => f.id === 'world-refugees')!, world.sources[0]!);
		expect([view.place, view.according, view.sentenceId]).toEqual(['World', 'UNHCR', 's16-1']);
	});
});
