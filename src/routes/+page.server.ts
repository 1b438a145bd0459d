// The front page: the collection's latest figures, charts and timeline, linking into each
// article's page (lib/pages/front-page.ts).
import { frontModel, inlineParts } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const page = frontModel();
	locals.document = inlineParts(page);
	return { page };
};
