// `npm run build` must refuse data whose numbers do not match their words, pointing at the line.
// Each case builds a broken copy of data/ into its own folders, beside the real build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';

async function buildWith(edit: (figuresCsv: string) => string): Promise<{ code: number; output: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'broken-data-'));
	cpSync('data', dir, { recursive: true });
	const figures = join(dir, 'figures.csv');
	writeFileSync(figures, edit(readFileSync(figures, 'utf8')));
	const build = await buildSite(dir);
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
		expect(value.output).toMatch(/figures\.csv:2: the row says at_least 550000 \(count\) but its quote "at least 5\.5 million people fleeing the country" says at_least 5500000 \(count\)/);

		const column = await buildWith((csv) =>
			csv
				.split('\n')
				.map((line) => line.replace(/^([^,]*,[^,]*,)/, (start) => start.split(',')[0] + ','))
				.join('\n')
		);
		expect(column.code).not.toBe(0);
		expect(column.output).toMatch(/figures\.csv:1: missing column "source"/);
	});
});
