/**
 * The build's verdict on a long draft (verdict.ts), in a Web Worker, so that the page keeps
 * answering while thousands of rows are checked. The page sends one draft at a time and waits for
 * its reply before it sends the next.
 */
import type { Draft } from './draft';
import { verdictOn, type Verdict } from './verdict';

export interface CheckRequest {
	draft: Draft;
}

export type CheckReply = { verdict: Verdict } | { problem: string };

self.onmessage = ({ data }: MessageEvent<CheckRequest>) => {
	let reply: CheckReply;
	try {
		reply = { verdict: verdictOn(data.draft) };
	} catch (error) {
		reply = { problem: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
