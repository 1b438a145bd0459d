/**
 * The build's verdict on a draft, and the page the site would publish from it: what the
 * workbench shows beside every edit. A pure function of the draft, so that it runs the same on
 * the page (a short draft, at once) and in a worker (a long one: checked on the page, 6,187 rows
 * held it for 290 ms), and what it returns crosses to the page as it is (structured clone).
 */
import { articlePage, type ArticlePageModel } from '../pages/article-page';
import { checkDraft, type DraftCheck } from './data-folder';
import type { Draft } from './draft';

/** The preview's downloads: the published page's are made by the build, the draft's are the workbench's. */
export const PREVIEW_DOWNLOADS_NOTE =
	'Once published, the page lists its downloads here: the site’s data and this article’s own files. This draft’s files are under “3. Take the data away”.';

export interface Verdict {
	check: DraftCheck;
	/** The page of the draft's article, once the build accepts the data. */
	preview: ArticlePageModel | null;
}

export function verdictOn(draft: Draft): Verdict {
	const check = checkDraft(draft);
	const preview = check.dataset
		? articlePage(check.dataset, draft.source.id, { downloads: [], origin: '', downloadsNote: PREVIEW_DOWNLOADS_NOTE, embeds: false })
		: null;
	return { check, preview };
}
