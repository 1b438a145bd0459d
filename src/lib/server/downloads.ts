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
let list: Download[] | undefined;

function served(): ServedFile[] {
	files ??= servedFiles(dataset(), sha256);
	return files;
}

/**
 * Made once, like the files: every page asks for it, and each time it measured the UTF-8 length
 * of every file, the whole collection's text, so a build took pages × collection to list them.
 */
export function downloadList(): Download[] {
	list ??= catalogue(served());
	return list;
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
