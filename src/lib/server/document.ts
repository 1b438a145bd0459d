/**
 * The last touches to a page that is a document (routes/+layout.ts: no framework runs in the
 * browser): the inline parts its load gave (JSON-LD, highlighting CSS, the page script) written
 * in, and what only a framework in the browser would read taken out, so that the HTML a reader
 * downloads is the page and nothing else.
 */
import type { InlineParts } from './pages';

/**
 * Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`, `<!--[!-->`) and the head's
 * marker (`<!--1x2y3z-->`). No other comment reaches a page: Svelte drops the templates' own,
 * and text from data has its `<` escaped.
 */
const HYDRATION_MARKER = /<!--(?:\[!?-?\d*|\]|[a-z0-9]*)-->/gu;

/**
 * The stylesheet links SvelteKit leaves, disabled, beside the styles it inlined: they are only
 * there for Vite to find in development, and a browser never loads them.
 */
const DISABLED_STYLESHEET = /\n?\s*<link href="[^"]*" rel="stylesheet" disabled media="\(max-width: 0\)">/gu;

export function finishDocument(html: string, parts: InlineParts): string {
	return html
		.replace(HYDRATION_MARKER, '')
		.replace(DISABLED_STYLESHEET, '')
		.replace('</head>', () => `${parts.head}\n\t</head>`)
		.replace('</body>', () => `\t${parts.body}\n\t</body>`);
}
