/**
 * Who may reuse what. The figures and their provenance are this project's compilation; the
 * article text stays its publisher's, quoted for citation and verification (sources.csv `rights`).
 *
 * DATA_LICENSE is the project's choice for the compilation, kept in this one place so the data
 * package and the page's JSON-LD cannot disagree. Whoever publishes the site should confirm it.
 */
import type { Source } from '../figures/schema';

/** A Frictionless license (https://datapackage.org/standard/data-package/#licenses). */
export interface License {
	/** Open Definition license id. */
	name: string;
	path?: string;
	title: string;
}

export const DATA_LICENSE: License = {
	name: 'CC-BY-4.0',
	path: 'https://creativecommons.org/licenses/by/4.0/',
	title: 'Creative Commons Attribution 4.0'
};

/** The article text is not ours to license: "other-closed" (Open Definition: not open) with the rights note. */
export function articleLicense(source: Source): License {
	return { name: 'other-closed', title: source.rights };
}
