import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.js';

describe('chromiumPath', () => {
	const saved = process.env.CHROME_PATH;
	afterEach(() => {
		if (saved === undefined) delete process.env.CHROME_PATH;
		else process.env.CHROME_PATH = saved;
	});

	it('uses CHROME_PATH when it is set', () => {
		process.env.CHROME_PATH = process.execPath; // any file that exists
		expect(chromiumPath()).toBe(process.execPath);
	});

	it('fails with install instructions when there is no browser, instead of skipping the browser tests', () => {
		process.env.CHROME_PATH = '/nonexistent/chromium';
		expect(() => chromiumPath()).toThrow(
			"No Chromium at /nonexistent/chromium. Install Debian's: `apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary."
		);
	});
});
