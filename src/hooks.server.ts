import type { Handle } from '@sveltejs/kit';
import { jsonLdScript } from '$lib/server/json-ld';

/** Adds the dataset's JSON-LD to the head of the dashboard page (see lib/server/json-ld.ts). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.route.id === '/' ? html.replace('</head>', () => `${jsonLdScript()}\n\t</head>`) : html
	});
