// The share image, rasterised at build time from shareImageSvg with a font shipped in
// node_modules, so the result does not depend on the fonts of the machine that builds it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { shareImageSvg } from '$lib/charts/share-image';
import { pageModel } from '$lib/page-model';
import { dataset } from '$lib/server/dataset';

export const prerender = true;

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export function GET(): Response {
	const model = pageModel(dataset());
	const svg = shareImageSvg(
		'Syria’s displacement, in the article’s own words',
		model.displacement,
		`Source: ${model.source.publisher}, ${model.source.publishedLong}, quoting ${model.displacementSources} figures`
	);
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
