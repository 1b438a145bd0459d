/**
 * npm run imports: the import graph between the folders of src/lib (and `app`, the routes and
 * hooks), then its cycles and the imports against the project's rules (see scripts/lib/import-graph.ts).
 * Exit status: 0 no cycle and no violation; 1 a cycle or a violation; 2 a file could not be parsed.
 */
import { fileURLToPath } from 'node:url';
import { checkImports, readSources } from './lib/import-graph';

const root = fileURLToPath(new URL('..', import.meta.url));

try {
	const report = checkImports(readSources(root));
	console.log(report.text);
	process.exitCode = report.ok ? 0 : 1;
} catch (error) {
	// A component Svelte cannot parse (someone mid-edit): say which, and that nothing was checked.
	console.error(`imports: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
