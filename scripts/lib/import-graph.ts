/**
 * The import graph between the folders of src/lib, for `npm run imports`.
 *
 * The project's rule: folders under src/lib point one way. No folder imports a folder that
 * imports it back, directly or through others, so each can be read, tested and moved on its own.
 * Everything outside src/lib (routes, hooks) is the node `app`: it may import anything in
 * src/lib, and nothing in src/lib may import it. Inside src/lib, project modules are imported by
 * relative paths, never `$lib/...`: the pure modules also run under tsx and in a Web Worker,
 * where SvelteKit's alias does not exist.
 *
 * Everything here except readSources is pure: files come in as { path, text } with paths
 * relative to the project root ('src/lib/charts/bars.ts'), so tests can give made-up trees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse, type AST } from 'svelte/compiler';
import ts from 'typescript';

export interface SourceFile {
	/** Relative to the project root, with forward slashes: 'src/lib/charts/bars.ts'. */
	path: string;
	text: string;
}

/** One import specifier as written, and the line it is on (1-based). */
export interface ImportSite {
	file: string;
	line: number;
	specifier: string;
}

/** Where a specifier points: a module of the tree, something that is not ours, or nowhere. */
export type Resolution = { kind: 'module'; path: string } | { kind: 'other' } | { kind: 'unresolved' };

export interface ResolvedImport extends ImportSite {
	resolution: Resolution;
}

/** from -> to, with every import that makes it. */
export interface Edge {
	from: string;
	to: string;
	sites: ImportSite[];
}

export interface FolderGraph {
	nodes: string[];
	/** Sorted by from, then to. Imports inside one node are not edges. */
	edges: Edge[];
}

/** A strongly connected component of more than one node: each of its folders reaches the others. */
export interface Cycle {
	nodes: string[];
	/** One cycle through the component, to read first: ['charts', 'page-model.ts', 'charts']. */
	path: string[];
	/** Every edge between two of its nodes. */
	edges: Edge[];
}

export interface Violation {
	file: string;
	line: number;
	message: string;
}

const LIB = 'src/lib/';
/** Extensions tried after an extensionless specifier, in the order TypeScript's bundler resolution tries them. */
const MODULE_EXTENSIONS = ['.ts', '.js', '.svelte'];
const INDEX_FILES = ['/index.ts', '/index.js'];
/** Plain code-unit order, the same on every machine (localeCompare is not). */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Is this file part of the graph? TypeScript, JavaScript and components; declarations only describe. */
export function isModule(path: string): boolean {
	return /\.(ts|js|svelte)$/.test(path) && !path.endsWith('.d.ts');
}

/** 1-based line of an offset (a file has few imports: counting is fast enough). */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * The import specifiers of one file, with their lines: import and export ... from, import(),
 * `import type` (a type is still a dependency between modules) and `typeof import('...')`.
 * For a component, those of its two <script> blocks (instance and module), found by Svelte's own
 * parser, so that a string that looks like an import in the markup is not taken for one.
 */
export function importsOf(file: SourceFile): ImportSite[] {
	const scripts: { start: number; end: number }[] = [];
	if (file.path.endsWith('.svelte')) {
		let root: AST.Root;
		try {
			root = parse(file.text, { modern: true, filename: file.path });
		} catch (error) {
			// Svelte's errors name neither the file nor the line in their message.
			const { message, start } = error as { message: string; start?: { line: number } };
			throw new Error(`${file.path}:${start?.line ?? 1}: Svelte cannot parse it: ${message.split('\n')[0]}`);
		}
		for (const script of [root.module, root.instance]) {
			// The modern AST's Program carries offsets into the whole component.
			if (script) scripts.push(script.content as unknown as { start: number; end: number });
		}
	} else {
		scripts.push({ start: 0, end: file.text.length });
	}
	return scripts
		.flatMap(({ start, end }) =>
			ts.preProcessFile(file.text.slice(start, end), true, true).importedFiles.map((ref) => ({
				file: file.path,
				line: lineAt(file.text, start + ref.pos),
				specifier: ref.fileName
			}))
		)
		.sort((a, b) => a.line - b.line);
}

/**
 * Where `specifier`, written in `from`, points among `modules` (the paths of every module of the
 * tree). Relative paths and $lib are ours; bare names ('svelte', 'd3-scale', '$app/...',
 * 'node:fs') and SvelteKit's generated './$types' are not. A path of ours that names no module
 * is 'other' when it has an extension that no module has ('../app.css', './data.json?raw') or
 * leaves src/ and 'unresolved' otherwise: a missing module would make the graph lie by omission.
 */
export function resolveImport(specifier: string, from: string, modules: ReadonlySet<string>): Resolution {
	// A Vite query ('./page?script') says how a module is imported; the module is still the file.
	const file = specifier.split('?')[0]!;
	let target: string;
	if (file === '$lib' || file.startsWith('$lib/')) target = 'src/lib' + file.slice('$lib'.length);
	else if (file.startsWith('./') || file.startsWith('../')) target = posix.join(posix.dirname(from), file);
	else return { kind: 'other' };
	if (posix.basename(target) === '$types' || !target.startsWith('src/')) return { kind: 'other' };

	const candidates = [
		target,
		...MODULE_EXTENSIONS.map((ext) => target + ext),
		// ESM-style TypeScript writes './x.js' for ./x.ts.
		...(target.endsWith('.js') ? [target.slice(0, -'.js'.length) + '.ts'] : []),
		...INDEX_FILES.map((index) => target + index)
	];
	const path = candidates.find((candidate) => modules.has(candidate));
	if (path) return { kind: 'module', path };
	const extension = posix.extname(target);
	return extension && !MODULE_EXTENSIONS.includes(extension) ? { kind: 'other' } : { kind: 'unresolved' };
}

/** Every import of every file, each with where it points. */
export function resolveImports(files: readonly SourceFile[]): ResolvedImport[] {
	const modules = new Set(files.map((file) => file.path));
	return files.flatMap((file) =>
		importsOf(file).map((site) => ({ ...site, resolution: resolveImport(site.specifier, file.path, modules) }))
	);
}

/**
 * The node a file belongs to: 'charts' for src/lib/charts/**, the file name for a file directly
 * in src/lib ('page-model.ts'; the extension keeps it apart from a folder of the same name), and
 * 'app' for the rest of src/ (routes, hooks).
 */
export function nodeOf(path: string): string {
	if (!path.startsWith(LIB)) return 'app';
	return path.slice(LIB.length).split('/')[0]!;
}

/**
 * The graph between nodes. Every file is a node's member even when it imports nothing; pass
 * `imports` when they are already resolved, to parse each file once.
 */
export function folderGraph(files: readonly SourceFile[], imports = resolveImports(files)): FolderGraph {
	const nodes = new Set(files.map((file) => nodeOf(file.path)));
	const edges = new Map<string, Edge>();
	for (const { resolution, ...site } of imports) {
		if (resolution.kind !== 'module') continue;
		const from = nodeOf(site.file);
		const to = nodeOf(resolution.path);
		if (from === to) continue;
		const key = `${from} -> ${to}`;
		if (!edges.has(key)) edges.set(key, { from, to, sites: [] });
		edges.get(key)!.sites.push(site);
	}
	return {
		nodes: [...nodes].sort(byName),
		edges: [...edges.values()].sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to))
	};
}

/** The strongly connected components of more than one node (Tarjan), each with a cycle through it. */
export function cyclesOf(graph: FolderGraph): Cycle[] {
	const next = new Map<string, string[]>(graph.nodes.map((node) => [node, []]));
	for (const { from, to } of graph.edges) {
		if (!next.has(from)) next.set(from, []);
		if (!next.has(to)) next.set(to, []);
		next.get(from)!.push(to);
	}

	// Tarjan: index = order of discovery; low = smallest index reachable through the DFS subtree
	// and one back edge. A node whose low is its own index roots a component. Recursion is fine:
	// the depth is at most the number of folders.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const visit = (node: string) => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		onStack.add(node);
		for (const to of next.get(node)!) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node)!, low.get(to)!));
			} else if (onStack.has(to)) {
				low.set(node, Math.min(low.get(node)!, index.get(to)!));
			}
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			components.push(component);
		}
	};
	for (const node of next.keys()) if (!index.has(node)) visit(node);

	return components
		.filter((component) => component.length > 1)
		.map((component) => {
			const nodes = [...component].sort(byName);
			const inside = new Set(nodes);
			return {
				nodes,
				path: shortestCycle(nodes[0]!, (node) => next.get(node)!.filter((to) => inside.has(to))),
				edges: graph.edges.filter((edge) => inside.has(edge.from) && inside.has(edge.to))
			};
		})
		.sort((a, b) => byName(a.nodes[0]!, b.nodes[0]!));
}

/** A shortest way from `start` back to itself (breadth first); there is one inside a component. */
function shortestCycle(start: string, next: (node: string) => string[]): string[] {
	const cameFrom = new Map<string, string>();
	const queue = [start];
	for (let i = 0; i < queue.length; i++) {
		for (const to of next(queue[i]!).sort()) {
			if (to === start) {
				const path: string[] = [];
				for (let node = queue[i]!; node !== start; node = cameFrom.get(node)!) path.unshift(node);
				return [start, ...path, start];
			}
			if (!cameFrom.has(to)) {
				cameFrom.set(to, queue[i]!);
				queue.push(to);
			}
		}
	}
	return [start];
}

/**
 * Imports that break the project's rules, in file and line order: $lib inside src/lib (with the
 * relative path to write instead), anything in src/lib importing the app, and project imports
 * that point at no module.
 */
export function ruleViolations(imports: readonly ResolvedImport[]): Violation[] {
	const violations: Violation[] = [];
	for (const { file, line, specifier, resolution } of imports) {
		const inLib = file.startsWith(LIB);
		if (inLib && (specifier === '$lib' || specifier.startsWith('$lib/'))) {
			let relative = posix.relative(posix.dirname(file), 'src/lib' + specifier.slice('$lib'.length));
			if (!relative.startsWith('.')) relative = './' + relative;
			violations.push({ file, line, message: `'${specifier}' inside src/lib: import it as '${relative}'` });
		}
		if (inLib && resolution.kind === 'module' && nodeOf(resolution.path) === 'app') {
			violations.push({ file, line, message: `'${specifier}' is ${resolution.path}: nothing in src/lib may import the app` });
		}
		if (resolution.kind === 'unresolved') {
			violations.push({ file, line, message: `'${specifier}' points at no module of src/ (tried .ts, .js, .svelte and /index)` });
		}
	}
	return violations.sort((a, b) => byName(a.file, b.file) || a.line - b.line);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The edge list, one line each: 'charts -> figures (3 imports)'. */
export function formatGraph(graph: FolderGraph): string[] {
	return graph.edges.map((edge) => `${edge.from} -> ${edge.to} (${plural(edge.sites.length, 'import')})`);
}

/** Each cycle: its folders, one way round, and the file:line of every import between them. */
export function formatCycle(cycle: Cycle): string {
	const lines = [`cycle between ${cycle.nodes.join(', ')}: ${cycle.path.join(' -> ')}`];
	for (const edge of cycle.edges) {
		lines.push(`  ${edge.from} -> ${edge.to}:`);
		for (const site of edge.sites) lines.push(`    ${site.file}:${site.line}: import '${site.specifier}'`);
	}
	return lines.join('\n');
}

export function formatViolation(violation: Violation): string {
	return `${violation.file}:${violation.line}: ${violation.message}`;
}

export interface Report {
	graph: FolderGraph;
	cycles: Cycle[];
	violations: Violation[];
	/** What `npm run imports` prints. */
	text: string;
	ok: boolean;
}

/** The whole check over a set of files. */
export function checkImports(files: readonly SourceFile[]): Report {
	const imports = resolveImports(files);
	const graph = folderGraph(files, imports);
	const cycles = cyclesOf(graph);
	const violations = ruleViolations(imports);
	const text = [
		...formatGraph(graph),
		'',
		...(cycles.length === 0 ? ['no cycle between folders'] : cycles.map(formatCycle)),
		...(violations.length === 0
			? ['no import against the rules']
			: ['', `${plural(violations.length, 'import')} against the rules:`, ...violations.map(formatViolation)])
	].join('\n');
	return { graph, cycles, violations, text, ok: cycles.length === 0 && violations.length === 0 };
}

/** Every module under `root`/src, paths relative to `root`, sorted. Skips .svelte-kit and node_modules. */
export function readSources(root: string): SourceFile[] {
	const files: SourceFile[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (entry.name !== '.svelte-kit' && entry.name !== 'node_modules') walk(path);
			} else if (entry.isFile() && isModule(path)) {
				files.push({ path, text: readFileSync(posix.join(root, path), 'utf8') });
			}
		}
	};
	walk('src');
	return files.sort((a, b) => byName(a.path, b.path));
}
