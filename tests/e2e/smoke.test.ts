import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('the dashboard in Chromium', () => {
	it('loads with no console error, failed request or CSP violation', async () => {
		const { page, problems, close } = await openPage(browser());
		await expect(page.title()).resolves.toBe('Syria displacement figures, each linked to its sentence');
		expect(problems).toEqual([]);
		await close();
	});
});
