// Serves the built static site (build/, or another folder) on 127.0.0.1 and prints its URL.
// PORT chooses the port (default 4173; 0 picks a free one), BUILD_DIR the folder. Used by `npm
// start` and the browser tests. Files are sent compressed (brotli or gzip) when the browser
// accepts it, with the headers the build's _headers file gives their paths (static/_headers).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const build = process.env.BUILD_DIR ? resolve(process.env.BUILD_DIR) : fileURLToPath(new URL('../build', import.meta.url));

/**
 * The rules of a _headers file, as Netlify and Cloudflare Pages read it: a path on a line of its
 * own (`*` matching any rest of a path), then its headers, indented, as `Name: value`; `#` starts a
 * comment. Each rule is a test of a request's path and the headers it adds.
 * @param {string} text
 */
export function headerRules(text) {
	/** @type {{ matches: (path: string) => boolean, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/u)) {
		const content = line.trim();
		if (content === '' || content.startsWith('#')) continue;
		const rule = rules.at(-1);
		if (!/^\s/u.test(line)) {
			const pattern = new RegExp(`^${content.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*')}$`, 'u');
			rules.push({ matches: (path) => pattern.test(path), headers: [] });
		} else {
			const colon = content.indexOf(':');
			if (colon < 1 || !rule) throw new Error(`_headers: "${content}" is not a header of a path`);
			rule.headers.push([content.slice(0, colon).trim(), content.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

/** The types the endpoints declare, charset included; sirv alone would drop the charset. */
const TYPES = {
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.json': 'application/json; charset=utf-8'
};

/** Starts the server on the site in `root` (a test's own build, say); resolves to its URL once it listens. */
export function serve(port = Number(process.env.PORT ?? 4173), host = '127.0.0.1', root = build) {
	if (!existsSync(root)) throw new Error(`${root} does not exist: run \`npm start\` or \`npm run build:local\` first`);
	const rules = existsSync(`${root}/_headers`) ? headerRules(readFileSync(`${root}/_headers`, 'utf8')) : [];
	const files = sirv(root, {
		etag: true,
		dev: false,
		// The build writes every file also as .br and .gz (adapter-static's precompress): send the
		// one the browser accepts, with Content-Encoding and Vary: Accept-Encoding.
		brotli: true,
		gzip: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			const type = Object.entries(TYPES).find(([ending]) => pathname.endsWith(ending));
			if (type) res.setHeader('Content-Type', type[1]);
			for (const rule of rules) if (rule.matches(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
	});
	/** @param {import('node:http').ServerResponse} res */
	const notFound = (res) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	// The _headers file is the host's, not a page: hosts that read it do not serve it.
	// Compared decoded, as sirv finds files: /%5Fheaders is the same file.
	const isHeadersFile = (/** @type {string} */ url) => {
		try {
			return decodeURIComponent(new URL(url, 'http://host').pathname) === '/_headers';
		} catch {
			return false;
		}
	};
	const server = createServer((req, res) => (isHeadersFile(req.url ?? '/') ? notFound(res) : files(req, res, () => notFound(res))));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
			resolve({ url, close: () => new Promise((done) => server.close(() => done(undefined))) });
		});
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	serve()
		.then(({ url }) => console.log(`Dashboard: ${url}  (Ctrl+C to stop)`))
		.catch((error) => {
			console.error(error.message);
			process.exit(1);
		});
}
