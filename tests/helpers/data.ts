import { readFileSync } from 'node:fs';
import type { DataFiles } from '$lib/figures/dataset';
import { ARTICLE, ARTICLE_ID } from './article';

export const FIGURES_CSV = readFileSync('data/figures.csv', 'utf8');
export const SOURCES_CSV = readFileSync('data/sources.csv', 'utf8');
export const PAGES_CSV = readFileSync('data/pages.csv', 'utf8');

/** The project's data files, with figures.csv (or others) replaced where a test says so. */
export function dataFiles(overrides: { figures?: string; sources?: string; article?: string; pages?: string } = {}): DataFiles {
	return {
		figures: { file: 'data/figures.csv', text: overrides.figures ?? FIGURES_CSV },
		sources: { file: 'data/sources.csv', text: overrides.sources ?? SOURCES_CSV },
		pages: { file: 'data/pages.csv', text: overrides.pages ?? PAGES_CSV },
		article: (id) => ({
			file: `data/articles/${id}.txt`,
			text: id === ARTICLE_ID ? (overrides.article ?? ARTICLE) : null
		})
	};
}

/** figures.csv with the first occurrence of `from` replaced by `to`; fails loudly if absent. */
export function figuresWith(from: string, to: string): string {
	if (!FIGURES_CSV.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} is not in figures.csv`);
	return FIGURES_CSV.replace(from, to);
}
