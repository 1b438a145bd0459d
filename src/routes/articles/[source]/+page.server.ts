// One page per article of sources.csv, at /articles/<id>/ (a folder with an index.html, so any
// static host serves it), with its JSON-LD, CSS and script for hooks.server.ts to write in.
import { articleIds, articleModel, inlineParts } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => articleIds().map((source) => ({ source }));

export const load: PageServerLoad = ({ params, locals }) => {
	const page = articleModel(params.source);
	locals.document = inlineParts(page, params.source);
	return { page };
};
