// The share image of an article's page. Listed for prerendering here: the crawler follows
// links, not <meta> tags.
import { articleIds } from '$lib/server/pages';
import { shareImageResponse } from '$lib/server/share-image';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => articleIds().map((source) => ({ source }));

export const GET: RequestHandler = ({ params }) => shareImageResponse('article', params.source);
