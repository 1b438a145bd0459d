// `npm run build` must refuse data whose numbers do not match their words, pointing at the line.
// Each case builds a broken copy of data/ into its own folders, beside the real build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';

/** Builds a copy of data/ whose `file` (figures.csv unless named) is changed by `edit`. */
async function buildWith(edit: (text: string) => string, file = 'figures.csv', env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'broken-data-'));
	cpSync('data', dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	const build = await buildSite(dir, env);
	build.remove();
	rmSync(dir, { recursive: true, force: true });
	return build;
}

describe('npm run build with broken data', { timeout: 120_000 }, () => {
	it('fails on a changed quote, a changed value and a removed column, naming file and line', async () => {
		const quote = await buildWith((csv) => csv.replace('"around 700,000 Syrians', '"around 70,000 Syrians'));
		expect(quote.code).not.toBe(0);
		expect(quote.output).toMatch(/broken-data-\w+\/figures\.csv:4: quote "around 70,000 Syrians flee a regime offensive in nearby Idlib" is not in \S+\/articles\/newarab-2020-02-11\.txt/);

		const value = await buildWith((csv) => csv.replace(',5500000,at_least,', ',550000,at_least,'));
		expect(value.code).not.toBe(0);
		expect(value.output).toMatch(/figures\.csv:2: "value" does not match the quote: the row says at_least 550000 \(count\) but "at least 5\.5 million people fleeing the country" says at_least 5500000 \(count\)/);

		const column = await buildWith((csv) =>
			csv
				.split('\n')
				.map((line) => line.replace(/^([^,]*,[^,]*,)/, (start) => start.split(',')[0] + ','))
				.join('\n')
		);
		expect(column.code).not.toBe(0);
		expect(column.output).toMatch(/figures\.csv:1: missing column "source"/);
	});

	it('fails on a page’s words for an article that is not in sources.csv, naming pages.csv and its line', async () => {
		const pages = await buildWith((csv) => csv.replace('newarab-2020-02-11,', 'newarab-2020-02-12,'), 'pages.csv');
		expect(pages.code).not.toBe(0);
		expect(pages.output).toMatch(/broken-data-\w+\/pages\.csv:2: unknown source "newarab-2020-02-12" \(not an id in \S+\/sources\.csv\)/);
	});

	it('fails on an official count that is not a count, naming the official file and its line', async () => {
		const official = await buildWith((csv) => csv.replace('"Armenia","ARM",6,0,0', '"Armenia","ARM",-6,0,0'), 'official/unhcr-population-syria.csv');
		expect(official.code).toBe(1);
		expect(official.output).toMatch(/broken-data-\w+\/official\/unhcr-population-syria\.csv:3: "refugees" /);
		expect(official.output).toMatch(/^The data do not validate: 1 problem in \S+\/official\/unhcr-population-syria\.csv\. Nothing was built\.$/m);
	});

	it('says each problem once, then what happened, with no stack trace unless DEBUG asks for one', async () => {
		const edit = (csv: string) => csv.replace(',5500000,at_least,', ',550000,at_least,').replace('"around 700,000 Syrians', '"around 70,000 Syrians');
		const plain = await buildWith(edit);
		expect(plain.code).toBe(1);
		expect(plain.output.match(/figures\.csv:2: "value" does not match the quote: the row says/g)).toHaveLength(1);
		expect(plain.output.match(/figures\.csv:4: quote "around 70,000/g)).toHaveLength(1);
		expect(plain.output).toMatch(/^The data do not validate: 2 problems in \S+\/figures\.csv\. Nothing was built\.$/m);
		expect(plain.output).not.toMatch(/^\s+at /m);
		expect(plain.output).not.toContain('node:internal');
		const debug = await buildWith(edit, 'figures.csv', { DEBUG: '1' });
		expect(debug.code).not.toBe(0);
		expect(debug.output).toMatch(/^\s+at (buildDataset|loadDataset) /m);
	});
});

