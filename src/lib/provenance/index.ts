export { cutsWord, findQuote, normalizeSpace, type Span } from './anchor';
export { splitArticle, type Paragraph, type ParagraphRole, type Sentence } from './paragraphs';
export {
	encodeFragmentTerm,
	textFragmentUrl,
	textPositionSelector,
	textQuoteSelector,
	type TextPositionSelector,
	type TextQuoteSelector
} from './selectors';
