/**
 * A file the person drops or opens, read as article text, or refused with a message that says
 * what is wrong with it. Nothing else changes when a file is refused.
 */
// From the module itself: the extract index would bring the whole extractor (and its number
// vocabulary) into the workbench's first visit, where only the worker needs it.
import { decodeArticle, InputError } from '../extract/decode';
import { htmlToText, looksLikeHtml, type ParseHtml } from './html-text';

/**
 * The largest file the workbench reads: 5 MB, ten times a long report. The extractor would
 * manage more (about 10 MB a second), but a review list of tens of thousands of rows would not.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export type ReadFile = { text: string } | { problem: string };

/** Why a file of `bytes` is not read, before reading it; null when it is small enough. */
export function tooLarge(name: string, bytes: number): string | null {
	return bytes > MAX_FILE_BYTES
		? `${name} is ${megabytes(bytes)}; the workbench reads files up to ${megabytes(MAX_FILE_BYTES)}. Paste the article's part of it instead.`
		: null;
}

/** The text of the file `name`, HTML made text; or why it cannot be read. */
export function readArticleFile(name: string, bytes: Uint8Array, parse: ParseHtml): ReadFile {
	const large = tooLarge(name, bytes.length);
	if (large) return { problem: large };
	let text: string;
	try {
		text = decodeArticle(bytes, name);
	} catch (error) {
		if (error instanceof InputError) return { problem: error.message };
		throw error;
	}
	if (!looksLikeHtml(name, text)) return { text };
	const paragraphs = htmlToText(text, parse);
	return paragraphs ? { text: paragraphs } : { problem: `${name}: the page holds no text outside its scripts and styles` };
}
