/**
 * The build's verdict on a long draft (verdict.ts), in a Web Worker, so that the page keeps
 * answering while thousands of rows are checked. Each request carries a number, and its reply the
 * same: the page keeps only the reply to its latest request.
 */
import type { Draft } from './draft';
import { verdictOn, type Verdict } from './verdict';

export interface CheckRequest {
	id: number;
	draft: Draft;
}

export type CheckReply = { id: number; verdict: Verdict } | { id: number; problem: string };

self.onmessage = ({ data }: MessageEvent<CheckRequest>) => {
	let reply: CheckReply;
	try {
		reply = { id: data.id, verdict: verdictOn(data.draft) };
	} catch (error) {
		reply = { id: data.id, problem: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
