// What a reader of a page gets as text: the head's title, description, share tags and JSON-LD,
// then the body as Chromium renders it (innerText, scripts run). Comparing it with a recorded
// copy proves that a change to the code left the page's words alone.
import type { Page } from 'playwright-core';

export async function renderedText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const head = [...document.head.querySelectorAll('title, meta[name], meta[property], link[rel="canonical"]')].map(
			(node) =>
				node.tagName === 'TITLE'
					? `title: ${node.textContent}`
					: `${node.getAttribute('name') ?? node.getAttribute('property')}: ${node.getAttribute('content')}`
		);
		const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
			(node) => `json-ld: ${JSON.stringify(JSON.parse(node.textContent ?? ''), null, 1)}`
		);
		return `${[...head, ...jsonLd].join('\n')}\n\n${document.body.innerText}\n`;
	});
}
