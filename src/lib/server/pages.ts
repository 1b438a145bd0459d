/**
 * The article pages of this build: which exist, and each one's model, JSON-LD and share image,
 * from the dataset read once. Routes call these and print what they get.
 */
import { error } from '@sveltejs/kit';
import { datasetJsonLd, serializeJsonLd } from '../export/json-ld';
import { articleDataset } from '../figures/dataset';
import { articlePage, leadArticle, type ArticlePage } from '../pages/article-page';
import { dataset } from './dataset';
import { downloadList } from './downloads';
import { siteOrigin } from './site';

/** Every article's id, each of which has a page at /articles/<id>/. */
export function articleIds(): string[] {
	return dataset().articles.map((a) => a.source.id);
}

/** The article `/` shows: the first of sources.csv. */
export function leadArticleId(): string {
	return leadArticle(dataset()).source.id;
}

/** The model of the page at `path` for the article `sourceId`; 404 when there is no such article. */
export function articlePageAt(path: string, sourceId: string): ArticlePage {
	if (!articleIds().includes(sourceId)) error(404, `there is no article "${sourceId}" in sources.csv`);
	return articlePage(dataset(), sourceId, { path, downloads: downloadList(), origin: siteOrigin() });
}

/**
 * The schema.org Dataset of a page as a `<script type="application/ld+json">` element: the
 * whole collection for the front page, the article's own figures for its page. hooks.server.ts
 * writes it into the head, since a component could only write it as raw HTML; serializeJsonLd
 * escapes < > & so no text in the data can close the element.
 */
export function jsonLdScript(path: string, sourceId: string): string {
	const site = dataset();
	const described = path === '/' ? site : articleDataset(site, sourceId);
	return `<script type="application/ld+json">${serializeJsonLd(datasetJsonLd(described, downloadList(), siteOrigin(), site))}</script>`;
}
