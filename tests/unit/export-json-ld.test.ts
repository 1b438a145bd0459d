// The schema.org Dataset in the page head, and its serializer (src/lib/export/json-ld.ts).
import { describe, expect, it } from 'vitest';
import { catalogue, servedFiles } from '$lib/export/catalogue';
import { datasetJsonLd, serializeJsonLd } from '$lib/export/json-ld';
import { buildDataset } from '$lib/figures/dataset';
import { sha256 as nodeSha256 } from '$lib/server/downloads';
import { dataFiles, figuresWith, SOURCES_CSV } from '../helpers/data';
import { worldFiles } from '../helpers/world';

const dataset = buildDataset(dataFiles());
const downloads = (d: typeof dataset) => catalogue(servedFiles(d, nodeSha256));

describe('datasetJsonLd', () => {
	const ld = datasetJsonLd(dataset, downloads(dataset));

	it('describes the dataset, the article it is based on, and where and when it applies', () => {
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Dataset',
			name: 'Syria: displacement and other figures as reported by The New Arab on 11 February 2020',
			isBasedOn: [
				{
					'@type': 'NewsArticle',
					headline: "WATCH: Iran-backed militia fighter scrawls Qasem Soleimani's name on missile 'bound for Aleppo'",
					url: 'https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile',
					datePublished: '2020-02-11',
					publisher: { '@type': 'Organization', name: 'The New Arab' }
				}
			],
			temporalCoverage: '2020-02-11',
			spatialCoverage: [
				{ '@type': 'Place', name: 'Syria', identifier: { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: 'SYR' } }
			],
			license: 'https://creativecommons.org/licenses/by/4.0/'
		});
		expect(ld.description).toMatch(/^6 figures \(refugees, internally displaced people, new displacement, combatants and casualties\) as reported by The New Arab/);
	});

	it('gives its page as url and identifier, the article as citation, keywords from the data, and the site as creator', () => {
		expect([ld.url, ld.identifier]).toEqual(['/', '/']);
		expect(ld.citation).toEqual([
			"The New Arab, “WATCH: Iran-backed militia fighter scrawls Qasem Soleimani's name on missile 'bound for Aleppo'”, 11 February 2020. https://newarab.com/english/news/2020/2/11/watch-iraqi-militia-fighter-scrawls-qasem-soleimani-on-missile"
		]);
		expect(ld.keywords).toEqual(['displacement', 'refugees', 'internally displaced people', 'newly displaced people', 'fighters', 'casualties', 'Syria']);
		expect(ld.creator).toEqual({ '@type': 'Organization', name: 'Syria displacement figures dashboard', url: '/' });
		expect(ld.publisher).toEqual(ld.creator);
		// Undated without a release: no date is guessed.
		expect([ld.datePublished, ld.dateModified, ld.version]).toEqual([undefined, undefined, undefined]);
	});

	it('makes every address absolute with an origin, for the page it is on, and dates it by its release', () => {
		const own = datasetJsonLd(dataset, downloads(dataset), 'https://example.org', dataset, {
			path: '/articles/newarab-2020-02-11/',
			release: { published: '2025-11-20', modified: '2026-12-01' }
		});
		expect([own.url, own.identifier, own.creator.url, own.distribution[0]!.contentUrl]).toEqual([
			'https://example.org/articles/newarab-2020-02-11/',
			'https://example.org/articles/newarab-2020-02-11/',
			'https://example.org/',
			'https://example.org/data/figures.csv'
		]);
		expect([own.datePublished, own.dateModified, own.version]).toEqual(['2025-11-20', '2026-12-01', '2026-12-01']);
	});

	it('measures one variable per indicator present, in order of appearance, by its code and name', () => {
		expect(ld.variableMeasured).toEqual([
			{ '@type': 'PropertyValue', propertyID: 'refugees', name: 'Refugees' },
			{ '@type': 'PropertyValue', propertyID: 'idps', name: 'Internally displaced people' },
			{ '@type': 'PropertyValue', propertyID: 'new_displacement', name: 'New displacement' },
			{ '@type': 'PropertyValue', propertyID: 'combatants', name: 'Combatants' },
			{ '@type': 'PropertyValue', propertyID: 'casualties', name: 'Casualties' }
		]);
	});

	it('keeps a hostile headline inert: no </script> in the serialized JSON-LD, the headline intact', () => {
		const hostile = '=HYPERLINK("x") </script><script>alert(1)</script>';
		// The title is a quoted cell already: the hostile text goes in with its quotes doubled.
		const sources = SOURCES_CSV.replace('"WATCH: Iran-backed', `"${hostile.replace(/"/g, '""')} Iran-backed`);
		const withTitle = buildDataset(dataFiles({ sources }));
		const json = serializeJsonLd(datasetJsonLd(withTitle, downloads(withTitle)));
		expect(json.toLowerCase()).not.toContain('</script');
		expect(json).not.toContain('<');
		const parsed = JSON.parse(json);
		expect(parsed.isBasedOn[0].headline.startsWith(hostile)).toBe(true);
		expect(parsed.citation[0]).toContain(`“${hostile}`);
	});

	it('offers every download, by site-relative URL and bare media type', () => {
		expect(ld.distribution.map((d) => [d['@type'], d.contentUrl, d.encodingFormat])).toEqual(
			downloads(dataset).map((d) => ['DataDownload', d.href, d.mediaType.split(';')[0]])
		);
		expect(ld.distribution[0]).toEqual({ '@type': 'DataDownload', name: 'Figures (CSV)', encodingFormat: 'text/csv', contentUrl: '/data/figures.csv' });
	});

	it('covers the span of reported dates when they differ', () => {
		const twoDates = buildDataset(dataFiles({ figures: figuresWith(',2020-02-11,,,UN,"People displaced', ',2020-02-09,,,UN,"People displaced') }));
		expect(twoDates.figures.map((f) => f.reported)).toContain('2020-02-09');
		expect(datasetJsonLd(twoDates, []).temporalCoverage).toBe('2020-02-09/2020-02-11');
	});
});

describe('serializeJsonLd', () => {
	const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029';

	it('parses back to the same object', () => {
		const ld = datasetJsonLd(dataset, downloads(dataset));
		expect(JSON.parse(serializeJsonLd(ld))).toEqual(ld);
		expect(JSON.parse(serializeJsonLd({ label: hostile }))).toEqual({ label: hostile });
	});

	it('escapes < > & and the JS line separators, so no text can end the script element', () => {
		const json = serializeJsonLd({ label: hostile });
		expect(json).toBe('{"label":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
		expect(json.toLowerCase()).not.toContain('</script');
	});

	it('keeps a hostile headline from sources.csv inside the element', () => {
		const sources = SOURCES_CSV.replace('"WATCH: Iran-backed', '"</script><script>alert(1)</script> WATCH: Iran-backed');
		expect(sources).not.toBe(SOURCES_CSV);
		const ld = datasetJsonLd(buildDataset(dataFiles({ sources })), []);
		expect(ld.isBasedOn[0]!.headline.startsWith('</script><script>alert(1)</script>')).toBe(true);
		const json = serializeJsonLd(ld);
		expect(json.toLowerCase()).not.toContain('</script');
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual(ld);
	});
});

describe('datasetJsonLd with an origin and a collection', () => {
	it('makes the download URLs absolute', () => {
		const download = { href: '/data/figures.csv', name: 'figures.csv', title: 'Figures', description: '', mediaType: 'text/csv', bytes: 1, listed: true };
		expect(datasetJsonLd(dataset, [download], 'https://example.org').distribution[0]!.contentUrl).toBe('https://example.org/data/figures.csv');
		expect(datasetJsonLd(dataset, [download]).distribution[0]!.contentUrl).toBe('/data/figures.csv');
	});

	it('names the site as creator and publisher, after the places of the whole collection', () => {
		const ld = datasetJsonLd(dataset, []);
		expect([ld.creator, ld.publisher]).toEqual([
			{ '@type': 'Organization', name: 'Syria displacement figures dashboard', url: '/' },
			{ '@type': 'Organization', name: 'Syria displacement figures dashboard', url: '/' }
		]);
		const sudan = { ...dataset, figures: dataset.figures.map((f) => ({ ...f, country: 'Sudan', country_iso3: 'SDN' })) };
		expect(datasetJsonLd(sudan, []).creator.name).toBe('Sudan displacement figures dashboard');
		// One article's part of a collection keeps the collection's name.
		const collection = { ...dataset, figures: [...dataset.figures, ...sudan.figures.map((f) => ({ ...f, id: `${f.id}-sd` }))] };
		expect(datasetJsonLd(dataset, [], '', collection).creator.name).toBe('Syria and Sudan displacement figures dashboard');
	});
});

describe('datasetJsonLd with a figure about an area', () => {
	const world = buildDataset(worldFiles());
	const ld = datasetJsonLd(world, downloads(world));

	it('covers the area as a Place identified by its UN M49 code, after the country, each once', () => {
		expect(ld.spatialCoverage).toEqual([
			{ '@type': 'Place', name: 'Syria', identifier: { '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: 'SYR' } },
			{ '@type': 'Place', name: 'World', identifier: { '@type': 'PropertyValue', propertyID: 'UN M49', value: '001' } }
		]);
	});

	it('names the area in the title as a sentence does, capitalised where it starts it', () => {
		expect(ld.name).toBe('Syria and the world: displacement and other figures as reported by The New Arab on 11 February 2020');
		const worldOnly = { ...world, figures: world.figures.filter((f) => f.area_m49 !== null) };
		expect(datasetJsonLd(worldOnly, downloads(worldOnly)).name).toBe('The world: displacement and other figures as reported by The New Arab on 11 February 2020');
	});
});
