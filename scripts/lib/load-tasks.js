// The two main-thread tasks of a page load that decide whether Lighthouse's simulated phone
// reports blocking time for a page like ours (README, Performance): Chromium's navigation commit,
// which comes before the page and does not depend on it, and the page's first frame, the first task
// that lays the page out. Lantern counts the first 4 times and the second 2 times their measured
// length, and the page blocks only when both pass 50 ms so counted. Read from the trace that
// `lighthouse --save-assets` writes, so that `scripts/lighthouse.js` can say which of the two a
// run's blocking time came from.

/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: any }} TraceEvent
 */

/**
 * @param {{ traceEvents: TraceEvent[] }} trace
 * @param {string} url the page's address, as the trace's ParseHTML event gives it
 * @returns {{ commitMs: number, firstFrameMs: number }}
 */
export function loadTasks({ traceEvents }, url) {
	const parse = traceEvents
		.filter((event) => event.name === 'ParseHTML' && event.ph === 'X' && event.args?.beginData?.url === url)
		.sort((a, b) => a.ts - b.ts)[0];
	if (!parse) throw new Error(`the trace has no ParseHTML of ${url}`);
	const thread = traceEvents.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X');
	const tasks = thread.filter((event) => event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
	/** @param {TraceEvent} task @param {string} name */
	const runs = (task, name) => thread.some((event) => event.name === name && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0));
	const commit = tasks.find((task) => task.ts < parse.ts && runs(task, 'DocumentLoader::CommitNavigation'));
	const firstFrame = tasks.find((task) => task.ts + (task.dur ?? 0) > parse.ts && runs(task, 'Layout'));
	if (!commit) throw new Error(`the trace has no task committing the navigation to ${url}`);
	if (!firstFrame) throw new Error(`the trace has no task laying out ${url}`);
	return { commitMs: (commit.dur ?? 0) / 1000, firstFrameMs: (firstFrame.dur ?? 0) / 1000 };
}
