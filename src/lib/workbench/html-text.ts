/**
 * A web page's HTML as article text: one line per paragraph, heading, list item or caption, in
 * the page's order. Parsed by the browser's own HTML parser (the caller passes it in: the
 * workbench parses into an inert <template>, which loads nothing, runs no script and applies no
 * style, so the page's security policy has nothing to refuse), never by regular expressions.
 * Scripts and styles are dropped before the text is read.
 */

/** Elements whose text is a paragraph of its own. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, dt, dd, caption, th, td';
/** Elements whose text is never article text. */
const IGNORED = 'script, style, noscript, template, iframe, object, svg';

/** HTML's white space (not the non-breaking space, which articles keep): runs of it read as one space. */
const HTML_SPACE = /[ \t\n\f\r]+/gu;

/** Parses HTML into nodes that do nothing: a template's content, or a document made by DOMParser. */
export type ParseHtml = (html: string) => DocumentFragment | Document;

/** The paragraphs of `html`, one per line. */
export function htmlToText(html: string, parse: ParseHtml): string {
	const doc = parse(html);
	for (const node of doc.querySelectorAll(IGNORED)) node.remove();
	const paragraphs: string[] = [];
	// The innermost blocks only: a list item holding a paragraph gives its text once.
	for (const block of doc.querySelectorAll(BLOCKS)) {
		if (block.querySelector(BLOCKS)) continue;
		const text = (block.textContent ?? '').replace(HTML_SPACE, ' ').trim();
		if (text) paragraphs.push(text);
	}
	if (paragraphs.length > 0) return paragraphs.join('\n');
	// A page of bare text (no paragraph elements): its lines as they are.
	const all = 'body' in doc ? doc.body?.textContent : doc.textContent;
	return (all ?? '')
		.split(/\r\n?|\n/u)
		.map((line) => line.replace(HTML_SPACE, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/** Whether a file's text is HTML rather than plain text: by its name, or by how it starts. */
export function looksLikeHtml(name: string, text: string): boolean {
	return /\.x?html?$/iu.test(name) || /^\s*<(?:!doctype\s+html|html|head|body|p|div|article)\b/iu.test(text);
}
