import { pageModel } from '$lib/page-model';
import { dataset } from '$lib/server/dataset';
import { downloadList } from '$lib/server/downloads';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...pageModel(dataset()), downloads: downloadList() });
