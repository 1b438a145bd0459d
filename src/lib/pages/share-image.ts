/**
 * The share image (Open Graph) as SVG text: a page's key figures with their qualifiers, stocks
 * and flows told apart, under the page's headline and over its source line. Pure and given plain
 * words, so it can be tested as text; the og.png endpoints rasterise it at build time.
 */
import type { Measure } from '../figures/schema';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImage {
	title: string;
	figures: readonly { short: string; label: string; measure: Measure }[];
	source: string;
}

/** Text for XML: data never reaches the markup unescaped. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const COLOURS = { stock: '#0072b2', flow: '#b34700', share: '#5b4a8b' } as const;

export function shareImageSvg({ title, figures, source }: ShareImage): string {
	const { width, height } = SHARE_IMAGE;
	const column = (width - 120) / Math.max(1, figures.length);
	const blocks = figures
		.map((f, i) => {
			const x = 60 + i * column;
			return `<g>
	<rect x="${x}" y="250" width="${column - 30}" height="12" fill="${COLOURS[f.measure]}"${f.measure === 'flow' ? ' fill-opacity="0.55"' : ''}/>
	<text x="${x}" y="350" font-size="68" font-weight="700" fill="#1b1d21">${escapeXml(f.short)}</text>
	<text x="${x}" y="395" font-size="21" fill="#1b1d21">${escapeXml(f.label)}</text>
	<text x="${x}" y="430" font-size="20" fill="#4f5561">${escapeXml(f.measure)}</text>
</g>`;
		})
		.join('\n');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text x="60" y="130" font-size="36" font-weight="700" fill="#1b1d21">${escapeXml(title)}</text>
<text x="60" y="185" font-size="28" fill="#4f5561">Every number linked to the sentence it comes from</text>
${blocks}
<text x="60" y="570" font-size="24" fill="#4f5561">${escapeXml(source)}</text>
</svg>`;
}
