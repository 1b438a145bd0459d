/**
 * The share image (Open Graph) as SVG text: a page's key figures with their qualifiers, stocks
 * and flows told apart, under the page's headline and over its source line. Pure and given plain
 * words, so it can be tested as text; the og.png endpoints rasterise it at build time.
 *
 * SVG text does not wrap, so every line is laid out here: each text wraps within its box (the
 * width of the image, or its figure's column) by charts/text.ts's estimate of its width in
 * DejaVu Sans, the font it is drawn in, which errs wide; so no line reaches a neighbour's box.
 */
import { textWidth, wrapText } from '../charts/text';
import type { Measure } from '../figures/schema';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImage {
	title: string;
	figures: readonly { short: string; label: string; measure: Measure }[];
	source: string;
}

/** One line of text of the share image, and the width of the box it must stay in. */
export interface ShareImageLine {
	text: string;
	x: number;
	y: number;
	size: number;
	bold: boolean;
	fill: string;
	/** The width from `x` that the line may take. */
	box: number;
}

/** Text for XML: data never reaches the markup unescaped. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const COLOURS = { stock: '#0072b2', flow: '#b34700', share: '#5b4a8b' } as const;
const TEXT = '#1b1d21';
const MUTED = '#4f5561';
const MARGIN = 60;
const INNER = SHARE_IMAGE.width - 2 * MARGIN;
/** Room between two figures' columns. */
const GUTTER = 30;

/**
 * How each text is set. `maxLines`: how many lines it may take before it ends in "…". A share
 * image is a preview and the page it links to has the full text, so a text that would crowd
 * the image is cut short here rather than run into its neighbours.
 */
const STYLES = {
	title: { size: 36, bold: true, fill: TEXT, lineHeight: 44, maxLines: 2 },
	subtitle: { size: 28, bold: false, fill: MUTED, lineHeight: 0, maxLines: 1 },
	number: { size: 68, bold: true, fill: TEXT, lineHeight: 0, maxLines: 1 },
	label: { size: 21, bold: false, fill: TEXT, lineHeight: 26, maxLines: 4 },
	measure: { size: 20, bold: false, fill: MUTED, lineHeight: 0, maxLines: 1 },
	source: { size: 24, bold: false, fill: MUTED, lineHeight: 30, maxLines: 2 }
};
type Style = (typeof STYLES)[keyof typeof STYLES];

/** `text` wrapped into `box`, on baselines from `y` down. */
function lines(text: string, style: Style, x: number, y: number, box: number): ShareImageLine[] {
	const { size, bold, fill, lineHeight, maxLines } = style;
	return wrapText(text, box, { size, bold }, maxLines).map((line, i) => ({ text: line, x, y: y + i * lineHeight, size, bold, fill, box }));
}

/** Every line of text of the share image, where it is drawn. */
export function shareImageLines({ title, figures, source }: ShareImage): ShareImageLine[] {
	const column = INNER / Math.max(1, figures.length);
	const box = column - GUTTER;
	// A second line of the title goes above the first, so that everything under it keeps its place.
	const titleLines = lines(title, STYLES.title, MARGIN, 130, INNER);
	const titleLift = (titleLines.length - 1) * STYLES.title.lineHeight;
	const figureLines = figures.flatMap((f, i) => {
		const x = MARGIN + i * column;
		// A number too wide for its column ("3M–4.5M" beside three others) is drawn smaller.
		const numberSize = Math.min(STYLES.number.size, Math.floor(box / textWidth(f.short, { size: 1, bold: true })));
		const label = lines(f.label, STYLES.label, x, 395, box);
		return [
			...lines(f.short, { ...STYLES.number, size: numberSize }, x, 350, box),
			...label,
			...lines(f.measure, STYLES.measure, x, (label.at(-1)?.y ?? 395) + 35, box)
		];
	});
	return [
		...titleLines.map((line) => ({ ...line, y: line.y - titleLift })),
		...lines(
			figures.length > 0 ? 'Every number linked to the sentence it comes from' : 'The article’s figures are not in the data yet',
			STYLES.subtitle,
			MARGIN,
			185,
			INNER
		),
		...figureLines,
		...lines(source, STYLES.source, MARGIN, 570, INNER)
	];
}

function textElement({ text, x, y, size, bold, fill }: ShareImageLine): string {
	return `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(text)}</text>`;
}

export function shareImageSvg(image: ShareImage): string {
	const { width, height } = SHARE_IMAGE;
	const column = INNER / Math.max(1, image.figures.length);
	const bars = image.figures.map((f, i) => {
		const opacity = f.measure === 'flow' ? ' fill-opacity="0.55"' : '';
		return `<rect x="${MARGIN + i * column}" y="250" width="${column - GUTTER}" height="12" fill="${COLOURS[f.measure]}"${opacity}/>`;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">
<rect width="${width}" height="${height}" fill="#ffffff"/>
${[...bars, ...shareImageLines(image).map(textElement)].join('\n')}
</svg>`;
}
