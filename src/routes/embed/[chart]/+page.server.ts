// One page per embedded chart, at /embed/<chart-id>/ (lib/pages/embed-page.ts): the chart alone,
// for other sites to frame. No JSON-LD, no highlighting style, no script.
import { embedIds, embedModel } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const trailingSlash = 'always';

export const entries: EntryGenerator = () => embedIds().map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params, locals }) => {
	locals.document = { head: '', body: '' };
	return { page: embedModel(params.chart) };
};
