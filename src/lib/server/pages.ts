/**
 * The pages of this build: which articles have one, and each page's model, JSON-LD and share
 * image, from the dataset read once. Routes call these and print what they get.
 */
import { error } from '@sveltejs/kit';
import { articleDownloads } from '../export/catalogue';
import { datasetJsonLd, serializeJsonLd } from '../export/json-ld';
import { articleDataset } from '../figures/dataset';
import { articlePage, leadArticleId, type ArticlePageModel, type PageKind } from '../pages/article-page';
import { dataset } from './dataset';
import { downloadList } from './downloads';
import { pageScriptElement } from './enhancements';
import { siteOrigin } from './site';

/** Every article's id, each of which has a page at /articles/<id>/. */
export function articleIds(): string[] {
	return dataset().articles.map((a) => a.source.id);
}

/** The article `/` shows: the first of sources.csv. */
export function leadArticle(): string {
	return leadArticleId(dataset());
}

function known(sourceId: string): void {
	if (!articleIds().includes(sourceId)) error(404, `there is no article "${sourceId}" in sources.csv`);
}

/** The model of a page of the article `sourceId`; 404 when there is no such article. */
export function pageModel(kind: PageKind, sourceId: string): ArticlePageModel {
	known(sourceId);
	const site = dataset();
	return articlePage(site, sourceId, { kind, downloads: downloadList(), origin: siteOrigin(), official: site.official });
}

/**
 * The schema.org Dataset of a page as a `<script type="application/ld+json">` element: the
 * whole collection for the front page, the article's own figures and files for its page.
 * hooks.server.ts writes it into the head, since a component could only write it as raw HTML;
 * serializeJsonLd escapes < > & so no text in the data can close the element.
 */
export function jsonLdScript(kind: PageKind, sourceId: string): string {
	known(sourceId);
	const site = dataset();
	const ld =
		kind === 'front'
			? datasetJsonLd(site, downloadList(), siteOrigin())
			: datasetJsonLd(articleDataset(site, sourceId), articleDownloads(downloadList(), sourceId), siteOrigin(), site);
	return `<script type="application/ld+json">${serializeJsonLd(ld)}</script>`;
}

/**
 * What a page carries inline beside its components: its JSON-LD, its highlighting CSS and the page
 * script. hooks.server.ts writes them into the page (a component could only write them as raw
 * HTML) and then allows the style and script by their hashes.
 */
export interface InlineParts {
	/** Elements for the end of <head>. */
	head: string;
	/** Elements for the end of <body>. */
	body: string;
}

/** The inline parts of a page of the article `sourceId`, whose model is `page`. */
export function inlineParts(kind: PageKind, sourceId: string, page: ArticlePageModel): InlineParts {
	const style = page.head.highlightStyle ? `<style>${page.head.highlightStyle}</style>` : '';
	return { head: `${jsonLdScript(kind, sourceId)}\n\t\t${style}`, body: pageScriptElement() };
}
