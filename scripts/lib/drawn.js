// The pages draw their sections after the first late (src/lib/components/PageSection.svelte): when
// a reader scrolls near one, and all of them within about two seconds. A full-page screenshot
// taken before then shows those sections blank, so whatever takes one waits for this first.

/**
 * Waits until every section of the page is drawn: none still waiting (content-visibility: auto).
 * @param {import('playwright-core').Page} page
 */
export async function waitUntilDrawn(page) {
	await page.waitForFunction(
		() => [...document.querySelectorAll('main > section')].every((section) => getComputedStyle(section).contentVisibility === 'visible'),
		undefined,
		{ timeout: 10_000 }
	);
}
