import { describe, expect, it } from 'vitest';
import { siteOrigin } from '$lib/server/site';
import { datasetJsonLd } from '$lib/export/json-ld';
import { buildDataset } from '$lib/figures/dataset';
import { dataFiles } from '../helpers/data';

describe('siteOrigin', () => {
	it('is empty when SITE_ORIGIN is not set', () => {
		expect(siteOrigin(undefined)).toBe('');
		expect(siteOrigin('')).toBe('');
	});

	it.each([
		['https://example.org', 'https://example.org'],
		['https://example.org/', 'https://example.org'],
		['http://127.0.0.1:4173', 'http://127.0.0.1:4173']
	])('takes %s as the origin %s', (value, origin) => expect(siteOrigin(value)).toBe(origin));

	it.each(['example.org', 'ftp://example.org', 'https://example.org/dashboard', 'https://example.org/?x=1'])(
		'refuses %s with a message saying what it expects',
		(value) => expect(() => siteOrigin(value)).toThrow(`SITE_ORIGIN must be an http(s) origin such as https://example.org, not "${value}"`)
	);

	it('makes the JSON-LD download URLs absolute', () => {
		const dataset = buildDataset(dataFiles());
		const download = { href: '/data/figures.csv', name: 'figures.csv', title: 'Figures', description: '', mediaType: 'text/csv', bytes: 1 };
		expect(datasetJsonLd(dataset, [download], 'https://example.org').distribution[0]!.contentUrl).toBe('https://example.org/data/figures.csv');
		expect(datasetJsonLd(dataset, [download]).distribution[0]!.contentUrl).toBe('/data/figures.csv');
	});
});
