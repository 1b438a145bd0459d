/**
 * What every chart model hands to the page besides its marks: its size in viewBox units and the
 * links laid over the marks, each to the sentence its figure comes from. One component draws
 * the links of every chart, so a chart only decides where its boxes are.
 */

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartLink {
	figureId: string;
	sentenceId: string;
	/** Where the link goes: the sentence on this page (#s15-1), or on its article's page (linkedFrom). */
	href: string;
	/** The link's accessible name: the mark's visible label first (WCAG 2.5.3), then the figure in words. */
	name: string;
	/** The area the link covers, in viewBox units. */
	box: Rect;
}

export interface ChartGeometry {
	width: number;
	height: number;
	links: ChartLink[];
}

/**
 * The same geometry with each link to its sentence on the page at `pathOf(figureId)`: a chart on
 * the front page links into the articles' own pages, where the sentences are.
 */
export function linkedFrom<G extends ChartGeometry>(geometry: G, pathOf: (figureId: string) => string): G {
	return { ...geometry, links: geometry.links.map((link) => ({ ...link, href: `${pathOf(link.figureId)}#${link.sentenceId}` })) };
}

/** Links reach a little past the chart's edges, so a box never clips its focus ring. */
const LINK_MARGIN = 4;

/** A link box as wide as the chart around the rows from `top` to `bottom`. */
export function rowBox(chartWidth: number, top: number, bottom: number): Rect {
	return { x: -LINK_MARGIN, y: top, width: chartWidth + 2 * LINK_MARGIN, height: bottom - top };
}

/** Two decimals are finer than a pixel and keep the SVG in the HTML short. */
export const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The smallest font size, in viewBox units, of a chart drawn narrower than NARROW_CHART_WIDTH px:
 * there a drawing 400 units wide is scaled down (359 px on a 375 px phone, where the charts span
 * the screen but for 8 px each side: 13.4 × 359 / 400 = 12.03 px), and ChartFrame's CSS raises
 * every smaller text to this size. The layouts leave every text room for it, so a chart has one
 * drawing for every width and its desktop text keeps its own sizes.
 */
export const NARROW_TEXT_SIZE = 13.4;
/** Below this width, in CSS px, a chart's 11 units would be drawn under 12 px (ChartFrame's container query). */
export const NARROW_CHART_WIDTH = 437;

/** A text size that leaves room for the same text raised to NARROW_TEXT_SIZE. */
export const roomFor = (size: number) => Math.max(size, NARROW_TEXT_SIZE);
