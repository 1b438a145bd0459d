// SITE_ORIGIN, read and checked (src/lib/server/site.ts); export-json-ld.test.ts shows what it makes absolute.
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '$lib/server/site';

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
});
