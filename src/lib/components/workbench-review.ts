/**
 * What the workbench needs once figures are drafted, and not before: the build's verdict on a
 * short draft (a long one's is made in check.worker.ts), the preview's components, and the
 * downloads. Loaded on demand, so a first visit to the workbench carries only what bringing a
 * text in needs.
 */
export { dataFolder } from '../workbench/data-folder';
export { dataZip, provenanceCsv } from '../workbench/downloads';
export { verdictOn } from '../workbench/verdict';
export { default as ArticleBody } from './ArticleBody.svelte';
