/**
 * Which figure the reader is pointing at (hover or focus), shared by every view of it: key
 * figure, bar, unit group, table row and the words in the article. Without JavaScript the same
 * links still work through URL fragments and :target.
 */
import { getContext, setContext } from 'svelte';

export class Highlight {
	figure = $state<string | null>(null);

	/**
	 * An attachment (`{@attach highlight.track(id)}`) for any element that stands for a figure:
	 * pointing at it or focusing it makes that figure the highlighted one.
	 */
	track(figureId: string) {
		return (node: Element) => {
			const enter = () => (this.figure = figureId);
			const leave = () => {
				if (this.figure === figureId) this.figure = null;
			};
			const events = [
				['mouseenter', enter],
				['focusin', enter],
				['mouseleave', leave],
				['focusout', leave]
			] as const;
			for (const [type, listener] of events) node.addEventListener(type, listener);
			return () => {
				for (const [type, listener] of events) node.removeEventListener(type, listener);
			};
		};
	}
}

const KEY = Symbol('highlight');

export function provideHighlight(): Highlight {
	return setContext(KEY, new Highlight());
}

export function useHighlight(): Highlight {
	return getContext<Highlight>(KEY);
}
