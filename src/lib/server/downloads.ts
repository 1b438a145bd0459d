/**
 * The files under /data/ for this build, made once: the endpoint serves their text and the page
 * lists their sizes, so what is listed is byte for byte what is served. Hashes for the data
 * package come from node:crypto here, keeping src/lib/export free of Node APIs.
 */
import { createHash } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { catalogue, servedFiles, type Download, type ServedFile } from '../export/catalogue';
import { dataset } from './dataset';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let files: ServedFile[] | undefined;

function served(): ServedFile[] {
	files ??= servedFiles(dataset(), sha256);
	return files;
}

export function downloadList(): Download[] {
	return catalogue(served());
}

/** The path of every file under /data/, without the /data/ prefix, for the endpoint's entries. */
export function downloadPaths(): string[] {
	return served().map((f) => f.href.slice('/data/'.length));
}

export function downloadResponse(href: string): Response {
	const file = served().find((f) => f.href === href);
	if (!file) error(404, `${href} is not one of the data files`);
	return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
}
