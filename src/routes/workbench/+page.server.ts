// The example the workbench offers: this site's first article, its text served under /data/.
import { exampleArticle } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ example: exampleArticle() });
