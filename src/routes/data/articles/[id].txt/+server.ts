// The verbatim text of each article, at /data/articles/<source id>.txt (`id` excludes ".txt").
import { dataset } from '$lib/server/dataset';
import { downloadResponse } from '$lib/server/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Lists every article, so each is prerendered whether or not a page links to it.
export const entries: EntryGenerator = () => dataset().sources.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => downloadResponse(`/data/articles/${params.id}.txt`);
