import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { browserScripts } from './scripts/lib/browser-scripts';
import { dataCheck } from './scripts/lib/data-check';
import { releaseCheck } from './scripts/lib/release-check';

export default defineConfig({
	// A release build without SITE_ORIGIN stops first; then the data is checked, so bad data ends
	// the build with its problems, not a crash. browserScripts bundles the little the pages run
	// in the browser (see the plugin).
	plugins: [releaseCheck(), dataCheck(), browserScripts(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				// Reads the site in build/; `npm test` builds it first.
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' }
			},
			{
				// Drives Debian's Chromium against build/ served on 127.0.0.1.
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 30_000
				}
			}
		]
	}
});
