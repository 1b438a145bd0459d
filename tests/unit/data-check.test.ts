// What a refused build prints (scripts/lib/data-check.ts); tests/build/broken-data.test.ts runs it in a real build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataReport } from '../../scripts/lib/data-check';

const problem = (line: number, file = 'data/figures.csv') => ({ file, line, message: `problem ${line}` });

describe('dataReport', () => {
	it('lists each problem once, then how many in which files, and that nothing was built', () => {
		expect(dataReport([problem(2), problem(4, 'data/pages.csv')])).toBe(
			'data/figures.csv:2: problem 2\ndata/pages.csv:4: problem 4\n\nThe data do not validate: 2 problems in data/figures.csv, data/pages.csv. Nothing was built.\n'
		);
	});

	it('prints the first 200 of a flood of problems, and counts the rest', () => {
		const report = dataReport(Array.from({ length: 120_000 }, (_, i) => problem(i + 2)));
		const lines = report.trimEnd().split('\n');
		expect(lines).toHaveLength(203);
		expect(lines[199]).toBe('data/figures.csv:201: problem 201');
		expect(lines[200]).toBe('… and 119,800 more');
		expect(lines.at(-1)).toBe('The data do not validate: 120,000 problems in data/figures.csv. Nothing was built.');
	});
});

describe('the data check, run as the build runs it', () => {
	/** The plugin's check of DATA_DIR=`dir`, in a process of its own: its exit status and what it printed. */
	function check(dir: string) {
		const code = `import { dataCheck } from './scripts/lib/data-check'; dataCheck().buildStart.call({}); console.log('checked');`;
		const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
			env: { ...process.env, DATA_DIR: dir, DEBUG: '' },
			encoding: 'utf8'
		});
		return { status: run.status, stdout: run.stdout, stderr: run.stderr.split(dir).join('data') };
	}

	it('passes the project data, official files included', () => {
		expect(check('data')).toEqual({ status: 0, stdout: 'checked\n', stderr: '' });
	});

	it('refuses a broken official CSV, naming file and line, and exits with status 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
		try {
			cpSync('data', dir, { recursive: true });
			const file = join(dir, 'official', 'idmc-idps-syria.csv');
			writeFileSync(file, readFileSync(file, 'utf8').replace('2019,"Syrian Arab Rep.","SYR",6495000', '2019,"Syrian Arab Rep.","SYR",6.495 million'));
			expect(check(dir)).toEqual({
				status: 1,
				stdout: '',
				stderr:
					'data/official/idmc-idps-syria.csv:10: "idps" is not a plain number: "6.495 million" (write 5500000, not 5.5 million or 5,500,000)\n\n' +
					'The data do not validate: 1 problem in data/official/idmc-idps-syria.csv. Nothing was built.\n'
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);
});

