// The share image of an article's page. Listed for prerendering here: the crawler follows
// links, not <meta> tags.
import { shareImageOf } from '$lib/pages/article-page';
import { articleIds, articleModel } from '$lib/server/pages';
import { shareImageResponse } from '$lib/server/share-image';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => articleIds().map((source) => ({ source }));

export const GET: RequestHandler = ({ params }) => shareImageResponse(shareImageOf(articleModel(params.source)));
