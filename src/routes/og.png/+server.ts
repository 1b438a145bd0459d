// The share image of the front page: its headline and latest figures.
import { frontShareImage } from '$lib/pages/front-page';
import { frontModel } from '$lib/server/pages';
import { shareImageResponse } from '$lib/server/share-image';

export const prerender = true;

export const GET = () => shareImageResponse(frontShareImage(frontModel()));
