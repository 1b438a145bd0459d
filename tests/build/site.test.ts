// Checks the static site that `vite build` wrote to build/ (npm test builds it first).
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { figuresCsv } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { FIGURE_COLUMNS } from '$lib/figures/schema';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles, FIGURES_CSV } from '../helpers/data';

const read = (path: string) => readFileSync(`build/${path}`, 'utf8');

beforeAll(() => {
	if (!existsSync('build/index.html')) throw new Error('build/index.html is missing: run `npm run build` first');
});

describe('build/data/figures.csv', () => {
	it('is the export of the validated data, byte for byte', () => {
		expect(read('data/figures.csv')).toBe(figuresCsv(buildDataset(dataFiles())));
	});

	it('parses back to exactly the rows of data/figures.csv', () => {
		const built = Papa.parse<Record<string, string>>(read('data/figures.csv'), { header: true, skipEmptyLines: true });
		const source = Papa.parse<Record<string, string>>(FIGURES_CSV, { header: true, skipEmptyLines: true });
		expect(built.errors).toEqual([]);
		// data/figures.csv may leave out the optional columns (area_m49): empty, as the export writes them.
		// The download splits value and upper by unit (people, share, percent) and quotes the article's
		// own characters, where the editor may have typed a plain space for a no-break one.
		const dataColumns = (row: Record<string, string>) => ({
			...Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.name, row[c.name] ?? ''])),
			quote: (row.quote ?? '').replace(/\s+/gu, ' ')
		});
		const asData = (row: Record<string, string>) => dataColumns({ ...row, value: row[row.unit!]!, upper: row[`${row.unit}_upper`]! });
		expect(built.data.map(asData)).toEqual(source.data.map(dataColumns));
	});

	it('is UTF-8 without a byte-order mark, with CRLF line ends', () => {
		const bytes = readFileSync('build/data/figures.csv');
		expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
		expect(read('data/figures.csv').split('\r\n')).toHaveLength(8);
	});
});

describe('the article’s page in build/, before any script runs', () => {
	const html = () => read(`articles/${ARTICLE_ID}/index.html`);

	it('has both charts as SVG images with a name and a description', () => {
		const images = html().match(/<svg class="image[^"]*" viewBox="0 0 400 \d+(\.\d+)?" role="img" aria-labelledby="(bars|units)-title" aria-describedby="\2-desc">/g);
		expect(images).toHaveLength(2);
		expect(html()).toContain(
			'<desc id="bars-desc">As reported on 11 February 2020, quoting UN figures: Refugees who have fled Syria: at least 5.5 million (stock); Displaced inside Syria: more than 6 million (stock); Fled the offensive on Idlib: around 700,000 (flow).</desc>'
		);
	});

	it('links every key figure, bar, unit group and timeline mark to its sentence, and the sentence exists', () => {
		// Each figure's card, bar link, unit link and table row link to its sentence: s15-1 holds two
		// figures, the two stocks that are also marks on the timeline of official counts.
		for (const [sentence, links] of [['s15-1', 10], ['s11-1', 4], ['s9-1', 2]] as const) {
			expect(html()).toContain(`id="${sentence}"`);
			expect(html().split(`href="#${sentence}"`).length - 1).toBe(links);
		}
	});

	it('marks each figure’s words in the article, linking to the figure', () => {
		expect(html()).toMatch(/<a class="mark[^"]*"[^>]* href="#fig-idlib-offensive-displaced"[^>]*>around 700,000\u00a0Syrians\u00a0flee a regime offensive in nearby Idlib<\/a>/);
		for (const id of ['syria-refugees', 'syria-idps', 'nujaba-fighters', 'idlib-civilians-killed', 'idlib-killed-minors-share']) {
			expect(html()).toContain(`href="#fig-${id}"`);
			expect(html()).toContain(`id="fig-${id}"`);
		}
	});

	it('says whom the article attributes its figures to, and that it names no source for one', () => {
		expect(html()).toContain(
			'which names its sources: UN, a war monitor and Syrian Observatory for Human Rights (no source for one number);'
		);
	});

	it('names the page furniture left out of the article view, punctuated once', () => {
		expect(html()).toMatch(
			/Left out above as page furniture, not article text: “2 min read” and “Follow us on Twitter and Instagram to stay connected\.”\s*<\/p>/
		);
	});

	it('offers the CSV download: the article’s own figures', () => {
		expect(html()).toMatch(
			/<a class="download[^"]*" href="\/data\/articles\/newarab-2020-02-11\.figures\.csv" download="newarab-2020-02-11\.figures\.csv">Download CSV<\/a>/
		);
	});
});
