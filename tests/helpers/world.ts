/**
 * A test-only copy of the project's data with a figure about no single country: the article
 * gains a sentence on refugees worldwide, and figures.csv the area_m49 column and a row for it,
 * about the UN M49 area 001, World. data/ itself never changes.
 */
import type { DataFiles } from '$lib/figures/dataset';
import { ARTICLE } from './article';
import { dataFiles, FIGURES_CSV } from './data';

/** The sentence added to the article, in a paragraph of its own after the UN figures. */
export const WORLD_SENTENCE = 'Worldwide, 26 million people were refugees at the end of 2019, UNHCR says.';

const LAST_PARAGRAPH = 'more than 6 million more displaced inside Syria.\n';
if (!ARTICLE.includes(LAST_PARAGRAPH)) throw new Error('test setup: the article no longer ends its figures as expected');
export const WORLD_ARTICLE = ARTICLE.replace(LAST_PARAGRAPH, `${LAST_PARAGRAPH}\n${WORLD_SENTENCE}\n`);

/** The world figure's row: no country, no code, area 001. */
export const WORLD_ROW =
	'world-refugees,newarab-2020-02-11,26 million people were refugees,Refugees worldwide,refugees,stock,26000000,exact,,people,,,,2020-02-11,,,UNHCR,"Refugees in every country, at the end of 2019.",,001';

/** figures.csv with the area_m49 column last, every shipped row's cell empty, and the world row on line 8. */
export function figuresWithArea(world: string | null = WORLD_ROW): string {
	const [header, ...rows] = FIGURES_CSV.trimEnd().split('\n');
	return [`${header},area_m49`, ...rows.map((row) => `${row},`), ...(world === null ? [] : [world])].join('\n') + '\n';
}

/** The line of figures.csv the world row is on. */
export const WORLD_LINE = 8;

/** The project's data with the world figure, or with `world` in its place. */
export function worldFiles(world: string = WORLD_ROW): DataFiles {
	return dataFiles({ figures: figuresWithArea(world), article: WORLD_ARTICLE });
}
