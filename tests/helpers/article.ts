import { readFileSync } from 'node:fs';

export const ARTICLE_ID = 'newarab-2020-02-11';
export const ARTICLE_PATH = `data/articles/${ARTICLE_ID}.txt`;
/** The article's own page, where its sentences and every view of its figures are. */
export const ARTICLE_PAGE = `/articles/${ARTICLE_ID}/`;
export const ARTICLE = readFileSync(ARTICLE_PATH, 'utf8');
