// A real `vite build` of the site from another data folder, into folders of its own beside the
// real build, for tests that build broken or different data.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SiteBuild {
	/** 0 when the build succeeded. */
	code: number;
	/** What the build printed, standard output then standard error. */
	output: string;
	/** Where the site was written. */
	dir: string;
	/** Removes the built site and SvelteKit's working folder. */
	remove: () => void;
}

/**
 * Builds the site from the data in `dataDir` (DATA_DIR), with `env` added and `args` passed to
 * vite (e.g. the release mode of `npm run build`); call `remove` when done with it.
 */
export async function buildSite(dataDir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<SiteBuild> {
	const out = mkdtempSync(join(tmpdir(), 'site-build-'));
	const kitDir = `.svelte-kit-${out.split('-').at(-1)}`;
	const remove = () => {
		rmSync(out, { recursive: true, force: true });
		rmSync(kitDir, { recursive: true, force: true });
	};
	try {
		const { stdout, stderr } = await run('npx', ['vite', 'build', '--logLevel', 'error', ...args], {
			env: { ...process.env, ...env, DATA_DIR: dataDir, BUILD_DIR: out, KIT_OUT_DIR: kitDir },
			maxBuffer: 16 * 1024 * 1024
		});
		return { code: 0, output: `${stdout}\n${stderr}`, dir: out, remove };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, output: `${stdout}\n${stderr}`, dir: out, remove };
	}
}
