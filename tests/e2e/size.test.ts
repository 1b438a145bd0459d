// The size budget is part of the test suite, measured the same way `npm run size` reports it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('first-visit size', () => {
	it('stays within 15 KB gzip for the front page, an article page and a chart’s embed page, the page and its icon only, and 80 KB for the workbench', async () => {
		const { stdout } = await promisify(execFile)('node', ['scripts/size.js']);
		const [documents, workbench] = stdout.split(/^(?=\/workbench\/: )/mu);
		expect(documents!.match(/^\/\S*: \d+ files$/gm)).toEqual([
			'/: 2 files',
			'/articles/newarab-2020-02-11/: 2 files',
			'/embed/newarab-2020-02-11-bars/: 2 files'
		]);
		expect(documents!.match(/^ +\d+\.\d KB {2}(\S+) +(\S+)$/gm)?.map((line) => line.trim().split(/\s+/u).slice(2))).toEqual([
			['HTML', '/'],
			['other', '/favicon.svg'],
			['HTML', '/articles/newarab-2020-02-11/'],
			['other', '/favicon.svg'],
			['HTML', '/embed/newarab-2020-02-11-bars/'],
			['other', '/favicon.svg']
		]);
		expect(documents!.match(/^\s+\d+\.\d KB {2}total \(gzip\), within the budget of 15 KB, (within|above) the target of 12 KB$/gm)).toHaveLength(3);
		// The workbench, the one page that runs the application, within a budget of its own.
		expect(workbench).toMatch(/^\s+\d+\.\d KB {2}total \(gzip\), within the budget of 80 KB$/mu);
	});
});
