import { readFileSync } from 'node:fs';

export const ARTICLE_ID = 'newarab-2020-02-11';
export const ARTICLE_PATH = `data/articles/${ARTICLE_ID}.txt`;
export const ARTICLE = readFileSync(ARTICLE_PATH, 'utf8');
