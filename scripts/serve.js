// Serves the built static site (build/, or another folder) on 127.0.0.1 and prints its URL.
// PORT chooses the port (default 4173; 0 picks a free one). Used by `npm start` and the browser tests.
// Files are sent compressed (brotli or gzip) when the browser accepts it.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const build = fileURLToPath(new URL('../build', import.meta.url));

/** The types the endpoints declare, charset included; sirv alone would drop the charset. */
const TYPES = {
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.json': 'application/json; charset=utf-8'
};

/** Starts the server on the site in `root` (a test's own build, say); resolves to its URL once it listens. */
export function serve(port = Number(process.env.PORT ?? 4173), host = '127.0.0.1', root = build) {
	if (!existsSync(root)) throw new Error(`${root} does not exist: run \`npm run build\` first`);
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
		}
	});
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
		})
	);
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
