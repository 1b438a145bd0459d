/**
 * The scripts of the pages, bundled at build time (scripts/lib/browser-scripts.ts): the page
 * script, inlined into every article page by hooks.server.ts, and the chart-export module it
 * loads on a reader's first chart download, served at /scripts/<file> under a name that changes
 * with its content.
 */
import chartExport from '../enhance/chart-export?module';
import pageScript from '../enhance/page?script';

/** The modules served as files, each at /scripts/<file>. */
export const SERVED_SCRIPTS: readonly { file: string; code: string }[] = [chartExport];

export const scriptPath = (file: string) => `/scripts/${file}`;

/** The page script as the element that carries it, with the address of the module it may load. */
export function pageScriptElement(): string {
	// Code that said "</script" would end the element early; minified code of ours never does.
	if (/<\/script/iu.test(pageScript.code)) throw new Error('the page script contains "</script"');
	return `<script data-chart-export="${scriptPath(chartExport.file)}">${pageScript.code}</script>`;
}
