// The share image of the front page, which shows the lead article.
import { leadArticle } from '$lib/server/pages';
import { shareImageResponse } from '$lib/server/share-image';

export const prerender = true;

export const GET = () => shareImageResponse('front', leadArticle());
