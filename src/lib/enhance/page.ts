/**
 * The only script a page runs, inlined in it by hooks.server.ts (allowed by its hash in the
 * page's CSP) so that it costs no request. Everything on the page works without it; it adds what
 * needs a script to the controls marked `data-enhance` (which the page's CSS draws only where
 * scripts run, so a reader without JavaScript never sees a button that does nothing): it copies a
 * citation or a chart's embed code (and makes that code's address absolute), and on the first
 * click of a chart's download button loads the module that makes the image (chart-export.ts),
 * whose address the script element carries in `data-chart-export`. On the front page it also
 * sends old links to a sentence on to the article's page where the sentence now is.
 *
 * Hover and focus highlighting is not here: the page's CSS does it (see pages/highlight-style.ts);
 * the script only lets Escape dismiss the quote box it shows over a timeline.
 */
import type { ChartFormat } from './chart-export';

const chartExport = document.currentScript?.dataset.chartExport;

/**
 * Links made when / was the first article's page (/#s15-1, /#fig-…) point at anchors that now
 * live on that article's page: an element marked `data-anchors-moved-to` names it, and a fragment
 * that is on no element here is sent there (a static host cannot redirect by fragment: the
 * server never sees it).
 */
function followMovedAnchor(): void {
	const movedTo = document.querySelector<HTMLElement>('[data-anchors-moved-to]')?.dataset.anchorsMovedTo;
	const id = decodeURIComponent(location.hash.slice(1));
	if (movedTo && id && !document.getElementById(id)) location.replace(`${movedTo}#${encodeURIComponent(id)}`);
}
followMovedAnchor();
addEventListener('hashchange', followMovedAnchor);

// A timeline's quote box shows while its figure is pointed at or focused (the page's CSS). Escape
// hides it, the pointer and focus staying where they are (WCAG 1.4.13), until a view of a figure
// is pointed at or focused again. `hidden` is display: none everywhere (app.css).
const hideQuotes = (hide: boolean) => {
	for (const quote of document.querySelectorAll('.claim-quote')) quote.toggleAttribute('hidden', hide);
};
addEventListener('keydown', (event) => event.key === 'Escape' && hideQuotes(true));
for (const type of ['pointerover', 'focusin']) {
	addEventListener(type, (event) => (event.target as Element).closest?.('[data-fig]') && hideQuotes(false));
}

// A chart's embed code names its page site-relative when the build knew no SITE_ORIGIN: pasted on
// another site it must name this one. Its first `"/` is then its src's (a chart title never
// starts with a slash); an absolute src has none.
for (const code of document.querySelectorAll<HTMLTextAreaElement>('.embed textarea')) {
	code.defaultValue = code.defaultValue.replace('"/', `"${location.origin}/`);
}

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
	const action = button?.dataset.action;
	if (action === 'copy') void copyCitation(button!);
	else if (action === 'svg' || action === 'png') void downloadChart(button!, action);
});

/** The live region beside a control, in the group (`data-group`) the control belongs to. */
function statusOf(button: HTMLElement): HTMLElement | null | undefined {
	return button.closest('[data-group]')?.querySelector<HTMLElement>('[role="status"]');
}

/** Says `message` in the live region, clearing it first so that a repeated message is announced again. */
async function announce(status: HTMLElement | null | undefined, message: string): Promise<void> {
	if (!status) return;
	status.textContent = '';
	await new Promise((done) => setTimeout(done, 50));
	status.textContent = message;
}

async function copyCitation(button: HTMLElement): Promise<void> {
	const citation = button.closest('[data-group]')?.querySelector<HTMLElement>('[data-citation]');
	if (!citation) return;
	const status = statusOf(button);
	try {
		await navigator.clipboard.writeText(citation.textContent ?? '');
		await announce(status, 'Copied.');
	} catch {
		// No clipboard access (an insecure origin, a refused permission): select the text instead.
		// (An embed code is in a field, which selects its own text.)
		if ('select' in citation) (citation as HTMLTextAreaElement).select();
		else getSelection()?.selectAllChildren(citation);
		await announce(status, 'Selected: press Ctrl+C (⌘C) to copy.');
	}
}

async function downloadChart(button: HTMLElement, format: ChartFormat): Promise<void> {
	const frame = button.closest<HTMLElement>('[data-group]');
	const status = statusOf(button);
	const name = format.toUpperCase();
	if (!frame || !chartExport) return;
	if (status) status.textContent = `Making the ${name}…`;
	try {
		const module: typeof import('./chart-export') = await import(chartExport);
		await module.downloadChart(frame, format);
		await announce(status, `${name} downloaded.`);
	} catch (error) {
		await announce(status, `The ${name} could not be made: ${error instanceof Error ? error.message : error}`);
	}
}
