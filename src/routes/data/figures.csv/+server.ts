import { figuresCsv } from '$lib/export/figures-csv';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

export function GET(): Response {
	return new Response(figuresCsv(dataset()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' }
	});
}
