// The front page shows the lead article (the first of sources.csv) until the site has a page of
// its own for a collection; its anchors (#s15-1) and share image (/og.png) are those it always had.
import { inlineParts, leadArticle, pageModel } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const lead = leadArticle();
	const page = pageModel('front', lead);
	locals.document = inlineParts('front', lead, page);
	return { page };
};
