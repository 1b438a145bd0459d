/**
 * schema.org `Dataset` (https://schema.org/Dataset) for the page head, so search engines and
 * dataset search list the data with its source article, coverage and downloads; and a serializer
 * that is safe inside `<script type="application/ld+json">`.
 */
import { longDate } from '../display/format';
import type { Dataset } from '../figures/dataset';
import { placeOf, type Place as FigurePlace } from '../figures/places';
import { INDICATORS, type Indicator } from '../figures/schema';
import { unique } from '../display/names';
import { datasetCreator, datasetDescription, datasetTitle } from './dataset-info';
import type { Download } from './catalogue';
import { DATA_LICENSE } from './rights';

interface Organization {
	'@type': 'Organization';
	name: string;
	/** The site's address; absolute with SITE_ORIGIN. A news publisher is named only. */
	url?: string;
}

/** When the data was first published and last changed (server/site.ts reads it from git). */
export interface Release {
	/** YYYY-MM-DD */
	published: string;
	/** YYYY-MM-DD; also the dataset's version. */
	modified: string;
}

interface NewsArticle {
	'@type': 'NewsArticle';
	headline: string;
	url: string;
	datePublished: string;
	publisher: Organization;
}

/**
 * What is counted, by its figures.csv code and its name. Its figures, in words, are on the page and
 * in the downloads; listed here too they cost every first visit 0.2 KB gzip.
 */
interface PropertyValue {
	'@type': 'PropertyValue';
	propertyID: string;
	name: string;
}

interface Identifier {
	'@type': 'PropertyValue';
	propertyID: string;
	value: string;
}

interface Place {
	'@type': 'Place';
	name: string;
	identifier: Identifier;
}

/**
 * A file, by name, format and address: what dataset search engines read. Its description is on
 * the page already, in the list of downloads; repeated here it cost every first visit 0.5 KB gzip.
 */
interface DataDownload {
	'@type': 'DataDownload';
	name: string;
	encodingFormat: string;
	contentUrl: string;
}

export interface DatasetJsonLd {
	'@context': 'https://schema.org';
	'@type': 'Dataset';
	name: string;
	description: string;
	/** The page the dataset is on; absolute with SITE_ORIGIN. */
	url: string;
	/** The same address: the page is where the dataset lives, and it does not move. */
	identifier: string;
	/** The article(s) the figures come from, as a reader would cite them. */
	citation: string[];
	keywords: string[];
	datePublished?: string;
	dateModified?: string;
	version?: string;
	creator: Organization;
	publisher: Organization;
	isBasedOn: NewsArticle[];
	temporalCoverage: string;
	spatialCoverage: Place[];
	variableMeasured: PropertyValue[];
	distribution: DataDownload[];
	license: string;
	isAccessibleForFree: true;
}


/** One date, or the ISO 8601 interval from the first to the last. */
function temporalCoverage(dates: readonly string[]): string {
	const sorted = unique(dates).sort();
	return sorted.length < 2 ? (sorted[0] ?? '') : `${sorted[0]}/${sorted.at(-1)}`;
}

/**
 * `origin` (e.g. https://example.org) makes the URLs absolute; empty leaves them site-relative.
 * `site` is the whole collection, whose name the creator bears, when `dataset` is one article's
 * part of it; `path` is the page the JSON-LD is on; `release` dates it, when known.
 */
export function datasetJsonLd(
	dataset: Dataset,
	downloads: readonly Download[],
	origin = '',
	site: Dataset = dataset,
	{ path = '/', release = null }: { path?: string; release?: Release | null } = {}
): DatasetJsonLd {
	const creator: Organization = { '@type': 'Organization', name: datasetCreator(site), url: `${origin}/` };
	const url = `${origin}${path}`;
	// Each place once, first seen first: a country by its ISO code, an area by its M49 code.
	const places = new Map<string, FigurePlace>(
		dataset.figures.map((f) => {
			const place = placeOf(f);
			return [place.kind === 'country' ? `iso3:${place.iso3}` : `m49:${place.m49}`, place];
		})
	);
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: datasetTitle(dataset),
		description: datasetDescription(dataset),
		url,
		identifier: url,
		citation: dataset.sources.map((s) => `${s.publisher}, “${s.title}”, ${longDate(s.published)}. ${s.url}`),
		keywords: keywords(dataset, [...places.values()]),
		...(release && { datePublished: release.published, dateModified: release.modified, version: release.modified }),
		creator,
		publisher: creator,
		isBasedOn: dataset.sources.map((s) => ({
			'@type': 'NewsArticle',
			headline: s.title,
			url: s.url,
			datePublished: s.published,
			publisher: { '@type': 'Organization', name: s.publisher }
		})),
		temporalCoverage: temporalCoverage(dataset.figures.map((f) => f.reported)),
		spatialCoverage: [...places.values()].map((place) => ({
			'@type': 'Place',
			name: place.name,
			identifier:
				place.kind === 'country'
					? { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: place.iso3 }
					: { '@type': 'PropertyValue', propertyID: 'UN M49', value: place.m49 }
		})),
		variableMeasured: unique<Indicator>(dataset.figures.map((f) => f.indicator)).map((indicator) => ({
			'@type': 'PropertyValue',
			propertyID: indicator,
			name: INDICATORS[indicator].name
		})),
		distribution: downloads.map((d) => ({
			'@type': 'DataDownload',
			name: d.title,
			encodingFormat: d.mediaType.split(';')[0]!.trim(),
			contentUrl: `${origin}${d.href}`
		})),
		license: DATA_LICENSE.path ?? DATA_LICENSE.name,
		isAccessibleForFree: true
	};
}

/** What the figures count and where: "displacement", each indicator's name, each place's. */
function keywords(dataset: Dataset, places: readonly FigurePlace[]): string[] {
	const counted = unique<Indicator>(dataset.figures.map((f) => f.indicator)).map((i) => INDICATORS[i].plural);
	return unique(['displacement', ...counted, ...places.map((p) => p.name)]);
}

/** Characters that could end the script element or start markup, and the two that end a JS line. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` element. Escaping `<`, `>` and `&` as
 * `\u003c` etc. means no text in the data can close the element (`</script>`) or open a comment
 * (`<!--`); the escapes are plain JSON, so the parsed value is unchanged.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(
		UNSAFE_IN_SCRIPT,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
