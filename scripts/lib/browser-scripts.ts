/**
 * A Vite plugin for the few scripts a page may run. The pages are documents: no framework runs in
 * the browser, so these are bundled on their own by esbuild (Vite's own bundler for TypeScript),
 * minified, and imported by the server code as text:
 *   import page from './page?script';          // { code, file }: a classic script, for inlining
 *   import exporter from './export?module';    // { code, file }: an ES module, served as a file
 * `file` carries a hash of the code, so a served module can be cached for good.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const KINDS = { script: 'iife', module: 'esm' } as const;
type Kind = keyof typeof KINDS;
const PREFIX = '\0browser-script:';
/** Every browser that has :has(), which the pages' highlighting needs anyway. */
const TARGET = ['chrome105', 'firefox121', 'safari16'];

export interface BrowserScript {
	code: string;
	file: string;
}

/** Bundles one entry into a single minified script of the given kind; also returns its inputs. */
export async function bundleScript(entry: string, kind: Kind): Promise<BrowserScript & { inputs: string[] }> {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		minify: true,
		format: KINDS[kind],
		target: TARGET,
		platform: 'browser',
		charset: 'utf8',
		legalComments: 'none',
		write: false,
		metafile: true,
		logLevel: 'silent'
	});
	const code = result.outputFiles[0]!.text.trim();
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
	const name = basename(entry).replace(/\.ts$/u, '');
	return { code, file: `${name}.${hash}.js`, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}

export function browserScripts(): Plugin {
	return {
		name: 'browser-scripts',
		enforce: 'pre',
		async resolveId(source, importer) {
			const match = /^(.*)\?(script|module)$/u.exec(source);
			if (!match || !importer) return null;
			const resolved = await this.resolve(match[1]!, importer, { skipSelf: true });
			const path = resolved?.id ?? resolve(dirname(importer), match[1]!);
			return `${PREFIX}${match[2]}:${path}`;
		},
		async load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const [kind, ...rest] = id.slice(PREFIX.length).split(':');
			const { code, file, inputs } = await bundleScript(rest.join(':'), kind as Kind);
			for (const input of inputs) this.addWatchFile(input);
			return `export default ${JSON.stringify({ code, file })};`;
		}
	};
}
