import { pageModel } from '$lib/page-model';
import { dataset } from '$lib/server/dataset';
import { downloadList } from '$lib/server/downloads';
import { siteOrigin } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	...pageModel(dataset()),
	downloads: downloadList(),
	/** Empty unless SITE_ORIGIN is set at build time; see lib/server/site.ts. */
	origin: siteOrigin()
});
