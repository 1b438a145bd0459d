/**
 * Hover and focus highlighting without a script. Every view of a figure carries
 * `data-fig="<id>"` (its card, its bar or squares, its mark on the timeline and the official count
 * it is compared with, the link over them, its table row, its words in the article); pointing at
 * or focusing any of them lights up all of them and the sentence they come from. CSS cannot match "an element with the same attribute value as the hovered one", so
 * the page carries one selector per figure (its ids are known at build time), written once, and
 * the looks of a lit view once, for all of them:
 *
 *   :is(<figure a's selector>, <figure b's selector>, …) { &.card { … } &.mark { … } … }
 *
 * The class names below are those the components give their views; `:target` (a link followed
 * to a card or a sentence) keeps its own rules in the components and works without this.
 */

/** How a lit view looks, by the class of the view (components/*.svelte). */
const LIT = [
	'&.card{box-shadow:0 0 0 3px var(--target-ring)}',
	'&.sentence{background:var(--target-bg);box-shadow:0 0 0 2px var(--target-bg);outline:2px solid var(--target-ring);outline-offset:2px}',
	'&.mark{text-decoration-thickness:3px}',
	'&.row{background:var(--mark-bg)}',
	'&.bar .body{stroke:var(--text);stroke-width:2.5}',
	'&.bar .label{font-weight:700}',
	'&.group .square{stroke:var(--text);stroke-width:1.5}',
	'&.group .group-title{text-decoration:underline}',
	'&.claim .claim-label{text-decoration:underline}',
	'&.claim .symbol{stroke:var(--focus);stroke-width:2.5}',
	'&.claim-quote{display:inline}',
	'&.compared{background:var(--mark-bg)}'
].join('');

/** Figure ids are slugs (figures/schema.ts); anything else would need escaping in a CSS string. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The views of figure `id`, and its sentence, while any view of it is hovered or focused. */
function litViews(id: string): string {
	if (!SLUG.test(id)) throw new Error(`figure id "${id}" is not a slug`);
	const view = `[data-fig="${id}"]`;
	return `:root:has(${view}:is(:hover,:focus-within)) :is(${view},.sentence:has(>${view}))`;
}

/** The page's highlighting rules for the figures `ids`; empty when the page has none. */
export function highlightStyle(ids: readonly string[]): string {
	if (ids.length === 0) return '';
	return `:is(${[...new Set(ids)].map(litViews).join(',')}){${LIT}}`;
}
