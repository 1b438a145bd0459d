/**
 * A Vite plugin that stops a release build (`npm run build`, Vite mode "release") that does not
 * know where the site will be served: without SITE_ORIGIN its canonical links, og:url, share
 * images and Dataset metadata could not be absolute. It stops before anything is written, with a
 * message that says how to set it. Local builds (`npm start`, the tests) need no origin.
 */
import type { Plugin } from 'vite';
import { RELEASE_MODE, releaseProblem } from '../../src/lib/server/site';

export function releaseCheck(): Plugin {
	return {
		name: 'release-check',
		apply: 'build',
		config(_, { mode }) {
			if (mode !== RELEASE_MODE) return;
			const problem = releaseProblem();
			if (problem === null) return;
			process.stderr.write(`${problem}\n\nNothing was built.\n`);
			process.exit(1);
		}
	};
}
