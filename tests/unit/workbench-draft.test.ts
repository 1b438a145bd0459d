// The workbench's model: a draft made from the extractor's figures, edited row by row, checked by
// the build's own validation on every edit with each problem put back on its row, and given away
// as the data folder the build reads.
import { isDeepStrictEqual } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { checkDraft, dataFolder } from '$lib/workbench/data-folder';
import { FIGURE_COLUMNS, SOURCE_COLUMNS } from '$lib/figures/schema';
import { findQuote, splitArticle } from '$lib/provenance';
import {
	emptySource,
	firstParagraph,
	lacksHeadline,
	newDraft,
	pickedRow,
	rowAt,
	textDraft,
	withAddedRow,
	withCell,
	withExtraction,
	withHeadlineFirst,
	withKept,
	withSource,
	type DraftRow
} from '$lib/workbench/draft';
import { dataZip, provenanceCsv } from '$lib/workbench/downloads';
import { verdictOn } from '$lib/workbench/verdict';
import { ARTICLE, ARTICLE_ID } from '../helpers/article';
import { edited, FIGURES, fresh, NOW, rowFor, SHIPPED, SOURCE, words } from '../helpers/workbench';

describe('a new draft', () => {
	it('has a cell for every column of figures.csv but source, and a source field for every column of sources.csv', () => {
		expect(Object.keys(fresh().rows[0]!.cells)).toEqual(FIGURE_COLUMNS.map((c) => c.name).filter((name) => name !== 'source'));
		expect(Object.keys(emptySource())).toEqual(SOURCE_COLUMNS.map((c) => c.name));
	});

	it('has a kept row for every figure the extractor drafted, its reported date assumed from the article', () => {
		const extraction = extractFigures(ARTICLE, { source: ARTICLE_ID });
		const draft = fresh();
		expect(draft.rows.map((r) => r.cells.quote)).toEqual(extraction.figures.map((f) => f.quote));
		expect(draft.rows.every((r) => r.kept)).toBe(true);
		const refugees = rowFor(draft, 'syria-refugees');
		expect(refugees.cells).toMatchObject({ value: '5500000', qualifier: 'at_least', unit: 'people', indicator: 'refugees', measure: 'stock', reported: '2020-02-11', label: '' });
		expect(refugees.guessed).toEqual(['indicator', 'measure', 'reported']);
	});

	it('is refused by the build until its rows have labels, each problem on its own row', () => {
		const draft = fresh();
		const check = checkDraft(draft);
		expect(check.dataset).toBeNull();
		expect([...check.rows.keys()]).toEqual(draft.rows.map((r) => r.key));
		expect(draft.rows.map((r, i) => check.rows.get(r.key))).toEqual(draft.rows.map((_, i) => [`data/figures.csv:${i + 2}: empty required cell "label"`]));
		expect([check.source, check.other]).toEqual([[], []]);
	});
});

describe('editing a draft', () => {
	it('builds, once kept rows are labelled, into the figures data/ has for them', () => {
		const check = checkDraft(edited());
		expect([...check.rows], check.other.join('\n')).toEqual([]);
		const built = check.dataset!.figures.map((f) => [f.id, f.quote, f.value, f.qualifier, f.label, f.provenance.start]);
		// In the order of their words in the text, as the rows are.
		const shipped = ['idlib-offensive-displaced', 'syria-refugees', 'syria-idps'].map((id) => FIGURES.find((f) => f.id === id)!);
		expect(built.map(([id, quote, value, qualifier, label]) => [id, words(String(quote)), value, qualifier, label])).toEqual(
			shipped.map((f) => [f.id, words(f.quote!), Number(f.value), f.qualifier, f.label])
		);
		expect(built.map((f) => f[5])).toEqual(shipped.map((f) => SHIPPED.get(f.id!)!.start));
	});

	it('puts a row’s problem on that row, a later row’s on its own, across a note of several lines', () => {
		let draft = edited();
		const [first, second] = draft.rows.filter((r) => r.kept);
		draft = withCell(draft, first!.key, 'note', 'One line,\nthen another.');
		draft = withCell(draft, second!.key, 'value', '7000000');
		const check = checkDraft(draft);
		expect([...check.rows.keys()]).toEqual([second!.key]);
		expect(check.rows.get(second!.key)![0]).toMatch(/^data\/figures\.csv:4: /u);
		expect(check.rows.get(second!.key)![0]).toContain('7000000');
	});

	it('sends a problem of the source details to the form, and a draft with nothing kept to the rest', () => {
		const untitled = withSource(edited(), 'title', '');
		expect(checkDraft(untitled).source).toEqual(['data/sources.csv:2: empty required cell "title"']);
		let none = edited();
		for (const row of none.rows) none = withKept(none, row.key, false);
		expect(checkDraft(none).other).toEqual(['data/figures.csv:1: holds no figure: add a row for each figure the articles state']);
	});

	it('carries a new publication date to the reported dates it assumed, not to one the person wrote', () => {
		let draft = fresh();
		const [a, b] = draft.rows;
		draft = withCell(draft, b!.key, 'reported', '2020-02-10');
		draft = withSource(draft, 'published', '2020-02-12');
		expect(draft.rows.find((r) => r.key === a!.key)!.cells.reported).toBe('2020-02-12');
		expect(draft.rows.find((r) => r.key === b!.key)!.cells.reported).toBe('2020-02-10');
		expect(draft.rows.find((r) => r.key === b!.key)!.guessed).not.toContain('reported');
	});

	it('assumes the publication date for reported dates left empty because the figures were found before it was given', () => {
		const text = 'Some 3,000 people fled the town.';
		let draft = withExtraction({ ...textDraft('d', NOW, text), source: { ...SOURCE!, published: '' } }, extractFigures(text));
		expect(draft.rows.map((r) => [r.cells.reported, r.guessed.includes('reported')])).toEqual([['', false]]);
		draft = withSource(draft, 'published', '2020-02-11');
		expect(draft.rows.map((r) => [r.cells.reported, r.guessed.includes('reported')])).toEqual([['2020-02-11', true]]);
		// And the next date given replaces it, as an assumed date.
		draft = withSource(draft, 'published', '2020-02-12');
		expect(draft.rows[0]!.cells.reported).toBe('2020-02-12');
	});

	it('comes with the figures the build would refuse for their unit dropped, each saying what it counts', () => {
		const text = 'Three camps were damaged in the strikes. Some 3,000 households left Idlib. About 12% of the refugees are children. Half of them fled. Some 3,000 people fled.';
		const draft = newDraft('d', NOW, text, SOURCE!, extractFigures(text));
		expect(draft.rows.map((r) => [r.cells.quote, r.cells.unit, r.kept, r.cells.note])).toEqual([
			['Three camps were damaged in the strikes', 'count', false, 'Counts “camps”, not people.'],
			['Some 3,000 households left Idlib', 'households', false, 'Counts households, not people.'],
			['About 12% of the refugees are children', 'percent', true, ''],
			['Half of them fled', 'share', true, ''],
			['Some 3,000 people fled', 'people', true, '']
		]);
	});

	it('guesses a percentage to be a share, as the build wants it, and a count a stock or a flow', () => {
		const text = 'About 12% of the refugees are children. Half of the refugees fled. Some 3,000 refugees live in camps.';
		const draft = newDraft('d', NOW, text, SOURCE!, extractFigures(text));
		expect(draft.rows.map((r) => [r.cells.unit, r.cells.measure])).toEqual([
			['percent', 'share'],
			['share', 'share'],
			['people', 'stock']
		]);
		let labelled = draft;
		for (const row of draft.rows) labelled = withCell(withCell(withCell(withCell(labelled, row.key, 'label', 'A label'), row.key, 'country', 'Syria'), row.key, 'country_iso3', 'SYR'), row.key, 'id', `f-${row.key}`);
		const check = checkDraft(labelled);
		expect([...check.rows], [...check.rows.values()].flat().join('\n')).toEqual([]);
	});

	it('finds words typed to add as the build finds a quote (findQuote): any white space for any, every place', () => {
		const text = 'Some 3,000\u00a0people fled.\nSome 3,000 people\nstayed.';
		expect(findQuote(text, '  3,000 people ')).toEqual([
			{ start: 5, end: 17 },
			{ start: 29, end: 41 }
		]);
		expect(findQuote(text, '3,000 (people')).toEqual([]);
		expect(findQuote(text, 'fled.')).toEqual([{ start: 18, end: 23 }]);
		expect(findQuote(text, ' ')).toEqual([]);
	});

	it('says which row already holds words that overlap new ones', () => {
		const draft = fresh();
		const refugees = rowFor(draft, 'syria-refugees');
		const at = ARTICLE.indexOf(refugees.cells.quote);
		expect(rowAt(draft, at + 3, at + 8)?.key).toBe(refugees.key);
		expect(rowAt(draft, at - 5, at)).toBeUndefined();
		expect(rowAt(draft, at + refugees.cells.quote.length, at + refugees.cells.quote.length + 3)).toBeUndefined();
	});

	it('makes a row of words the person picked, which the build then asks to complete', () => {
		const draft = fresh();
		const quote = 'a loose network of Iran-backed paramilitary groups';
		const added = withAddedRow(draft, pickedRow('added-1', quote, SOURCE!.published), ARTICLE.indexOf(quote));
		const row = added.rows.find((r) => r.key === 'added-1')!;
		expect(row.cells).toMatchObject({ id: 'added-1', quote, value: '', label: '', reported: SOURCE!.published });
		expect(row.kept).toBe(true);
		// Its words come before every drafted figure's: line 2 of figures.csv.
		expect(checkDraft(added).rows.get('added-1')).toEqual(
			expect.arrayContaining(['label', 'indicator', 'measure', 'value'].map((column) => `data/figures.csv:2: empty required cell "${column}"`))
		);
	});

	it('adds a row for words the extractor missed in text order', () => {
		const draft = fresh();
		const quote = 'Iran-backed paramilitary fighter';
		const start = ARTICLE.indexOf(quote);
		const row: DraftRow = { ...draft.rows[0]!, key: 'added-1', cells: { ...draft.rows[0]!.cells, id: 'added-1', quote } };
		const added = withAddedRow(draft, row, start);
		const before = draft.rows.filter((r) => ARTICLE.indexOf(r.cells.quote) < start).length;
		expect(added.rows.findIndex((r) => r.key === 'added-1')).toBe(before);
		expect(added.rows).toHaveLength(draft.rows.length + 1);
	});
});

describe('the verdict on a draft', () => {
	// A long draft's verdict is made in a worker (check.worker.ts) and posted to the page, which
	// copies it by the structured clone algorithm: a function, a class or a symbol in it would
	// throw there, or arrive changed.
	it.each([
		['refused', fresh],
		['accepted, with its preview', edited]
	])('crosses from a worker to the page unchanged: %s', (_, make) => {
		const verdict = verdictOn(make());
		expect(verdict.preview === null).toBe(make === fresh);
		const copy = structuredClone(verdict);
		expect(copy).toStrictEqual(verdict);
		expect(isDeepStrictEqual(copy, verdict)).toBe(true);
	});

	it('previews the page the build would publish from the checked data', () => {
		const verdict = verdictOn(edited());
		expect(verdict.preview!.keyFigures.map((f) => f.id).sort()).toEqual(['idlib-offensive-displaced', 'syria-idps', 'syria-refugees']);
		expect(verdict.preview!.downloads).toEqual([]);
	});
});

describe('taking it away', () => {
	it('writes figures.csv, sources.csv and the article text as the build reads them', () => {
		const draft = edited();
		const folder = dataFolder(draft);
		expect(Object.keys(folder)).toEqual(['figures.csv', 'sources.csv', `articles/${ARTICLE_ID}.txt`]);
		expect(folder[`articles/${ARTICLE_ID}.txt`]).toBe(ARTICLE);
		expect(Papa.parse(folder['sources.csv'], { header: true, skipEmptyLines: true }).data).toEqual([SOURCE]);
		const rows = Papa.parse<Record<string, string>>(folder['figures.csv'], { header: true, skipEmptyLines: true }).data;
		expect(rows.map((r) => [r.id, r.source, r.label])).toEqual(
			['idlib-offensive-displaced', 'syria-refugees', 'syria-idps'].map((id) => [id, ARTICLE_ID, FIGURES.find((f) => f.id === id)!.label])
		);
	});

	it('zips that folder, the same bytes for the same draft', () => {
		const draft = edited();
		const zip = dataZip(draft);
		expect(Buffer.from(zip).equals(Buffer.from(dataZip(draft)))).toBe(true);
		const unzipped = Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));
		expect(unzipped).toEqual(dataFolder(draft));
	});

	it('gives the figures with their provenance columns, as /data/figures.csv has them', () => {
		const csv = provenanceCsv(checkDraft(edited()).dataset!);
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		expect(rows.map((r) => [r.id, r.sentence_id, Number(r.start), Number(r.end)])).toEqual(
			['idlib-offensive-displaced', 'syria-refugees', 'syria-idps'].map((id) => {
				const { start, end, sentenceId } = SHIPPED.get(id)!;
				return [id, sentenceId, start, end];
			})
		);
	});
});

// The site draws an article's first paragraph as its headline (provenance/paragraphs.ts): a text
// pasted without it showed its first sentence in headline type in the preview.
describe('the text’s headline', () => {
	it.each([
		['Title\nBody.'],
		['\n\n   Title  \r\nBody.'],
		['\r\rTitle\rBody.'],
		['\u00a0\t\nTitle, with\u00a0words\n\nBody.']
	])('is the first paragraph as the site splits the text: %j', (text) => {
		const [first] = splitArticle(text);
		expect(firstParagraph(text)).toBe(text.slice(first!.start, first!.end));
		expect(first!.role).toBe('headline');
	});

	it('is said to be missing only when the form has a headline, the text has words, and its first line is not the headline', () => {
		const draft = (title: string, text: string) => withSource(textDraft('d', NOW, text), 'title', title);
		expect(lacksHeadline(draft('', 'Body.'))).toBe(false);
		expect(lacksHeadline(draft('Syria: 700,000 flee', ' \n '))).toBe(false);
		expect(lacksHeadline(draft('Syria:  700,000\u00a0flee', '\nSyria: 700,000 flee\nBody.'))).toBe(false);
		expect(lacksHeadline(draft('Syria: 700,000 flee', 'Around 700,000 Syrians fled.\nMore words.'))).toBe(true);
	});

	it('is put first, keeping the text after it as it was', () => {
		const lacking = withSource(textDraft('d', NOW, 'Around 700,000 Syrians fled.\nMore words.'), 'title', ' Syria: 700,000  flee ');
		const mended = withHeadlineFirst(lacking);
		expect(mended.text).toBe('Syria: 700,000 flee\n\nAround 700,000 Syrians fled.\nMore words.');
		expect(lacksHeadline(mended)).toBe(false);
		expect(splitArticle(mended.text).map((p) => p.role)).toEqual(['headline', 'standfirst', 'body']);
	});
});
