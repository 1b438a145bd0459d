// Text in the data that a spreadsheet would run, or a browser would parse as markup, stays text:
// neutralised in every CSV download, as written in the JSON, escaped in the page's HTML.
import Papa from 'papaparse';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { figuresExcelCsv } from '$lib/export/excel-csv';
import { figuresCsv } from '$lib/export/figures-csv';
import { figuresJson } from '$lib/export/figures-json';
import { figuresHxlCsv } from '$lib/export/hxl';
import { buildDataset } from '$lib/figures/dataset';
import { articlePage } from '$lib/pages/article-page';
import ArticlePage from '$lib/components/ArticlePage.svelte';
import { ARTICLE_ID } from '../helpers/article';
import { dataFiles, figuresWith } from '../helpers/data';

const records = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('a label written as a spreadsheet formula', () => {
	const formula = buildDataset(dataFiles({ figures: figuresWith(',Displaced inside Syria,', ',"=HYPERLINK(""x"")",') }));

	it.each([
		['figures.csv', figuresCsv],
		['figures.hxl.csv', figuresHxlCsv],
		['figures.excel.csv', figuresExcelCsv]
	])('comes out neutralised in %s', (_name, write) => {
		const csv = write(formula);
		expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
		expect(csv).not.toMatch(/,"?=HYPERLINK/);
		const labels = records(csv.replace(/^\uFEFF/, '')).data.map((r) => r.label);
		expect(labels).toContain(`'=HYPERLINK("x")`);
	});

	it('stays as written in the JSON, which no spreadsheet evaluates', () => {
		expect(figuresJson(formula).figures[1]!.label).toBe('=HYPERLINK("x")');
	});
});

describe('hostile text in the data', () => {
	const hostile = '=HYPERLINK("http://evil.example") <script>alert(1)</script>';
	const dataset = buildDataset(
		dataFiles({ figures: figuresWith(',Displaced inside Syria,', `,"${hostile.replace(/"/g, '""')}",`) })
	);

	it('comes out neutralised in the CSV', () => {
		const csv = figuresCsv(dataset);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") <script>alert(1)</script>"`);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.data[1]!.label).toBe(`'${hostile}`);
	});

	it('comes out escaped in the HTML of the page', () => {
		const page = articlePage(dataset, ARTICLE_ID, { downloads: [], origin: '' });
		const { body, head } = render(ArticlePage, { props: { page } });
		expect(body).not.toContain('<script>alert(1)</script>');
		expect(body).toContain('=HYPERLINK("http://evil.example") &lt;script>alert(1)&lt;/script>');
		expect(head).not.toContain('<script>alert(1)');
	});
});
