/**
 * The title and description of the dataset as a whole, written from the data, shared by the
 * data package and the page's schema.org JSON-LD so both describe it in the same words.
 */
import { listInWords, longDate } from '../display/format';
import { capitalise, placesInWords, siteName, unique } from '../display/names';
import type { Dataset } from '../figures/dataset';
import { INDICATORS } from '../figures/schema';

function reportedBy(dataset: Dataset): string {
	const [only] = dataset.sources;
	return dataset.sources.length === 1 && only
		? `${only.publisher} on ${longDate(only.published)}`
		: `${dataset.sources.length} news articles`;
}

/** Who compiled the dataset: this site, not the article's publisher, whose figures it quotes. */
export function datasetCreator(site: Dataset): string {
	return `${siteName(site)} dashboard`;
}

export function datasetTitle(dataset: Dataset): string {
	const places = placesInWords(dataset.figures);
	// Capitalised for an area said with "the": "The world: displacement …".
	return capitalise(`${places ? `${places}: displacement` : 'Displacement'} and other figures as reported by ${reportedBy(dataset)}`);
}

export function datasetDescription(dataset: Dataset): string {
	const counted = unique(dataset.figures.map((f) => INDICATORS[f.indicator].name.toLowerCase()));
	return (
		`${dataset.figures.length} figures (${listInWords(counted)}) as reported by ${reportedBy(dataset)}, ` +
		'each with the exact words of the article that state it, its sentence, the character offsets of ' +
		'those words in the verbatim article text and a link that highlights them on the publisher’s page. ' +
		'Stocks (how many are displaced at a date) and flows (how many fled during a period) are told ' +
		'apart by the measure column.'
	);
}
