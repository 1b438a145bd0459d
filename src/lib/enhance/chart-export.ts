/**
 * A chart's SVG and PNG download, loaded by the page script (page.ts) on the first click of a
 * chart's download button, so a reader who never downloads a chart never fetches it. The chart's
 * words come from the data attributes ChartFrame.svelte writes on its frame.
 */
import { saveBlob, standaloneSvg, svgToPng } from './export-image';

export type ChartFormat = 'svg' | 'png';

/** Makes the chart inside `frame` into a file of `format` and offers it as a download. */
export async function downloadChart(frame: HTMLElement, format: ChartFormat): Promise<void> {
	const drawing = frame.querySelector<SVGSVGElement>('svg.image');
	if (!drawing) throw new Error('the chart has no drawing');
	const { title = '', imageSource = '', imageNote = '', filename = 'chart' } = frame.dataset;
	const page = location.href.split('#')[0];
	const file = standaloneSvg(drawing, { title, source: imageSource, note: `${imageNote} · ${page}` }, frame);
	const blob =
		format === 'svg' ? new Blob([file.svg], { type: 'image/svg+xml' }) : await svgToPng(file.svg, file.width, file.height);
	saveBlob(blob, `${filename}.${format}`);
}
