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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
