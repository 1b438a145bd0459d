/**
 * Whether the page's script (lib/enhance/page.ts) runs where a component is drawn, so that the
 * controls it drives (copy, chart images) are drawn only where they work. It runs on every page
 * of the site; it does not in the workbench's preview, a page drawn inside another, where those
 * buttons would do nothing. A context, not a prop: ArticleBody knows, FigureCard and ChartFrame
 * need to, and the components between them have no reason to carry it.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('page script');

/** Called by a component whose page the script does not run on; holds for everything inside it. */
export function withoutPageScript(): void {
	setContext(KEY, false);
}

export function pageScriptRuns(): boolean {
	return getContext<boolean | undefined>(KEY) ?? true;
}
