/**
 * Which figure the reader is pointing at (hover or focus), shared by every view of it: key
 * figure, bar, unit group, table row and the words in the article. Without JavaScript the same
 * links still work through URL fragments and :target.
 */
import { getContext, setContext } from 'svelte';

export class Highlight {
	figure = $state<string | null>(null);

	/** Handlers to spread on any element that stands for a figure. */
	on(figureId: string) {
		const enter = () => (this.figure = figureId);
		const leave = () => {
			if (this.figure === figureId) this.figure = null;
		};
		return { onmouseenter: enter, onmouseleave: leave, onfocusin: enter, onfocusout: leave };
	}
}

const KEY = Symbol('highlight');

export function provideHighlight(): Highlight {
	return setContext(KEY, new Highlight());
}

export function useHighlight(): Highlight {
	return getContext<Highlight>(KEY);
}
