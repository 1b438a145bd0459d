/**
 * The extractor in a Web Worker, so the page answers while it reads a long article; the page
 * cancels it by terminating the worker. It runs src/lib/extract unchanged.
 */
import { extractFigures, type Extraction } from '../extract';

export interface ExtractRequest {
	text: string;
	source: string;
}

export type ExtractReply = { extraction: Extraction } | { problem: string };

self.onmessage = ({ data }: MessageEvent<ExtractRequest>) => {
	let reply: ExtractReply;
	try {
		reply = { extraction: extractFigures(data.text, { source: data.source }) };
	} catch (error) {
		reply = { problem: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
