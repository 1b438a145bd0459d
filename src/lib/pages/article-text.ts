/**
 * The article as the page shows it: paragraph by paragraph, sentence by sentence (each with its
 * anchor id), every figure's words cut out as a part of their own so that they can be a link.
 * The publisher's page furniture is left out and listed apart, so nothing is hidden.
 */
import type { Article, SourcedFigure } from '../figures/dataset';
import type { ParagraphRole } from '../provenance';

export interface SentencePart {
	text: string;
	/** The figure whose quote these words are, or null for plain text. */
	figure: { id: string; label: string } | null;
}

export interface SentenceView {
	id: string;
	parts: SentencePart[];
	figureIds: string[];
}

export interface ParagraphView {
	role: Exclude<ParagraphRole, 'chrome'>;
	sentences: SentenceView[];
}

function sentenceParts(text: string, start: number, end: number, marks: readonly SourcedFigure[]): SentencePart[] {
	const parts: SentencePart[] = [];
	let at = start;
	for (const f of marks) {
		if (f.provenance.start > at) parts.push({ text: text.slice(at, f.provenance.start), figure: null });
		parts.push({ text: text.slice(f.provenance.start, f.provenance.end), figure: { id: f.id, label: f.label } });
		at = f.provenance.end;
	}
	if (at < end) parts.push({ text: text.slice(at, end), figure: null });
	return parts;
}

/** The article's paragraphs without its page furniture, each figure's words marked. */
export function articleParagraphs(article: Article, figures: readonly SourcedFigure[]): ParagraphView[] {
	const views: ParagraphView[] = [];
	for (const paragraph of article.paragraphs) {
		if (paragraph.role === 'chrome') continue;
		const sentences = paragraph.sentences.map((sentence): SentenceView => {
			const marks = figures
				.filter((f) => f.provenance.sentenceId === sentence.id)
				.sort((a, b) => a.provenance.start - b.provenance.start);
			return {
				id: sentence.id,
				parts: sentenceParts(article.text, sentence.start, sentence.end, marks),
				figureIds: marks.map((f) => f.id)
			};
		});
		views.push({ role: paragraph.role, sentences });
	}
	return views;
}

/** The page furniture left out of the article view, as written. */
export function omittedFurniture(article: Article): string[] {
	return article.paragraphs.filter((p) => p.role === 'chrome').map((p) => article.text.slice(p.start, p.end));
}
