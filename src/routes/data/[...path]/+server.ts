// Every file under /data/, from the one catalogue in $lib/export/catalogue.ts: each is
// prerendered at its path with the Content-Type the catalogue gives it.
import { downloadPaths, downloadResponse } from '$lib/server/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => downloadPaths().map((path) => ({ path }));

export const GET: RequestHandler = ({ params }) => downloadResponse(`/data/${params.path}`);
