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

/** A chart's page of its own that other sites may frame (embed-page.ts), and the code that frames it. */
export interface ChartEmbed {
	/** "newarab-2020-02-11-bars": its page's id (none for the front page's charts) and the chart's kind. */
	id: string;
	/** The `<iframe>` to paste: absolute with SITE_ORIGIN, site-relative without (the page script then adds the page's origin). */
	code: string;
	/** Where the chart is, for the embed page's link back: its page's name, and the chart's heading on it. */
	from: { text: string; href: string };
}

export interface Chart<Model extends ChartGeometry> {
	text: ChartText;
	model: Model;
	/** Set on the charts that have an embed page. */
	embed?: ChartEmbed;
}
