// Reading a screenshot's pixels, for tests that check what is drawn rather than what is in the DOM.
import type { Browser, Page } from 'playwright-core';

/** The page's background (app.css sets it on the root) as [red, green, blue]. */
export function pageBackground(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const probe = document.createElement('canvas').getContext('2d')!;
		probe.fillStyle = getComputedStyle(document.documentElement).backgroundColor;
		probe.fillRect(0, 0, 1, 1);
		return [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)];
	});
}

/**
 * How much of each vertical strip of a PNG is exactly the colour `background`, to the hundredth:
 * a strip is [x, width], x from the left edge or, when negative, from the right one; the width is
 * cut at the edge. Read on a blank page of its own.
 */
export async function plainShares(browser: Browser, png: Buffer, background: number[], strips: [number, number][]): Promise<number[]> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(
			async ([base64, background, strips]) => {
				const image = new Image();
				image.src = `data:image/png;base64,${base64}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				return strips.map(([x, width]) => {
					const left = x < 0 ? image.width + x : x;
					const { data } = context.getImageData(left, 0, Math.min(width, image.width - left), image.height);
					let plain = 0;
					for (let i = 0; i < data.length; i += 4) if (data[i] === background[0] && data[i + 1] === background[1] && data[i + 2] === background[2]) plain++;
					return Math.round((plain / (data.length / 4)) * 100) / 100;
				});
			},
			[png.toString('base64'), background, strips] as const
		);
	} finally {
		await page.close();
	}
}
