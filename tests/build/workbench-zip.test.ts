// The workbench's download, as an editor uses it: the zip unzipped into a fresh data folder is a
// folder the build accepts unchanged (DATA_DIR), and the site it makes shows the kept figures,
// each linked to its sentence.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataZip } from '$lib/workbench/downloads';
import { ARTICLE_ID } from '../helpers/article';
import { buildSite, type SiteBuild } from '../helpers/build';
import { edited, FIGURES, SHIPPED } from '../helpers/workbench';

let dataDir: string;
let site: SiteBuild;

beforeAll(async () => {
	dataDir = mkdtempSync(join(tmpdir(), 'workbench-data-'));
	for (const [path, bytes] of Object.entries(unzipSync(dataZip(edited())))) {
		mkdirSync(dirname(join(dataDir, path)), { recursive: true });
		writeFileSync(join(dataDir, path), bytes);
	}
	site = await buildSite(dataDir);
}, 180_000);

afterAll(() => {
	site?.remove();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('a data folder unzipped from the workbench', () => {
	it('builds', () => {
		expect(site.code, site.output).toBe(0);
	});

	it('makes the article’s page with the kept figures, each linked to its sentence', () => {
		const page = readFileSync(join(site.dir, 'articles', ARTICLE_ID, 'index.html'), 'utf8');
		for (const id of ['syria-refugees', 'syria-idps', 'idlib-offensive-displaced']) {
			expect(page).toContain(`id="fig-${id}"`);
			expect(page).toContain(`>${FIGURES.find((f) => f.id === id)!.label}<`);
			expect(page).toContain(`href="#${SHIPPED.get(id)!.sentenceId}"`);
		}
		// The figures it dropped are not on it.
		expect(page).not.toContain('id="fig-nujaba-fighters"');
		const csv = readFileSync(join(site.dir, 'data', 'figures.csv'), 'utf8');
		expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
	});
});
