// What a reader of a page gets as text: the head's title, description, share tags and JSON-LD,
// then the body as Chromium renders it (innerText, scripts run). Comparing it with a recorded
// copy proves that a change to the code left the page's words alone.
import type { Page } from 'playwright-core';
import { waitUntilDrawn } from '../../scripts/lib/drawn.js';

export async function renderedText(page: Page): Promise<string> {
	// innerText leaves out a section that is not drawn yet (PageSection.svelte draws the later ones late).
	await waitUntilDrawn(page);
	return page.evaluate(() => {
		const head = [...document.head.querySelectorAll('title, meta[name], meta[property], link[rel="canonical"]')].map(
			(node) =>
				node.tagName === 'TITLE'
					? `title: ${node.textContent}`
					: `${node.getAttribute('name') ?? node.getAttribute('property')}: ${node.getAttribute('content')}`
		);
		// The dates are those of data/'s commits (tests/build/release.test.ts checks them): recorded as
		// such, or committing a change to data/ would change the words it was recorded with. (No
		// named function in here: a bundler's helper for its name would not exist in the page.)
		const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((node) => {
			const ld = JSON.parse(node.textContent ?? '');
			if ('datePublished' in ld) Object.assign(ld, { datePublished: '(first commit of data/)', dateModified: '(latest commit of data/)', version: '(latest commit of data/)' });
			return `json-ld: ${JSON.stringify(ld, null, 1)}`;
		});
		return `${[...head, ...jsonLd].join('\n')}\n\n${document.body.innerText}\n`;
	});
}
