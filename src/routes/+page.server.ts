// The front page shows the lead article (the first of sources.csv) until the site has a page of
// its own for a collection; its anchors (#s15-1) and share image (/og.png) are those it always had.
import { articlePageAt, jsonLdScript, leadArticleId } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const lead = leadArticleId();
	locals.jsonLd = jsonLdScript('/', lead);
	return { page: articlePageAt('/', lead) };
};
