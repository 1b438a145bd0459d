// Serves build/ on 127.0.0.1 for the browser tests, and checks up front that Chromium exists,
// so a missing browser fails the suite with instructions instead of skipping it.
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/chromium.js';
import { serve } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	chromiumPath();
	const server = await serve(0);
	project.provide('baseUrl', server.url);
	return () => server.close();
}
