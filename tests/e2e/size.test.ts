// The size budget is part of the test suite, measured the same way `npm run size` reports it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('first-visit size', () => {
	it('stays within 60 KB gzip for the front page and an article page, as scripts/size.js measures it', async () => {
		const { stdout } = await promisify(execFile)('node', ['scripts/size.js']);
		expect(stdout.match(/^\/\S*: \d+ files$/gm)).toEqual(['/: 4 files', '/articles/newarab-2020-02-11/: 4 files']);
		expect(stdout.match(/^\s+\d+\.\d KB {2}total \(gzip\), within the budget of 60 KB$/gm)).toHaveLength(2);
	});
});
