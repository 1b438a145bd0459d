import type { Handle } from '@sveltejs/kit';
import { withContentSecurityPolicy } from '$lib/server/csp';
import { finishDocument } from '$lib/server/document';

/**
 * Finishes every page: a document (a page whose load set `locals.document`) gets its inline
 * parts and loses the framework's markers ($lib/server/document.ts); then every page gets the
 * Content Security Policy that allows exactly the inline styles and scripts it ends up with.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => {
			// Pages are prerendered whole: a policy needs the whole page to hash what it allows.
			if (!done) throw new Error(`${event.url.pathname} was streamed; its policy needs the whole page`);
			const parts = event.locals.document;
			return withContentSecurityPolicy(parts ? finishDocument(html, parts) : html);
		}
	});
