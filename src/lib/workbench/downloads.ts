/**
 * What the workbench gives away: the data folder as one zip (unzipped, it is a folder the build
 * reads as DATA_DIR, or whose rows an editor adds to data/), and the figures CSV with the
 * provenance columns the site's /data/figures.csv has.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { figuresCsv } from '../export/figures-csv';
import type { Dataset } from '../figures/dataset';
import { dataFolder } from './data-folder';
import type { Draft } from './draft';

/** The zip of the draft's data folder; its files dated when the draft last changed, so one draft always makes the same bytes. */
export function dataZip(draft: Draft): Uint8Array {
	const mtime = new Date(draft.updated);
	const files: Zippable = {};
	for (const [path, text] of Object.entries(dataFolder(draft))) files[path] = [strToU8(text), { mtime }];
	return zipSync(files, { level: 6 });
}

/** figures.csv as the site serves it: the data columns, then sentence, offsets and text-fragment link. */
export function provenanceCsv(dataset: Dataset): string {
	return figuresCsv(dataset);
}
