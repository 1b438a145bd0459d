// The browser modules a page may load on demand (see $lib/server/enhancements.ts), one file each.
import { error } from '@sveltejs/kit';
import { SERVED_SCRIPTS } from '$lib/server/enhancements';
import type { EntryGenerator, RequestHandler } from './$types';

// Endpoints do not inherit the layout's prerender.
export const prerender = true;

export const entries: EntryGenerator = () => SERVED_SCRIPTS.map(({ file }) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const script = SERVED_SCRIPTS.find(({ file }) => file === params.file);
	if (!script) error(404, `there is no script ${params.file}`);
	return new Response(script.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
