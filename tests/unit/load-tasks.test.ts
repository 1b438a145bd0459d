import { describe, expect, it } from 'vitest';
import { loadTasks } from '../../scripts/lib/load-tasks.js';

const URL = 'http://127.0.0.1:4173/articles/a/';
const PAGE = { pid: 7, tid: 7 };
const OTHER = { pid: 9, tid: 9 };

/** A complete event; times in microseconds, as traces give them. */
const event = (name: string, ts: number, dur: number, thread = PAGE, args?: object) => ({ name, ph: 'X', ts, dur, ...thread, args });

/** A page load as Chromium traces it: the commit, the parse, the first frame, a later frame; and another renderer's. */
const LOAD = [
	event('RunTask', 1_000, 12_400),
	event('DocumentLoader::CommitNavigation', 1_200, 11_000),
	event('RunTask', 14_000, 8_100),
	event('ParseHTML', 14_100, 7_900, PAGE, { beginData: { url: URL } }),
	event('RunTask', 23_000, 31_250),
	event('UpdateLayoutTree', 23_100, 4_000),
	event('Layout', 27_200, 20_000),
	event('Paint', 47_500, 5_000),
	event('RunTask', 60_000, 6_000),
	event('Layout', 60_100, 700),
	// Another page, in another renderer, earlier and longer: never this page's.
	event('RunTask', 0, 90_000, OTHER),
	event('DocumentLoader::CommitNavigation', 100, 40_000, OTHER),
	event('ParseHTML', 41_000, 1_000, OTHER, { beginData: { url: 'chrome://newtab/' } }),
	event('Layout', 43_000, 40_000, OTHER)
];

describe('loadTasks', () => {
	it("measures the page's navigation commit, its first layout task and its longest, in milliseconds", () => {
		expect(loadTasks({ traceEvents: LOAD }, URL)).toEqual({ commitMs: 12.4, firstFrameMs: 31.25, longestLayoutMs: 31.25 });
	});

	it('finds a longer layout after the first frame: the parser yielded mid-document and its last task laid out the rest', () => {
		const traceEvents = [
			...LOAD,
			event('RunTask', 70_000, 43_200),
			event('ParseHTML', 70_100, 5_000, PAGE, { beginData: { url: URL } }),
			event('UpdateLayoutTree', 76_000, 17_000),
			event('Layout', 93_500, 11_900),
			// A longer task that lays nothing out, and another renderer's longer layout: neither counts.
			event('RunTask', 120_000, 60_000),
			event('RunTask', 200_000, 50_000, OTHER),
			event('Layout', 200_100, 49_000, OTHER)
		];
		expect(loadTasks({ traceEvents }, URL)).toEqual({ commitMs: 12.4, firstFrameMs: 31.25, longestLayoutMs: 43.2 });
	});

	it('counts a first layout that runs in the task that parses', () => {
		const traceEvents = [...LOAD.slice(0, 3), event('Layout', 20_000, 1_500), ...LOAD.slice(3)];
		expect(loadTasks({ traceEvents }, URL).firstFrameMs).toBe(8.1);
	});

	it('names what the trace lacks instead of returning a number', () => {
		expect(() => loadTasks({ traceEvents: LOAD }, 'http://127.0.0.1:4173/')).toThrow('the trace has no ParseHTML of http://127.0.0.1:4173/');
		expect(() => loadTasks({ traceEvents: LOAD.filter((e) => e.name !== 'DocumentLoader::CommitNavigation' || e.pid !== PAGE.pid) }, URL)).toThrow(
			`the trace has no task committing the navigation to ${URL}`
		);
		expect(() => loadTasks({ traceEvents: LOAD.filter((e) => e.name !== 'Layout' || e.pid !== PAGE.pid) }, URL)).toThrow(`the trace has no task laying out ${URL}`);
	});
});
