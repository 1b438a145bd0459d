// The size budget is part of the test suite, measured the same way `npm run size` reports it.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('first-visit size', () => {
	it('stays within 15 KB gzip for the front page, an article page and a chart’s embed page, the page and its icon only, and 80 KB for the workbench', async () => {
		const { stdout } = await promisify(execFile)('node', ['scripts/size.js']);
		const [documents, workbench] = stdout.split(/^(?=\/workbench\/: )/mu);
		expect(documents!.match(/^\/\S*: \d+ files$/gm)).toEqual([
			'/: 2 files',
			'/articles/newarab-2020-02-11/: 2 files',
			'/embed/newarab-2020-02-11-bars/: 2 files'
		]);
		expect(documents!.match(/^ +\d+\.\d KB {2}(\S+) +(\S+)$/gm)?.map((line) => line.trim().split(/\s+/u).slice(2))).toEqual([
			['HTML', '/'],
			['other', '/favicon.svg'],
			['HTML', '/articles/newarab-2020-02-11/'],
			['other', '/favicon.svg'],
			['HTML', '/embed/newarab-2020-02-11-bars/'],
			['other', '/favicon.svg']
		]);
		expect(documents!.match(/^\s+\d+\.\d KB {2}total \(gzip\), within the budget of 15 KB, (within|above) the target of 12 KB$/gm)).toHaveLength(3);
		// The workbench, the one page that runs the application, within a budget of its own.
		expect(workbench).toMatch(/^\s+\d+\.\d KB {2}total \(gzip\), within the budget of 80 KB$/mu);
	});

	it('loads no part of the extractor on the workbench’s first visit: only its worker reads numbers', () => {
		// The number vocabulary (lakh, crore, …) is the extractor's; a first visit that carries it has
		// pulled the extractor in through an index (it did, through the file reader: 9.5 KB).
		const scripts = [...new Set(readFileSync('build/workbench/index.html', 'utf8').match(/\/_app\/immutable\/[^"']+\.js/gu) ?? [])];
		const firstVisit = new Set<string>();
		const visit = (path: string) => {
			if (firstVisit.has(path)) return;
			firstVisit.add(path);
			// Static imports only: import() and the worker load later, when a text is brought in.
			for (const [, from] of readFileSync(`build${path}`, 'utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/gu)) {
				visit(new URL(from!, `http://site${path}`).pathname);
			}
		};
		scripts.forEach(visit);
		expect(firstVisit.size).toBeGreaterThan(3);
		const withVocabulary = [...firstVisit].filter((path) => readFileSync(`build${path}`, 'utf8').includes('lakh'));
		expect(withVocabulary).toEqual([]);
		// The extractor is built, for the worker.
		const all = readdirSync('build/_app/immutable', { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
		expect(all.some((file) => readFileSync(`build/_app/immutable/${file}`, 'utf8').includes('lakh'))).toBe(true);
	});
});
