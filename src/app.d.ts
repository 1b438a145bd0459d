// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** The page's schema.org JSON-LD `<script>` element, set by its load, written by hooks.server.ts. */
			jsonLd?: string;
		}
	}
}

export {};
