/**
 * The schema.org Dataset description as a `<script type="application/ld+json">` element for the
 * page head. It is written into the HTML by hooks.server.ts rather than by the page component,
 * because a component could only write it as raw HTML; serializeJsonLd escapes < > & so no text
 * in the data can close the element.
 */
import { datasetJsonLd, serializeJsonLd } from '$lib/export/json-ld';
import { dataset } from './dataset';
import { downloadList } from './downloads';
import { siteOrigin } from './site';

export function jsonLdScript(): string {
	return `<script type="application/ld+json">${serializeJsonLd(datasetJsonLd(dataset(), downloadList(), siteOrigin()))}</script>`;
}
