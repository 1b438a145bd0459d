/**
 * The dataset of this build, read from data/ (src/lib/server/read-data.ts) once and shared by
 * every page and endpoint. It is read at build time (every route is prerendered), so a data
 * problem fails the build with the file, the line and what is wrong.
 */
import { dev } from '$app/environment';
import { loadDataset, type LoadedDataset } from './read-data';

let cached: LoadedDataset | undefined;

/** Read once per build; in `npm run dev` on every request, so edits to data/ show on reload. */
export function dataset(): LoadedDataset {
	if (dev) return loadDataset();
	cached ??= loadDataset();
	return cached;
}
