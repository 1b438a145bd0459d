/**
 * /data/figures.json: the sources and every figure, typed (numbers as numbers, empty cells as
 * null), each with its provenance and the W3C Web Annotation selectors that locate its quote in
 * the verbatim article, so an annotation tool can anchor it without re-reading our CSV.
 * Not neutralised against spreadsheet formulas: that is a CSV concern, and JSON keeps the data as is.
 */
import type { Dataset, SourcedFigure } from '../figures/dataset';
import { SOURCE_COLUMNS, type FigureRow, type Source } from '../figures/schema';
import type { TextPositionSelector, TextQuoteSelector } from '../provenance';
import { DOWNLOAD_FIGURE_COLUMNS, downloadFigure } from './figures-csv';

export interface ProvenanceJson {
	sentence_id: string;
	sentence: string;
	start: number;
	end: number;
	selectors: [TextQuoteSelector, TextPositionSelector];
	text_fragment_url: string;
}

/** A figure as the CSV downloads have it: its number in the column of its unit (see figures-csv.ts). */
export type FigureJson = Omit<FigureRow, 'value' | 'upper'> & {
	people: number | null;
	people_upper: number | null;
	share: number | null;
	share_upper: number | null;
	percent: number | null;
	percent_upper: number | null;
	provenance: ProvenanceJson;
};

export interface FiguresJson {
	sources: Source[];
	figures: FigureJson[];
}

/** Picks `keys` in their order, so the JSON lists columns as the CSV does. */
function inOrder<T extends object>(value: T, keys: readonly string[]): T {
	return Object.fromEntries(keys.map((k) => [k, value[k as keyof T]])) as T;
}

function figureJson(figure: SourcedFigure): FigureJson {
	const { provenance: p } = figure;
	return {
		...(inOrder(downloadFigure(figure), DOWNLOAD_FIGURE_COLUMNS.map((c) => c.name)) as Omit<FigureJson, 'provenance'>),
		provenance: {
			sentence_id: p.sentenceId,
			sentence: p.sentence,
			start: p.start,
			end: p.end,
			selectors: [{ ...p.selectors[0] }, { ...p.selectors[1] }],
			text_fragment_url: p.textFragmentUrl
		}
	};
}

export function figuresJson(dataset: Dataset): FiguresJson {
	return {
		sources: dataset.sources.map((s) => inOrder<Source>(s, SOURCE_COLUMNS.map((c) => c.name))),
		figures: dataset.figures.map(figureJson)
	};
}

/** Two-space indentation and a final newline, so the file reads well and diffs cleanly. */
export function figuresJsonText(dataset: Dataset): string {
	return `${JSON.stringify(figuresJson(dataset), null, 2)}\n`;
}
