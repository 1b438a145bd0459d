// The words of `/`, recorded before issue 9 moved every word of the page into its model: the
// page must read exactly as it did (head, JSON-LD and body text), so the refactor changed code,
// not content. tests/fixtures/pages/home.txt was written from the build before that change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { renderedText } from './page-text';

const browser = useBrowser();

describe('the rendered text of /', () => {
	it('is word for word what it was before the page spoke through its model', async () => {
		const { page, problems, close } = await openPage(browser());
		expect(await renderedText(page)).toBe(readFileSync('tests/fixtures/pages/home.txt', 'utf8'));
		expect(problems).toEqual([]);
		await close();
	});
});
