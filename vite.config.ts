import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
			}
		]
	}
});
