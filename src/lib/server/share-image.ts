/**
 * A page's share image as PNG, rasterised at build time from shareImageSvg with a font shipped
 * in node_modules, so the result does not depend on the fonts of the machine that builds it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { shareImageSvg, type ShareImage } from '../pages/share-image';

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** og.png of a page, drawn from what its model says (shareImageOf, frontShareImage). */
export function shareImageResponse(image: ShareImage): Response {
	const svg = shareImageSvg(image);
	const png = new Resvg(svg, {
		font: {
			loadSystemFonts: false,
			fontFiles: [join(fonts, 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans-Bold.ttf')],
			defaultFontFamily: 'DejaVu Sans'
		}
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
