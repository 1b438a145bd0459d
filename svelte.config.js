import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR and KIT_OUT_DIR let a test build a broken copy of the data beside the real build.
const buildDir = process.env.BUILD_DIR ?? 'build';

/** SITE_ORIGIN when it is an origin; anything else is left to src/lib/server/site.ts to refuse in its own words. */
function origin(value = process.env.SITE_ORIGIN) {
	if (!value || !URL.canParse(value)) return undefined;
	const url = new URL(value);
	// As src/lib/server/site.ts accepts it; SvelteKit wants the origin itself ("https://example.org", no slash).
	return /^https?:$/u.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash ? url.origin : undefined;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// A component's scoping class is on every element it styles, in every page's HTML:
		// "s" and the hash instead of "svelte-" and the hash saves 6 bytes on each.
		cssHash: ({ hash, css }) => `s${hash(css)}`
	},
	kit: {
		// Every page and endpoint is prerendered: the site is plain files, served by anything.
		// Every file is also written gzipped and brotli-compressed, for servers that send them as
		// they are (scripts/serve.js does, by Accept-Encoding).
		adapter: adapter({ pages: buildDir, assets: buildDir, strict: true, precompress: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The TypeScript command-line scripts (npm run extract, bench:extract) are type-checked too.
		typescript: {
			config(config) {
				config.include.push('../scripts/**/*.ts');
			}
		},
		// Each page's stylesheet is inlined into it: a page shows without waiting a round trip for
		// its CSS. (SvelteKit inlines styles only with the default 'split' bundle strategy.)
		inlineStyleThreshold: Infinity,
		// The crawler follows links, not <meta> tags: the share image is listed by hand.
		prerender: {
			entries: ['*', '/og.png'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// SITE_ORIGIN (see src/lib/server/site.ts) is also the origin pages see while prerendering.
			...(origin() && { origin: origin() })
		},
		// No csp here: hooks.server.ts writes each page's policy, with the hashes of all the inline
		// code the page ends up with (SvelteKit's own covers only its own).
	}
};

export default config;
