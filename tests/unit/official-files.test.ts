// data/official holds the shared UNHCR and IDMC files byte for byte (../shared/official), as
// data/articles holds the article: a count is only UNHCR's count if it is UNHCR's file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** SHA-256 of each file as delivered in ../shared/official/. */
const SHARED_SHA256 = {
	'unhcr-population-syria.csv': '94ca70d5c69ce6166fc8fa096afa51271324fd29d4f3e9eafffc4d008aca3e7a',
	'idmc-idps-syria.csv': '66b4bca1e9e2cdef8ef47bc9644e2578d0f4c2f1570b8b619c091f372742fa6e',
	// Where the files come from (package, release, commit, licence), kept beside them.
	'README.md': '09e129a2564fb6f51d18e7fcfb77ab0811ea6885ccf8c0860c3c6883ccf1f2fd'
} as const;

describe('the official files', () => {
	it.each(Object.entries(SHARED_SHA256))('data/official/%s is the shared file byte for byte (its hash; and the shared file when present)', (name, sha256) => {
		const copy = readFileSync(`data/official/${name}`);
		expect(createHash('sha256').update(copy).digest('hex')).toBe(sha256);
		const shared = `../shared/official/${name}`;
		if (existsSync(shared)) expect(copy.equals(readFileSync(shared))).toBe(true);
	});

	it('lists both datasets in datasets.csv, with the facts of the shared README', () => {
		expect(readFileSync('data/official/datasets.csv', 'utf8')).toBe(
			[
				'id,title,publisher,release,licence,url,attribution',
				'unhcr-population-syria,UNHCR Refugee Population Statistics Database,UNHCR,2025.12.1,CC BY 4.0,https://www.unhcr.org/refugee-statistics/,UNHCR Refugee Population Statistics Database',
				'idmc-idps-syria,"IDMC estimates of people internally displaced by conflict and violence, as shared in the UNHCR Refugee Population Statistics Database",IDMC,2025.12.1,CC BY 4.0,https://www.unhcr.org/refugee-statistics/,"© IDMC, shared by UNHCR in the UNHCR Refugee Population Statistics Database"',
				''
			].join('\n')
		);
		const readme = '../shared/official/README.md';
		if (existsSync(readme)) {
			const text = readFileSync(readme, 'utf8').replace(/\s+/g, ' ');
			for (const fact of ['version 2025.12.1', 'licence CC BY 4.0', 'attribute "UNHCR Refugee Population Statistics Database"', 'https://www.unhcr.org/refugee-statistics/', '© IDMC, shared by UNHCR under the same package']) {
				expect(text, fact).toContain(fact);
			}
		}
	});
});
