/**
 * What a chart on a page is: the words of its frame and the geometry of its drawing. Apart from
 * article-page.ts so that every module writing a chart (the displacement charts there, the
 * timelines in timeline-view.ts) can name it without importing the page.
 */
import type { ChartGeometry } from '../charts/geometry';

/** Everything a chart's frame says: its title, its content in words, its caption, what its downloaded image carries. */
export interface ChartText {
	/** Prefix for the chart's element ids; unique on the page. */
	id: string;
	title: string;
	/** The chart's content in words, numbers and qualifiers included. */
	description: string;
	caption: string;
	/** Source line written into downloaded images. */
	imageSource: string;
	/** Date line written into downloaded images. */
	imageNote: string;
	/** File name of downloads, without extension. */
	filename: string;
}

export interface Chart<Model extends ChartGeometry> {
	text: ChartText;
	model: Model;
}
