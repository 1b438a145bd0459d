import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR and KIT_OUT_DIR let a test build a broken copy of the data beside the real build.
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page and endpoint is prerendered: the site is plain files, served by anything.
		adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The TypeScript command-line scripts (npm run extract, bench:extract) are type-checked too.
		typescript: {
			config(config) {
				config.include.push('../scripts/**/*.ts');
			}
		},
		// One page component for every page: one script and one stylesheet beat a waterfall of small chunks.
		output: { bundleStrategy: 'single' },
		// The crawler follows links, not <meta> tags: the share image is listed by hand.
		prerender: {
			entries: ['*', '/og.png'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// SITE_ORIGIN (see src/lib/server/site.ts) is also the origin pages see while prerendering.
			...(process.env.SITE_ORIGIN && { origin: process.env.SITE_ORIGIN })
		},
		// A static site can carry its policy in a <meta> tag: SvelteKit hashes its own inline
		// bootstrap script, so no 'unsafe-inline' or 'unsafe-eval' is needed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer carries one inline style attribute
				// (sveltejs/kit#11993); 'unsafe-hashes' with its hash allows exactly that one.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
