// One page per article of sources.csv, at /articles/<id>/ (a folder with an index.html, so any
// static host serves it), with its JSON-LD, CSS and script for hooks.server.ts to write in.
import { articleIds, inlineParts, pageModel } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => articleIds().map((source) => ({ source }));

export const load: PageServerLoad = ({ params, locals }) => {
	const page = pageModel('article', params.source);
	locals.document = inlineParts('article', params.source, page);
	return { page };
};
