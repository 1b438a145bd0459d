/**
 * Drafts kept in the browser (IndexedDB, through idb-keyval), saved on every change, so a reload,
 * a closed tab or a crashed worker loses nothing. Nothing is sent anywhere.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Draft } from './draft';

let store: UseStore | undefined;
const drafts = () => (store ??= createStore('displacement-workbench', 'drafts'));

export interface DraftSummary {
	id: string;
	title: string;
	updated: string;
	figures: number;
}

export const saveDraft = (draft: Draft) => set(draft.id, draft, drafts());
export const loadDraft = (id: string) => get<Draft>(id, drafts());
export const deleteDraft = (id: string) => del(id, drafts());

/** What a draft is listed as: its headline, else its text's first line that is not blank. */
export function draftTitle(draft: Pick<Draft, 'source' | 'text'>): string {
	const firstLine = draft.text.split('\n').find((line) => line.trim())?.trim() ?? '';
	return draft.source.title.trim() || firstLine.slice(0, 80) || 'Untitled draft';
}

/** Every stored draft, the latest first. */
export async function listDrafts(): Promise<DraftSummary[]> {
	const all = await entries<string, Draft>(drafts());
	return all
		.map(([id, draft]) => ({
			id,
			title: draftTitle(draft),
			updated: draft.updated,
			figures: draft.rows.filter((r) => r.kept).length
		}))
		.sort((a, b) => b.updated.localeCompare(a.updated));
}
