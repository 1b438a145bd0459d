/**
 * Builds the dataset from the text of the data files: parses them, checks every row, finds each
 * figure's quote in its article and checks that the words state the row's number. Pure: the
 * caller reads the files (src/lib/server/) and passes their text, so a browser can reuse this.
 * Throws a DataError listing every problem; there is no partial dataset.
 */
import { readQuantities, type Quantity } from '../quantities';
import {
	findQuote,
	normalizeSpace,
	splitArticle,
	textFragmentUrl,
	textPositionSelector,
	textQuoteSelector,
	type Paragraph,
	type Sentence,
	type TextPositionSelector,
	type TextQuoteSelector
} from '../provenance';
import { codePoint, forbiddenInText } from './characters';
import { DataError, lineAndColumn, type DataProblem } from './problems';
import { QuoteSpans } from './quote-spans';
import { readFigureRows, readPageRows, readSourceRows, type Located } from './rows';
import { INDICATORS, OFFICIAL_SERIES, UNITS, type FigureRow, type PageWords, type Source } from './schema';

export interface DataFile {
	/** Path shown in messages, e.g. data/figures.csv. */
	file: string;
	text: string;
}

export interface DataFiles {
	figures: DataFile;
	sources: DataFile;
	/**
	 * The article of a source id: where it is, and its text, or null when the file is missing or
	 * cannot be read (`problem` then says why, in the file's own terms). Asked only for
	 * well-formed source rows, so the caller reads no file twice.
	 */
	article: (sourceId: string) => { file: string; text: string | null; problem?: DataProblem };
	/** pages.csv, optional: words for the articles' pages (see schema.ts). */
	pages?: DataFile;
	/**
	 * The official series that cannot be compared with in this data folder, each with why (its
	 * dataset is not there): a figure naming one is refused. Left out, no series is checked for
	 * its data (src/lib/server/read-data.ts always passes it).
	 */
	unavailableSeries?: ReadonlyMap<string, string>;
}

export interface Article {
	source: Source;
	file: string;
	text: string;
	paragraphs: Paragraph[];
	/** The article's row of pages.csv, or null when it has none. */
	pageWords: PageWords | null;
}

export interface Provenance {
	sentenceId: string;
	/** The sentence as it stands in the verbatim article. */
	sentence: string;
	/** Character offsets of the quote in the verbatim article, end exclusive. */
	start: number;
	end: number;
	selectors: [TextQuoteSelector, TextPositionSelector];
	textFragmentUrl: string;
}

export interface SourcedFigure extends FigureRow {
	provenance: Provenance;
}

export interface Dataset {
	sources: Source[];
	articles: Article[];
	figures: SourcedFigure[];
}

/** Shares are fractions such as 1/3: a row may round them to three decimals. */
const SHARE_TOLERANCE = 0.0005;

export function buildDataset(files: DataFiles): Dataset {
	const problems: DataProblem[] = [];
	const sourceRows = readSourceRows(files.sources.text, files.sources.file);
	const figureRows = readFigureRows(files.figures.text, files.figures.file);
	// Appended one by one: spread into push, a file of a hundred thousand problems overflows the stack.
	for (const problem of [...sourceRows.problems, ...figureRows.problems]) problems.push(problem);
	// A site needs an article to show: / is the first one's page.
	if (sourceRows.problems.length === 0 && sourceRows.rows.length === 0) {
		problems.push({ file: files.sources.file, line: 1, message: 'lists no article: add a row for each article' });
	}

	const articles = new Map<string, Article>();
	const sourceIds = new Set(sourceRows.rows.map((s) => s.row.id));
	for (const { line, row } of uniqueBy('id', sourceRows.rows, files.sources.file, problems)) {
		const article = files.article(row.id);
		if (article.problem) {
			problems.push(article.problem);
			continue;
		}
		if (article.text === null) {
			problems.push({ file: files.sources.file, line, message: `article text ${article.file} is missing` });
			continue;
		}
		if (article.text.trim() === '') {
			problems.push({ file: article.file, line: 1, message: 'holds no text: it must be the article as published' });
			continue;
		}
		const forbidden = forbiddenInText(article.text);
		if (forbidden) {
			const { line: at, column } = lineAndColumn(article.text, forbidden.index);
			problems.push({ file: article.file, line: at, column, message: `holds ${forbidden.kind} (${codePoint(forbidden.character)}); remove it` });
			continue;
		}
		articles.set(row.id, {
			source: row,
			file: article.file,
			text: article.text,
			paragraphs: splitArticle(article.text),
			pageWords: null
		});
	}

	const figures: SourcedFigure[] = [];
	const quoteLines = new Map<SourcedFigure, number>();
	// The quotes taken so far, by article: a quote is checked against its own article's alone.
	const quotesOf = new Map<string, QuoteSpans<SourcedFigure>>();
	for (const { line, row } of uniqueBy('id', figureRows.rows, files.figures.file, problems)) {
		const problem = (message: string) => problems.push({ file: files.figures.file, line, message });
		const article = articles.get(row.source);
		if (!article) {
			// A source row with problems, or without its article, is reported already.
			const known = sourceRows.rejectedIds.has(row.source) || sourceIds.has(row.source);
			if (!known) problem(`unknown source "${row.source}" (not an id in ${files.sources.file})`);
			continue;
		}
		const rowProblems = checkRowConsistency(row);
		const unavailable = row.official_series === null ? undefined : files.unavailableSeries?.get(row.official_series);
		if (unavailable !== undefined) rowProblems.push(`official_series "${row.official_series}" cannot be compared with: ${unavailable}`);
		// The article reported the figure: a later date is a typo, unless a note says why.
		if (row.reported > article.source.published && row.note === null) {
			rowProblems.push(
				`"reported" ${row.reported} is after the article was published, ${article.source.published}; correct it, or say why in "note"`
			);
		}
		rowProblems.forEach(problem);
		const located = locateQuote(row, article);
		if (typeof located === 'string') {
			problem(located);
			continue;
		}
		// A row that contradicts itself is reported alone; its words are checked once it is mended.
		const disagreement = rowProblems.length === 0 ? checkQuoteStatesRow(row, article, located) : null;
		if (disagreement) problem(disagreement);
		// The article view marks each quote once; overlapping marks could not both be links.
		let quotes = quotesOf.get(row.source);
		if (!quotes) quotesOf.set(row.source, (quotes = new QuoteSpans()));
		const overlapping = quotes.firstOverlapping(located.start, located.end);
		if (overlapping) {
			problem(`quote overlaps the quote of "${overlapping.id}" (line ${quoteLines.get(overlapping)}); quotes may not share words`);
		}
		if (rowProblems.length === 0 && !disagreement && !overlapping) {
			const figure = { ...row, provenance: located };
			figures.push(figure);
			quoteLines.set(figure, line);
			quotes.add(located.start, located.end, figure);
		}
	}

	// An article without figures yet is published with its text and flagged on the pages; a
	// collection without any figure would have nothing to show. Checked once every figure is read,
	// so a broken figures.csv is reported for itself.
	if (problems.length === 0 && figures.length === 0 && sourceRows.rows.length > 0) {
		problems.push({ file: files.figures.file, line: 1, message: 'holds no figure: add a row for each figure the articles state' });
	}

	if (files.pages) {
		// Its words are checked against the figures only when every figure was read: a broken
		// figures.csv is reported for itself, not again through pages.csv.
		const listed = new Set([...sourceRows.rows.map((s) => s.row.id), ...sourceRows.rejectedIds]);
		readPageWords(files.pages, articles, problems.length === 0 ? figures : null, { file: files.sources.file, ids: listed }, problems);
	}

	if (problems.length > 0) throw new DataError(problems);
	return { sources: sourceRows.rows.map((s) => s.row), articles: [...articles.values()], figures };
}

/** The page puts “one” or “the” before fled_during: written with its own, it would read “during one the flood”. */
const LEADING_ARTICLE = /^(?:a|an|the|one)\s/iu;

/** Gives each article its row of pages.csv, checking that the row names a real article and fits its figures. */
function readPageWords(
	file: DataFile,
	articles: Map<string, Article>,
	figures: readonly SourcedFigure[] | null,
	sources: { file: string; ids: ReadonlySet<string> },
	problems: DataProblem[]
): void {
	const rows = readPageRows(file.text, file.file);
	for (const problem of rows.problems) problems.push(problem);
	// The articles with a charted flow: people displaced over a period, which fled_during describes.
	const charted = new Set(
		(figures ?? [])
			.filter((f) => f.measure === 'flow' && f.unit === 'people' && INDICATORS[f.indicator].group === 'displacement')
			.map((f) => f.source)
	);
	for (const { line, row } of uniqueBy('source', rows.rows, file.file, problems)) {
		const problem = (message: string) => problems.push({ file: file.file, line, message });
		const article = articles.get(row.source);
		if (!article) {
			// A listed source without its article, or with a bad row, is reported already.
			if (!sources.ids.has(row.source)) problem(`unknown source "${row.source}" (not an id in ${sources.file})`);
			continue;
		}
		const leading = row.fled_during === null ? null : LEADING_ARTICLE.exec(row.fled_during);
		if (leading) {
			problem(`fled_during ${JSON.stringify(row.fled_during)} starts with "${leading[0].trim()}": write the noun alone, as the page says “fled during one …”`);
		}
		// The words describe the charted flow: people displaced over a period.
		if (row.fled_during !== null && figures && !charted.has(row.source)) {
			problem(`fled_during is set but "${row.source}" has no flow of displaced people for it to describe`);
		}
		article.pageWords = row;
	}
}

/** The part of the dataset that one article holds: its source, its text and its figures. */
export function articleDataset(dataset: Dataset, sourceId: string): Dataset {
	return {
		sources: dataset.sources.filter((s) => s.id === sourceId),
		articles: dataset.articles.filter((a) => a.source.id === sourceId),
		figures: dataset.figures.filter((f) => f.source === sourceId)
	};
}

/** The rows whose `key` column is new; each repeat is a problem naming the line of the first. */
function uniqueBy<T, K extends keyof T & string>(key: K, rows: Located<T>[], file: string, problems: DataProblem[]): Located<T>[] {
	const firstLine = new Map<T[K], number>();
	return rows.filter(({ line, row }) => {
		const first = firstLine.get(row[key]);
		if (first !== undefined) {
			problems.push({ file, line, message: `duplicate ${key} "${row[key]}" (first on line ${first})` });
			return false;
		}
		firstLine.set(row[key], line);
		return true;
	});
}

/** Rules between cells of one row. */
function checkRowConsistency(row: FigureRow): string[] {
	const problems: string[] = [];
	if (row.qualifier === 'range' && row.upper === null) problems.push('qualifier is range but "upper" is empty');
	if (row.qualifier !== 'range' && row.upper !== null) problems.push(`"upper" is set but the qualifier is ${row.qualifier}, not range`);
	if (row.upper !== null && row.upper <= row.value) problems.push(`"upper" ${row.upper} is not above "value" ${row.value}`);
	// A share is a part of another figure, stated as a fraction (half) or per hundred (12%); a
	// fraction or a percentage of nothing in particular is not a stock or a flow of people.
	if ((row.unit !== 'people') !== (row.measure === 'share')) {
		const fits = row.measure === 'share' ? 'unit share (half = 0.5) or percent (12% = 12)' : 'unit people';
		problems.push(`unit "${row.unit}" does not fit measure "${row.measure}": a ${row.measure} is stated in ${fits}`);
	}
	if (row.unit === 'share' && (row.value <= 0 || row.value > 1)) problems.push(`"value" ${row.value} is not a share: a share is above 0 and at most 1 (half = 0.5)`);
	// Counts of people are whole: the downloads type them as integers, which a sum can trust.
	for (const column of ['value', 'upper'] as const) {
		const n = row[column];
		if (row.unit === 'people' && n !== null && !Number.isInteger(n)) problems.push(`"${column}" ${n} is not a whole number of people`);
	}
	problems.push(...periodProblems(row));
	if (row.official_series !== null) {
		const series = OFFICIAL_SERIES[row.official_series];
		if (row.indicator !== series.indicator || row.measure !== series.measure || row.country_iso3 !== series.country_iso3 || row.unit !== 'people') {
			problems.push(
				`official_series "${row.official_series}" counts ${series.indicator} (${series.measure}) in ${series.country_iso3}, in people, but this figure counts ${row.indicator} (${row.measure}) in ${row.country_iso3}, in ${row.unit}: name a series that counts what the figure counts, or leave it empty`
			);
		}
	}
	return problems;
}

/**
 * A flow counts people over a period: its start and end, when the article states them, are days
 * in order and not after the figure was reported. A stock counts at a date and a share is a part
 * of another figure: neither has a period.
 */
function periodProblems(row: FigureRow): string[] {
	const { period_start: start, period_end: end } = row;
	if (start === null && end === null) return [];
	if (row.measure !== 'flow') {
		return [`"${start !== null ? 'period_start' : 'period_end'}" is set but the measure is ${row.measure}: only a flow counts over a period`];
	}
	const problems: string[] = [];
	if (start !== null && end !== null && start > end) problems.push(`"period_start" ${start} is after "period_end" ${end}`);
	const last = end ?? start!;
	if (last > row.reported) problems.push(`"${end !== null ? 'period_end' : 'period_start'}" ${last} is after "reported" ${row.reported}`);
	return problems;
}

const sentencesOf = new WeakMap<Article, Sentence[]>();

/**
 * The sentence of `article` that holds `offset`, found by halving: looked up for every figure,
 * a walk through a long article's sentences would make the build figures × article long.
 */
function sentenceAt(article: Article, offset: number): Sentence {
	let sentences = sentencesOf.get(article);
	if (!sentences) {
		sentences = article.paragraphs.flatMap((p) => p.sentences);
		sentencesOf.set(article, sentences);
	}
	let low = 0;
	let high = sentences.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (sentences[middle]!.start <= offset) low = middle;
		else high = middle - 1;
	}
	return sentences[low]!;
}

function locateQuote(row: FigureRow, article: Article): Provenance | string {
	const matches = findQuote(article.text, row.quote);
	if (matches.length === 0) return `quote ${JSON.stringify(row.quote)} is not in ${article.file}`;
	if (matches.length > 1) {
		return `quote ${JSON.stringify(row.quote)} occurs ${matches.length} times in ${article.file}; quote more words so it is found once`;
	}
	const span = matches[0]!;
	const sentence = sentenceAt(article, span.start);
	if (span.end > sentence.end) {
		return `quote ${JSON.stringify(row.quote)} runs past the end of its sentence in ${article.file}; quote words from one sentence`;
	}
	return {
		sentenceId: sentence.id,
		sentence: sentence.text,
		start: span.start,
		end: span.end,
		selectors: [textQuoteSelector(article.text, span), textPositionSelector(span)],
		textFragmentUrl: textFragmentUrl(article.source.url, article.text, span, sentence)
	};
}

function describe(q: Pick<Quantity, 'value' | 'upper' | 'qualifier'>): string {
	if (q.value === null) return `${q.qualifier} an unstated number`;
	return `${q.qualifier} ${q.value}${q.upper === null ? '' : `-${q.upper}`}`;
}

/**
 * The words must state the row's number: exactly one quantity, of the unit's kind, with the same
 * qualifier, value and range. The quantities are read in the whole sentence, not in the quote
 * alone, so a quote that cuts its number phrase ("700,000 Syrians" out of "around 700,000
 * Syrians", "10,000 fighters" out of "between 8,000-10,000 fighters") cannot hide a qualifier.
 */
function checkQuoteStatesRow(row: FigureRow, article: Article, quote: Provenance): string | null {
	const sentence = sentenceAt(article, quote.start);
	const stated = readQuantities(sentence.text)
		.map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }))
		.filter((q) => q.start < quote.end && quote.start < q.end);
	if (stated.length !== 1) {
		const found = stated.length === 0 ? 'no number' : `${stated.length} numbers (${stated.map((q) => JSON.stringify(q.text)).join(', ')})`;
		return `quote ${JSON.stringify(row.quote)} states ${found}; it must state exactly this figure's number`;
	}
	const q = stated[0]!;
	if (q.start < quote.start || q.end > quote.end) {
		return `quote ${JSON.stringify(row.quote)} cuts the number phrase ${JSON.stringify(normalizeSpace(q.text))}; quote it whole`;
	}
	const same = (a: number | null, b: number | null) =>
		a === null || b === null ? a === b : q.kind === 'share' ? Math.abs(a - b) <= SHARE_TOLERANCE : a === b;
	const kind = UNITS[row.unit];
	// Named first, so that an editor (and the workbench, which marks those fields) knows which cells to mend.
	const differing = [
		!same(q.value, row.value) && 'value',
		q.qualifier !== row.qualifier && 'qualifier',
		!same(q.upper, row.upper) && 'upper',
		q.kind !== kind && 'unit'
	].filter((column) => column !== false);
	if (differing.length > 0) {
		const named = differing.map((column) => `"${column}"`);
		const cells = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
		return `${cells} ${named.length === 1 ? 'does' : 'do'} not match the quote: the row says ${describe(row)} (${kind}) but ${JSON.stringify(row.quote)} says ${describe(q)} (${q.kind})`;
	}
	return null;
}
