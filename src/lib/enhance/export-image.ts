/**
 * Turns a chart's drawing into a file a reader can paste into a report: a standalone SVG with its
 * colours written into it (the page's CSS does not travel with the file) and a title and source
 * line around it, so the image still says where its numbers come from; and a PNG at twice its
 * size, drawn in the browser from that SVG. Browser-only: it reads computed styles.
 */

/** Styles that decide how a mark looks; everything else keeps its SVG default. */
const STYLE_PROPERTIES = [
	// A timeline's quotes are hidden until their figure is pointed at: hidden in the file too.
	'display',
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	// The timeline's year-end points are markers on its lines; paint-order puts a label's halo behind it.
	'marker-start',
	'marker-mid',
	'marker-end',
	'paint-order',
	'opacity',
	'stop-color',
	'stop-opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;
const TITLE = { size: 17, bold: true, lineHeight: 22 };
const SMALL = { size: 11, bold: false, lineHeight: 16 };
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * `content` in lines no wider than `width` as the browser draws it (a canvas measures the text:
 * here, unlike at build time, the font is known), broken at spaces, a word too long for a line
 * cut between characters.
 */
function wrap(content: string, width: number, style: { size: number; bold: boolean }): string[] {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return [content];
	context.font = `${style.bold ? '700' : '400'} ${style.size}px ${FONT_FAMILY}`;
	const fits = (line: string) => context.measureText(line).width <= width;
	const lines: string[] = [];
	let line = '';
	for (let word of content.split(/\s+/u).filter(Boolean)) {
		if (fits(line ? `${line} ${word}` : word)) {
			line = line ? `${line} ${word}` : word;
			continue;
		}
		if (line) lines.push(line);
		while (!fits(word)) {
			const characters = [...word];
			let end = 1;
			while (end < characters.length && fits(characters.slice(0, end + 1).join(''))) end++;
			lines.push(characters.slice(0, end).join(''));
			word = characters.slice(end).join('');
		}
		line = word;
	}
	if (line) lines.push(line);
	return lines;
}

export interface ImageText {
	title: string;
	/** e.g. "Source: The New Arab, 11 February 2020, quoting UN figures." */
	source: string;
	/** e.g. "Figures as reported on 11 February 2020 · https://…" */
	note: string;
}

/** `url("http://host/page#id")` → `url(#id)`: computed styles make references absolute. */
function localReference(value: string): string {
	return value.replace(/url\("?[^#")]*(#[^")]+)"?\)/g, 'url($1)');
}

function copyComputedStyles(from: Element, to: Element): void {
	const style = getComputedStyle(from);
	for (const property of STYLE_PROPERTIES) {
		const value = style.getPropertyValue(property);
		if (value) to.setAttribute(property, localReference(value));
	}
}

function text(x: number, y: number, content: string, size: number, weight: string, colour: string): SVGTextElement {
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute('font-size', String(size));
	node.setAttribute('font-weight', weight);
	node.setAttribute('fill', colour);
	node.setAttribute('font-family', FONT_FAMILY);
	node.textContent = content;
	return node;
}

/**
 * A standalone SVG document of the chart, with its title above and its source below, each
 * wrapped to the chart's width (a long publisher's name or page address must not run off it).
 */
export function standaloneSvg(drawing: SVGSVGElement, label: ImageText, background: Element): { svg: string; width: number; height: number } {
	const [, , chartWidth = 0, chartHeight = 0] = drawing.getAttribute('viewBox')!.split(' ').map(Number);
	const titleLines = wrap(label.title, chartWidth, TITLE);
	const footLines = [label.source, label.note].flatMap((line) => wrap(line, chartWidth, SMALL));
	const header = 34 + (titleLines.length - 1) * TITLE.lineHeight;
	const footer = 40 + (footLines.length - 2) * SMALL.lineHeight;
	const width = chartWidth + 2 * PADDING;
	const height = chartHeight + header + footer + 2 * PADDING;
	const frame = getComputedStyle(background);

	const root = document.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const backdrop = document.createElementNS(SVG_NS, 'rect');
	backdrop.setAttribute('width', '100%');
	backdrop.setAttribute('height', '100%');
	backdrop.setAttribute('fill', frame.backgroundColor);
	root.append(backdrop);
	titleLines.forEach((line, i) => root.append(text(PADDING, PADDING + 18 + i * TITLE.lineHeight, line, TITLE.size, '700', frame.color)));

	const chart = drawing.cloneNode(true) as SVGSVGElement;
	const originals = drawing.querySelectorAll('*');
	chart.querySelectorAll('*').forEach((node, i) => copyComputedStyles(originals[i]!, node));
	chart.removeAttribute('class');
	chart.setAttribute('x', String(PADDING));
	chart.setAttribute('y', String(PADDING + header));
	chart.setAttribute('width', String(chartWidth));
	chart.setAttribute('height', String(chartHeight));
	root.append(chart);

	const footerY = PADDING + header + chartHeight + 20;
	footLines.forEach((line, i) => root.append(text(PADDING, footerY + i * SMALL.lineHeight, line, SMALL.size, '400', frame.color)));
	return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Draws the SVG onto a canvas at `scale` times its size; no network: the SVG is a local blob. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * scale;
		canvas.height = height * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw on a canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offers a blob as a download under `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// Revoke later: the download starts asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
