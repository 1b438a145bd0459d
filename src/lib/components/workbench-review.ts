/**
 * What the workbench needs once figures are drafted, and not before: the build's validation,
 * the page model and its components for the preview, and the downloads. Loaded on demand, so a
 * first visit to the workbench carries only what bringing a text in needs.
 */
export { articlePage } from '../pages/article-page';
export { checkDraft, dataFolder } from '../workbench/data-folder';
export { dataZip, provenanceCsv } from '../workbench/downloads';
export { default as ArticleBody } from './ArticleBody.svelte';
