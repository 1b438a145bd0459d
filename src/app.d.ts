// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/**
			 * Set by the load of a page that is a document (no framework in the browser): what it adds
			 * to its head and body that a component cannot write. See hooks.server.ts.
			 */
			document?: import('$lib/server/pages').InlineParts;
		}
	}
}

export {};
