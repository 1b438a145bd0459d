import type { Handle } from '@sveltejs/kit';

/**
 * Writes the JSON-LD a page's load put in `locals` into its head (see $lib/server/pages.ts):
 * a component could only write it as raw HTML.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const jsonLd = event.locals.jsonLd;
			return jsonLd ? html.replace('</head>', () => `${jsonLd}\n\t</head>`) : html;
		}
	});
