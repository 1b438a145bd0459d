/**
 * The pages of this build: which articles have one, and each page's model, JSON-LD and share
 * image, from the dataset read once. Routes call these and print what they get.
 */
import { error } from '@sveltejs/kit';
import { articleDistribution, articleTextHref, collectionDownloads } from '../export/catalogue';
import { datasetJsonLd, serializeJsonLd } from '../export/json-ld';
import { articleDataset } from '../figures/dataset';
import type { Source } from '../figures/schema';
import { articlePage, articlePath, type ArticlePageModel } from '../pages/article-page';
import { embedPages, type EmbedPageModel } from '../pages/embed-page';
import { frontPage, type FrontPageModel } from '../pages/front-page';
import { dataset } from './dataset';
import { downloadList } from './downloads';
import { pageScriptElement } from './enhancements';
import { dataRelease, siteOrigin } from './site';

/** Every article's id, each of which has a page at /articles/<id>/. */
export function articleIds(): string[] {
	return dataset().articles.map((a) => a.source.id);
}

function known(sourceId: string): void {
	if (!articleIds().includes(sourceId)) error(404, `there is no article "${sourceId}" in sources.csv`);
}

/** The model of the page of the article `sourceId`; 404 when there is no such article. */
export function articleModel(sourceId: string): ArticlePageModel {
	known(sourceId);
	const site = dataset();
	return articlePage(site, sourceId, { downloads: downloadList(), origin: siteOrigin(), official: site.official });
}

/** The article the workbench offers to try it with: the first of sources.csv, its text where the site serves it. */
export function exampleArticle(): { textHref: string; source: Source } {
	const [first] = dataset().articles;
	if (!first) throw new Error('the dataset holds no article');
	return { textHref: articleTextHref(first.source.id), source: { ...first.source } };
}

/** The model of the front page, for the whole collection. */
export function frontModel(): FrontPageModel {
	const site = dataset();
	return frontPage(site, { downloads: downloadList(), origin: siteOrigin(), official: site.official });
}

/** The embed pages of the front page (no `sourceId`) or of an article's page. */
function embedsOf(sourceId?: string): EmbedPageModel[] {
	return sourceId === undefined ? embedPages(frontModel().charts) : embedPages(articleModel(sourceId).charts, articlePath(sourceId));
}

/** The id of every chart with an embed page at /embed/<id>/: the front page's, then each article's. */
export function embedIds(): string[] {
	return [undefined, ...articleIds()].flatMap((sourceId) => embedsOf(sourceId).map((page) => page.id));
}

/** The embed page of the chart `id` (`bars`, `<article-id>-squares`); 404 when there is none. */
export function embedModel(id: string): EmbedPageModel {
	const sourceId = /^(.+)-(?:bars|squares)$/u.exec(id)?.[1];
	const page = (sourceId === undefined || articleIds().includes(sourceId) ? embedsOf(sourceId) : []).find((p) => p.id === id);
	if (!page) error(404, `there is no chart "${id}" with an embed page`);
	return page;
}

/**
 * The schema.org Dataset of a page as a `<script type="application/ld+json">` element: the
 * whole collection for the front page (no `sourceId`), the article's own figures and files for
 * its page. hooks.server.ts writes it into the head, since a component could only write it as raw
 * HTML; serializeJsonLd escapes < > & so no text in the data can close the element.
 */
export function jsonLdScript(sourceId?: string): string {
	const site = dataset();
	if (sourceId !== undefined) known(sourceId);
	const release = dataRelease();
	const ld =
		sourceId === undefined
			? datasetJsonLd(site, collectionDownloads(downloadList()), siteOrigin(), site, { path: '/', release })
			: datasetJsonLd(articleDataset(site, sourceId), articleDistribution(downloadList(), sourceId), siteOrigin(), site, {
					path: articlePath(sourceId),
					release
				});
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

/** The inline parts of a page whose model is `page`: the front page without `sourceId`, an article's page with its id. */
export function inlineParts(page: { head: { highlightStyle: string } }, sourceId?: string): InlineParts {
	const style = page.head.highlightStyle ? `<style>${page.head.highlightStyle}</style>` : '';
	return { head: `${jsonLdScript(sourceId)}\n\t\t${style}`, body: pageScriptElement() };
}
