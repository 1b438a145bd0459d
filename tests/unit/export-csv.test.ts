import Papa from 'papaparse';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/export/csv';
import { figuresCsv, FIGURES_CSV_COLUMNS } from '$lib/export/figures-csv';
import { buildDataset } from '$lib/figures/dataset';
import { pageModel } from '$lib/page-model';
import Page from '../../src/routes/+page.svelte';
import { dataFiles, figuresWith } from '../helpers/data';

describe('toCsv', () => {
	it('writes RFC 4180: CRLF line ends, quotes only where needed, quotes doubled', () => {
		expect(toCsv(['a', 'b'], [{ a: 'plain', b: 'has, comma' }, { a: 'say "hi"', b: 'two\nlines' }])).toBe(
			'a,b\r\nplain,"has, comma"\r\n"say ""hi""","two\nlines"\r\n'
		);
	});

	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1', `"'+1"`],
		['-1+2', `"'-1+2"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\tcmd', `"'\tcmd"`],
		['\rcmd', `"'\rcmd"`],
		['\0cmd', `"'\0cmd"`],
		['=1\n+2', `"'=1\n+2"`]
	])('neutralises the text cell %j with a leading apostrophe', (cell, written) => {
		expect(toCsv(['x'], [{ x: cell }])).toBe(`x\r\n${written}\r\n`);
	});

	it('leaves numbers as numbers, negative ones included, and empty cells empty', () => {
		expect(toCsv(['n', 'm', 'e'], [{ n: -5, m: 0.5, e: null }])).toBe('n,m,e\r\n-5,0.5,\r\n');
	});

	it('leaves text that merely contains formula characters alone', () => {
		expect(toCsv(['x'], [{ x: 'a=b, c-d' }])).toBe('x\r\n"a=b, c-d"\r\n');
	});
});

describe('figuresCsv', () => {
	const dataset = buildDataset(dataFiles());
	const parsed = Papa.parse<Record<string, string>>(figuresCsv(dataset), { header: true, skipEmptyLines: true });

	it('has the data columns, then the provenance columns', () => {
		expect(parsed.meta.fields).toEqual([...FIGURES_CSV_COLUMNS]);
		expect(FIGURES_CSV_COLUMNS.slice(-5)).toEqual(['sentence_id', 'sentence', 'start', 'end', 'text_fragment_url']);
	});

	it('parses back to exactly the figures', () => {
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(dataset.figures.length);
		parsed.data.forEach((row, i) => {
			const figure = dataset.figures[i]!;
			expect(row.id).toBe(figure.id);
			expect(row.quote).toBe(figure.quote);
			expect(Number(row.value)).toBe(figure.value);
			expect(row.upper === '' ? null : Number(row.upper)).toBe(figure.upper);
			expect(row.attributed_to === '' ? null : row.attributed_to).toBe(figure.attributed_to);
			expect(row.sentence).toBe(figure.provenance.sentence);
			expect([Number(row.start), Number(row.end)]).toEqual([figure.provenance.start, figure.provenance.end]);
			expect(row.text_fragment_url).toBe(figure.provenance.textFragmentUrl);
		});
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
		const { body, head } = render(Page, { props: { data: pageModel(dataset), params: {} } as never });
		expect(body).not.toContain('<script>alert(1)</script>');
		expect(body).toContain('=HYPERLINK("http://evil.example") &lt;script>alert(1)&lt;/script>');
		expect(head).not.toContain('<script>alert(1)');
	});
});
