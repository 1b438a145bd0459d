/**
 * Drafting the figures of any article (`npm run extract`). Pure TypeScript, no Node APIs: the
 * command line wrapper is scripts/extract.ts.
 */
export { extractFigures, type DraftFigure, type Extraction, type ExtractOptions, type SkippedNumber } from './extract';
export { draftCsv, DRAFT_COLUMNS } from './draft-csv';
export { checkCoverage, readFigureQuotes, type Coverage, type FigureQuoteRow } from './coverage';
export { decodeArticle, InputError } from './decode';
export type { DraftUnit } from './counted';
