/**
 * The workbench's draft of one article: its text, its source details and one review row per
 * number the extractor found, each kept or dropped. Every cell is the text that will be written
 * into data/figures.csv, so what the person sees is what the build reads. Plain data, so a draft
 * can be stored (IndexedDB) and sent to a worker as it is.
 */
import type { DraftFigure, Extraction } from '../extract';
import { UNITS, type Source } from '../figures/schema';

/** The article's row of sources.csv (SOURCE_COLUMNS): every cell is text already. */
export type DraftSource = Source;

/** A figure's row of figures.csv (FIGURE_COLUMNS) but `source`, which is the draft's source id when written. */
export interface FigureCells {
	id: string;
	quote: string;
	label: string;
	indicator: string;
	measure: string;
	value: string;
	qualifier: string;
	upper: string;
	unit: string;
	country: string;
	country_iso3: string;
	area_m49: string;
	admin1: string;
	reported: string;
	period_start: string;
	period_end: string;
	attributed_to: string;
	note: string;
	official_series: string;
}

export interface DraftRow {
	/** Stable for the life of the draft (the extractor's first id), whatever the id cell becomes. */
	key: string;
	kept: boolean;
	/** Cells the extractor guessed rather than read (indicator, measure) and the reported date it assumed. */
	guessed: string[];
	/** Set on a row the person added for words the extractor missed. */
	added?: true;
	cells: FigureCells;
}

export interface Draft {
	/** Where the draft is stored; not written into the data. */
	id: string;
	created: string;
	updated: string;
	text: string;
	source: DraftSource;
	/** False while the person is still bringing the text in: no figure is drafted yet. */
	extracted: boolean;
	rows: DraftRow[];
}

/** What a new article's row says of rights until the person says otherwise. */
export const DEFAULT_RIGHTS = 'Quoted for reference; the text belongs to its publisher.';

export function emptySource(): DraftSource {
	return { id: '', title: '', publisher: '', published: '', url: '', rights: DEFAULT_RIGHTS };
}

const cellOf = (value: number | null) => (value === null ? '' : String(value));

/** A row's cells before anything is read or filled in: the quote alone, reported when the article was. */
function blankCells(id: string, quote: string, published: string): FigureCells {
	return {
		id,
		quote,
		label: '',
		indicator: '',
		measure: '',
		value: '',
		qualifier: 'exact',
		upper: '',
		unit: 'people',
		country: '',
		country_iso3: '',
		area_m49: '',
		admin1: '',
		reported: published,
		period_start: '',
		period_end: '',
		attributed_to: '',
		note: '',
		official_series: ''
	};
}

/**
 * A review row for a figure the extractor drafted, with the reported date the article's own. Kept
 * when it counts what the site's figures count (people, or a share of them); one that counts camps,
 * households or money comes dropped, its note saying why, since the build would refuse its unit.
 */
export function reviewRow(figure: DraftFigure, published: string): DraftRow {
	return {
		key: figure.id,
		kept: Object.hasOwn(UNITS, figure.unit),
		guessed: [...(figure.guessed ? figure.guessed.split(' ') : []), ...(published ? ['reported'] : [])],
		cells: {
			...blankCells(figure.id, figure.quote, published),
			label: figure.label,
			indicator: figure.indicator,
			measure: figure.measure,
			value: cellOf(figure.value),
			qualifier: figure.qualifier,
			upper: cellOf(figure.upper),
			unit: figure.unit,
			note: figure.note
		}
	};
}

/** A draft whose text is still being brought in. */
export function textDraft(id: string, now: string, text = ''): Draft {
	return { id, created: now, updated: now, text, source: emptySource(), extracted: false, rows: [] };
}

/** The draft with its rows the extractor's figures, the text now fixed (the offsets refer to it). */
export function withExtraction(draft: Draft, extraction: Extraction): Draft {
	return { ...draft, extracted: true, rows: extraction.figures.map((f) => reviewRow(f, draft.source.published)) };
}

/**
 * A row for words the person picked in the text, which the extractor did not draft: kept, its
 * quote those words, everything else for the person to fill in (the build says what is missing).
 */
export function pickedRow(key: string, quote: string, published: string): DraftRow {
	return {
		key,
		kept: true,
		added: true,
		guessed: published ? ['reported'] : [],
		cells: blankCells(key, quote, published)
	};
}

/** A new draft of `text`, its rows the extractor's figures. */
export function newDraft(id: string, now: string, text: string, source: DraftSource, extraction: Extraction): Draft {
	return withExtraction({ ...textDraft(id, now, text), source }, extraction);
}

/**
 * The draft with its source's `column` set to `value`. A new publication date carries over to the
 * rows whose reported date was only assumed from the old one, or is still empty (the figures were
 * found before the date was given), and is marked as assumed there.
 */
export function withSource(draft: Draft, column: keyof DraftSource, value: string): Draft {
	const source = { ...draft.source, [column]: value };
	if (column !== 'published') return { ...draft, source };
	const rows = draft.rows.map((row) => {
		const assumed = row.guessed.includes('reported');
		if (!assumed && row.cells.reported !== '') return row;
		return { ...row, cells: { ...row.cells, reported: value }, guessed: assumed ? row.guessed : [...row.guessed, 'reported'] };
	});
	return { ...draft, source, rows };
}

/** The draft with one cell of the row `key` set: the person has now said it, so it is no longer a guess. */
export function withCell(draft: Draft, key: string, column: keyof FigureCells, value: string): Draft {
	return {
		...draft,
		rows: draft.rows.map((row) =>
			row.key === key ? { ...row, cells: { ...row.cells, [column]: value }, guessed: row.guessed.filter((c) => c !== column) } : row
		)
	};
}

export function withKept(draft: Draft, key: string, kept: boolean): Draft {
	return { ...draft, rows: draft.rows.map((row) => (row.key === key ? { ...row, kept } : row)) };
}

/** The draft with a row the person added for words the extractor missed, after the rows before it in the text. */
export function withAddedRow(draft: Draft, row: DraftRow, start: number): Draft {
	const rows = [...draft.rows];
	const at = rows.findIndex((r) => quoteStart(draft.text, r) > start);
	rows.splice(at === -1 ? rows.length : at, 0, row);
	return { ...draft, rows };
}

/** The row whose words in the text overlap `start`–`end`, if any: the build refuses quotes that overlap. */
export function rowAt(draft: Draft, start: number, end: number): DraftRow | undefined {
	return draft.rows.find((row) => {
		const at = quoteStart(draft.text, row);
		return at < end && start < at + row.cells.quote.length;
	});
}

/** Where a row's quote is in the text: its first occurrence, or the end when it is not there. */
export function quoteStart(text: string, row: DraftRow): number {
	const at = row.cells.quote ? text.indexOf(row.cells.quote) : -1;
	return at === -1 ? text.length : at;
}

/** A line break as the site's paragraphs count them (provenance/paragraphs.ts): LF, CRLF or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/u;

/** The text's first paragraph, its first line with anything but white space, trimmed: the site reads it as the headline. */
export function firstParagraph(text: string): string {
	return text.split(LINE_BREAK).find((line) => line.trim() !== '')?.trim() ?? '';
}

/**
 * Whether the text lacks the headline the source form gives, as its first paragraph: the site's
 * article files begin with it, and the page draws the first paragraph as one, so a text pasted
 * without it would show its first sentence in headline type and the second paragraph in bold.
 * Said only once both are there; white space runs compare as one space.
 */
export function lacksHeadline(draft: Draft): boolean {
	const title = oneSpaced(draft.source.title);
	return title !== '' && draft.text.trim() !== '' && oneSpaced(firstParagraph(draft.text)) !== title;
}

/** The draft with the source form's headline put before its text, as the first paragraph. */
export function withHeadlineFirst(draft: Draft): Draft {
	return { ...draft, text: `${oneSpaced(draft.source.title)}\n\n${draft.text}` };
}

const oneSpaced = (text: string) => text.replace(/\s+/gu, ' ').trim();
