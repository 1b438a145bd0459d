// The workbench draft an editor makes of the shipped article, for the tests of the workbench's
// model and of the data folder it gives away.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { extractFigures } from '$lib/extract';
import { loadDataset } from '$lib/server/read-data';
import { newDraft, withCell, withKept, type Draft, type DraftRow, type DraftSource } from '$lib/workbench/draft';
import { ARTICLE, ARTICLE_ID } from './article';

export const records = <T>(file: string) => Papa.parse<T>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
export const [SOURCE] = records<DraftSource>('data/sources.csv');
export const FIGURES = records<Record<string, string>>('data/figures.csv');
export const NOW = '2026-12-02T10:00:00.000Z';
/** Where the build finds each shipped figure's words in the text. */
export const SHIPPED = new Map(loadDataset('data').figures.map((f) => [f.id, f.provenance]));

export const fresh = () => newDraft('draft-1', NOW, ARTICLE, SOURCE!, extractFigures(ARTICLE, { source: ARTICLE_ID }));
/** White space as figures.csv matches it: any run of it, non-breaking spaces included, is one. */
export const words = (text: string) => text.replace(/\s+/gu, ' ');
/** The row whose quote is the quote of `figureId` in data/figures.csv. */
export const rowFor = (draft: Draft, figureId: string): DraftRow => {
	const quote = words(FIGURES.find((f) => f.id === figureId)!.quote!);
	return draft.rows.find((r) => words(r.cells.quote) === quote)!;
};

/** The draft an editor makes of the shipped article: the three displacement figures kept, labelled as data/ labels them. */
export function edited(): Draft {
	let draft = fresh();
	const keep = ['syria-refugees', 'syria-idps', 'idlib-offensive-displaced'];
	const kept = new Set(keep.map((id) => rowFor(draft, id).key));
	for (const row of draft.rows) if (!kept.has(row.key)) draft = withKept(draft, row.key, false);
	for (const id of keep) {
		const figure = FIGURES.find((f) => f.id === id)!;
		const { key } = rowFor(draft, id);
		for (const column of ['id', 'label', 'country', 'country_iso3', 'admin1', 'attributed_to'] as const) {
			draft = withCell(draft, key, column, figure[column]!);
		}
	}
	return draft;
}
