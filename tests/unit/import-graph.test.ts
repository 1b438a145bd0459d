/** npm run imports: the import graph between the folders of src/lib, its cycles and the import rules. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	checkImports,
	cyclesOf,
	folderGraph,
	formatCycle,
	formatViolation,
	importsOf,
	readSources,
	resolveImport,
	resolveImports,
	ruleViolations,
	type SourceFile
} from '../../scripts/lib/import-graph';

/** A made-up tree: path -> text. */
const tree = (files: Record<string, string>): SourceFile[] => Object.entries(files).map(([path, text]) => ({ path, text }));

/** The graph's edges as 'from -> to: file:line, ...', the shortest way to compare them whole. */
const edgesOf = (files: SourceFile[]) =>
	folderGraph(files).edges.map((e) => `${e.from} -> ${e.to}: ${e.sites.map((s) => `${s.file}:${s.line}`).join(', ')}`);

describe('resolveImport', () => {
	const modules = new Set([
		'src/lib/charts/bars.ts',
		'src/lib/charts/format.ts',
		'src/lib/charts/legacy.js',
		'src/lib/components/Bar.svelte',
		'src/lib/components/highlight.svelte.ts',
		'src/lib/provenance/index.ts',
		'src/lib/page-model.ts',
		'src/routes/+page.svelte'
	]);
	it.each([
		['./format', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/lib/charts/format.ts' }],
		['./format.ts', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/lib/charts/format.ts' }],
		['./format.js', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/lib/charts/format.ts' }],
		['./legacy', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/lib/charts/legacy.js' }],
		['../charts/bars', 'src/lib/components/Bar.svelte', { kind: 'module', path: 'src/lib/charts/bars.ts' }],
		['./Bar.svelte', 'src/lib/components/x.ts', { kind: 'module', path: 'src/lib/components/Bar.svelte' }],
		['./highlight.svelte', 'src/lib/components/Bar.svelte', { kind: 'module', path: 'src/lib/components/highlight.svelte.ts' }],
		['../provenance', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/lib/provenance/index.ts' }],
		['../provenance/index.ts', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/lib/provenance/index.ts' }],
		['./page-model', 'src/lib/x.ts', { kind: 'module', path: 'src/lib/page-model.ts' }],
		['$lib/charts/bars', 'src/routes/+page.svelte', { kind: 'module', path: 'src/lib/charts/bars.ts' }],
		['$lib/provenance', 'src/routes/+page.svelte', { kind: 'module', path: 'src/lib/provenance/index.ts' }],
		['$lib/page-model', 'src/hooks.server.ts', { kind: 'module', path: 'src/lib/page-model.ts' }],
		['../../routes/+page.svelte', 'src/lib/charts/bars.ts', { kind: 'module', path: 'src/routes/+page.svelte' }],
		// A Vite query says how the module is imported (bundled for the browser): it is still a dependency.
		['../charts/bars?script', 'src/lib/server/x.ts', { kind: 'module', path: 'src/lib/charts/bars.ts' }],
		['$lib/charts/bars?module', 'src/routes/+page.svelte', { kind: 'module', path: 'src/lib/charts/bars.ts' }],
		// Not ours: packages, SvelteKit's modules and generated types, assets, outside src/.
		['d3-scale', 'src/lib/charts/bars.ts', { kind: 'other' }],
		['svelte', 'src/lib/components/Bar.svelte', { kind: 'other' }],
		['$app/environment', 'src/lib/page-model.ts', { kind: 'other' }],
		['node:fs', 'src/lib/page-model.ts', { kind: 'other' }],
		['./$types', 'src/routes/+page.svelte', { kind: 'other' }],
		['../app.css', 'src/routes/+layout.svelte', { kind: 'other' }],
		['./data.csv?raw', 'src/lib/charts/bars.ts', { kind: 'other' }],
		['../../../scripts/lib/generate-article', 'src/lib/charts/bars.ts', { kind: 'other' }],
		// Ours, but no module: the graph would miss an edge.
		['./measures', 'src/lib/charts/bars.ts', { kind: 'unresolved' }],
		['$lib/charts/units', 'src/routes/+page.svelte', { kind: 'unresolved' }],
		['./Missing.svelte', 'src/lib/components/Bar.svelte', { kind: 'unresolved' }],
		['./measures?script', 'src/lib/charts/bars.ts', { kind: 'unresolved' }]
	])('%s from %s', (specifier, from, expected) => {
		expect(resolveImport(specifier, from, modules)).toEqual(expected);
	});
});

describe('importsOf', () => {
	it.each([
		{
			name: 'a TypeScript module: imports, type-only imports, re-exports, import() and typeof import()',
			file: {
				path: 'src/lib/a/x.ts',
				text: [
					"import { a } from './a';", // 1
					"import type { B } from '../b/b';", // 2
					'import {', // 3
					'\tc,', // 4
					'\ttype C', // 5
					"} from '../c';", // 6
					"export { d } from './d';", // 7
					"export type { E } from '$lib/e';", // 8
					"const f = () => import('./f');", // 9
					"let g: typeof import('./g').G;", // 10
					"// import { h } from './h';", // 11: a comment, not an import
					"const s = \"import { i } from './i'\";" // 12: a string, not an import
				].join('\n')
			},
			expected: [
				[1, './a'],
				[2, '../b/b'],
				[6, '../c'],
				[7, './d'],
				[8, '$lib/e'],
				[9, './f'],
				[10, './g']
			]
		},
		{
			name: 'a component: its module and instance scripts, not its markup, at their lines in the file',
			file: {
				path: 'src/lib/components/Bar.svelte',
				text: [
					'<!-- import { x } from "./comment" -->', // 1
					'<script module lang="ts">', // 2
					"\timport type { Model } from '../charts/bars';", // 3
					'</script>', // 4
					'', // 5
					'<script lang="ts">', // 6
					"\timport Frame from './Frame.svelte';", // 7
					"\timport { useHighlight } from './highlight.svelte';", // 8
					'\tlet { model }: { model: Model } = $props();', // 9
					'</script>', // 10
					'', // 11
					"<p>import {'{'} y {'}'} from './markup'</p>", // 12
					'<Frame />' // 13
				].join('\n')
			},
			expected: [
				[3, '../charts/bars'],
				[7, './Frame.svelte'],
				[8, './highlight.svelte']
			]
		},
		{
			name: "a component with Svelte 4's <script context=\"module\">",
			file: {
				path: 'src/lib/components/Old.svelte',
				text: "<script context=\"module\">\n\timport { a } from './a';\n</script>\n<script>\n\timport B from './B.svelte';\n</script>\n<B />"
			},
			expected: [
				[2, './a'],
				[5, './B.svelte']
			]
		},
		{
			name: 'a component without a script',
			file: { path: 'src/lib/components/Plain.svelte', text: '<p>import a from "./a"</p>' },
			expected: []
		}
	])('$name', ({ file, expected }) => {
		expect(importsOf(file).map((site) => [site.line, site.specifier])).toEqual(expected);
	});

	it('names the file and line of a component Svelte cannot parse, as when someone is mid-edit', () => {
		const file = { path: 'src/lib/components/Half.svelte', text: "<script>\n\timport a from './a';\n</script>\n<p>{#if a}</p>" };
		expect(() => importsOf(file)).toThrow(
			'src/lib/components/Half.svelte:4: Svelte cannot parse it: `</p>` attempted to close an element that was not open'
		);
	});
});

describe('folderGraph', () => {
	it('groups files into folders of src/lib, files directly in src/lib, and app for the rest of src/', () => {
		const files = tree({
			'src/hooks.server.ts': "import { json } from '$lib/server/json';",
			'src/routes/+page.svelte': "<script lang=\"ts\">\n\timport Bar from '$lib/components/Bar.svelte';\n\timport type { PageProps } from './$types';\n</script>",
			'src/routes/+page.server.ts': "import { pageModel } from '$lib/page-model';\nimport { json } from '$lib/server/json';",
			'src/lib/server/json.ts': "import { figures } from '../figures/figures';\nimport { readFileSync } from 'node:fs';",
			'src/lib/components/Bar.svelte': "<script lang=\"ts\">\n\timport type { BarModel } from '../charts/bars';\n\timport Frame from './Frame.svelte';\n</script>",
			'src/lib/components/Frame.svelte': '<svg></svg>',
			'src/lib/page-model.ts': "import { bars } from './charts/bars';\nimport type { Figure } from './figures';",
			'src/lib/charts/bars.ts': "import type { Figure } from '../figures';\nimport { scaleLinear } from 'd3-scale';",
			'src/lib/figures/index.ts': "export * from './figures';",
			'src/lib/figures/figures.ts': 'export const figures = [];'
		});
		expect(edgesOf(files)).toEqual([
			'app -> components: src/routes/+page.svelte:2',
			'app -> page-model.ts: src/routes/+page.server.ts:1',
			'app -> server: src/hooks.server.ts:1, src/routes/+page.server.ts:2',
			'charts -> figures: src/lib/charts/bars.ts:1',
			'components -> charts: src/lib/components/Bar.svelte:2',
			'page-model.ts -> charts: src/lib/page-model.ts:1',
			'page-model.ts -> figures: src/lib/page-model.ts:2',
			'server -> figures: src/lib/server/json.ts:1'
		]);
		expect(folderGraph(files).nodes).toEqual(['app', 'charts', 'components', 'figures', 'page-model.ts', 'server']);
	});
});

describe('cyclesOf', () => {
	it.each<{ name: string; files: Record<string, string>; expected: string[] }>([
		{
			name: 'an acyclic graph has none, however many paths lead to one folder',
			files: {
				'src/lib/a/a.ts': "import { b } from '../b/b';\nimport { c } from '../c/c';",
				'src/lib/b/b.ts': "import { c } from '../c/c';",
				'src/lib/c/c.ts': "import { a2 } from './c2';",
				'src/lib/c/c2.ts': 'export const a2 = 1;'
			},
			expected: []
		},
		{
			name: 'two folders importing each other, one through a type-only import',
			files: {
				'src/lib/charts/share-image.ts': "import { x } from './bars';\nimport type { FigureView } from '../page-model';",
				'src/lib/charts/bars.ts': 'export const x = 1;',
				'src/lib/page-model.ts': "import { x } from './charts/bars';"
			},
			expected: [
				[
					'cycle between charts, page-model.ts: charts -> page-model.ts -> charts',
					'  charts -> page-model.ts:',
					"    src/lib/charts/share-image.ts:2: import '../page-model'",
					'  page-model.ts -> charts:',
					"    src/lib/page-model.ts:1: import './charts/bars'"
				].join('\n')
			]
		},
		{
			name: 'three folders in a ring, one link through a component, beside a folder outside it',
			files: {
				'src/lib/a/one.ts': "import { two } from '../b/two';\nimport { d } from '../d/d';",
				'src/lib/b/two.ts': "\n\nimport { three } from '../c/three';",
				'src/lib/c/three.ts': 'export const three = 3;',
				'src/lib/c/View.svelte': "<script lang=\"ts\">\n\timport { one } from '../a/one';\n</script>",
				'src/lib/d/d.ts': "import { scaleLinear } from 'd3-scale';"
			},
			expected: [
				[
					'cycle between a, b, c: a -> b -> c -> a',
					'  a -> b:',
					"    src/lib/a/one.ts:1: import '../b/two'",
					'  b -> c:',
					"    src/lib/b/two.ts:3: import '../c/three'",
					'  c -> a:',
					"    src/lib/c/View.svelte:2: import '../a/one'"
				].join('\n')
			]
		},
		{
			name: 'a folder of src/lib importing the app, which imports it',
			files: {
				'src/routes/+page.ts': "import { model } from '$lib/model/model';",
				'src/routes/shared.ts': 'export const shared = 1;',
				'src/lib/model/model.ts': "import { shared } from '../../routes/shared';"
			},
			expected: [
				[
					'cycle between app, model: app -> model -> app',
					'  app -> model:',
					"    src/routes/+page.ts:1: import '$lib/model/model'",
					'  model -> app:',
					"    src/lib/model/model.ts:1: import '../../routes/shared'"
				].join('\n')
			]
		}
	])('$name', ({ files, expected }) => {
		expect(cyclesOf(folderGraph(tree(files))).map(formatCycle)).toEqual(expected);
	});

	it('reports two separate cycles apart', () => {
		const files = tree({
			'src/lib/a/a.ts': "import '../b/b';",
			'src/lib/b/b.ts': "import '../a/a';\nimport '../c/c';",
			'src/lib/c/c.ts': "import '../d/d';",
			'src/lib/d/d.ts': "import '../c/c';"
		});
		expect(cyclesOf(folderGraph(files)).map((cycle) => cycle.nodes)).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});
});

describe('ruleViolations', () => {
	it('flags $lib inside src/lib with the relative path to write, imports of the app, and imports of nothing', () => {
		const files = tree({
			'src/hooks.server.ts': "import { x } from '$lib/charts/bars';",
			'src/routes/+page.svelte': "<script>\n\timport Bar from '$lib/components/Bar.svelte';\n</script>",
			'src/routes/util.ts': 'export const util = 1;',
			'src/lib/charts/bars.ts': "import { f } from './format';\nimport { s } from '$lib/figures/schema';\nimport { y } from '$lib/charts/format';",
			'src/lib/charts/format.ts': "import { util } from '../../routes/util';\nimport { m } from './measures';",
			'src/lib/figures/schema.ts': 'export const s = 1;',
			'src/lib/components/Bar.svelte': "<script lang=\"ts\">\n\timport type { F } from '$lib/page-model';\n</script>",
			'src/lib/page-model.ts': "import { s } from '$lib/figures/schema';"
		});
		expect(ruleViolations(resolveImports(files)).map(formatViolation)).toEqual([
			"src/lib/charts/bars.ts:2: '$lib/figures/schema' inside src/lib: import it as '../figures/schema'",
			"src/lib/charts/bars.ts:3: '$lib/charts/format' inside src/lib: import it as './format'",
			"src/lib/charts/format.ts:1: '../../routes/util' is src/routes/util.ts: nothing in src/lib may import the app",
			"src/lib/charts/format.ts:2: './measures' points at no module of src/ (tried .ts, .js, .svelte and /index)",
			"src/lib/components/Bar.svelte:2: '$lib/page-model' inside src/lib: import it as '../page-model'",
			"src/lib/page-model.ts:1: '$lib/figures/schema' inside src/lib: import it as './figures/schema'"
		]);
	});
});

describe('checkImports', () => {
	it('prints the edges and says so when there is no cycle and no violation', () => {
		const report = checkImports(
			tree({
				'src/routes/+page.ts': "import { bars } from '$lib/charts/bars';\nimport { s } from '$lib/figures/schema';",
				'src/lib/charts/bars.ts': "import { s } from '../figures/schema';",
				'src/lib/figures/schema.ts': 'export const s = 1;'
			})
		);
		expect(report.ok).toBe(true);
		expect(report.text).toBe(
			[
				'app -> charts (1 import)',
				'app -> figures (1 import)',
				'charts -> figures (1 import)',
				'',
				'no cycle between folders',
				'no import against the rules'
			].join('\n')
		);
	});
});

describe('the real src/', () => {
	it('has no cycle between folders and no import against the rules', () => {
		const report = checkImports(readSources(fileURLToPath(new URL('../..', import.meta.url))));
		// One string per problem, so that a failure lists each cycle and each file:line.
		expect([...report.cycles.map(formatCycle), ...report.violations.map(formatViolation)]).toEqual([]);
	});
});

