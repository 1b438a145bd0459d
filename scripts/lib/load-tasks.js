// The main-thread tasks of a page load that decide whether Lighthouse's simulated phone reports
// blocking time for a page like ours (README, Performance). Lantern counts a task 4 times its
// measured length, or 2 times when it lays the page out, and blocks above 50 ms so counted.
// Chromium's navigation commit comes before the page and does not depend on it; when it is long,
// it moves the page's first frame (the first task that lays the page out) past the simulated first
// paint, where it counts. Any later task that lays the page out counts as well: when the parser
// yields mid-document, the first frame lays out only what was parsed, and the rest is laid out by
// a later task (the next frame, or the parse's last task, where the load event forces a layout).
// So a run blocks when the first frame, or any later task that lays the page out, passes about
// 25 ms. Read from the trace that `lighthouse --save-assets` writes, so that `scripts/lighthouse.js`
// can say which task a run's blocking time came from.

/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, args?: any }} TraceEvent
 */

/**
 * @param {{ traceEvents: TraceEvent[] }} trace
 * @param {string} url the page's address, as the trace's ParseHTML event gives it
 * @returns {{ commitMs: number, firstFrameMs: number, longestLayoutMs: number }} the navigation commit, the
 *   first frame and the longest task that lays the page out (the first frame or a later one)
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
	const longestLayout = Math.max(...tasks.filter((task) => task.ts >= firstFrame.ts && runs(task, 'Layout')).map((task) => task.dur ?? 0));
	return { commitMs: (commit.dur ?? 0) / 1000, firstFrameMs: (firstFrame.dur ?? 0) / 1000, longestLayoutMs: longestLayout / 1000 };
}
