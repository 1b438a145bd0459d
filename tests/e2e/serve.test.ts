// `npm start` (scripts/serve.js) sends the build's precompressed files by Accept-Encoding.
import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';

const ARTICLE_PAGE = '/articles/newarab-2020-02-11/';

/** The response as sent: node:http, unlike fetch, does not decompress it. */
function get(path: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; status: number; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request(new URL(path, baseUrl()), { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ headers: response.headers, status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
			response.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

describe('serving the build', () => {
	it.each(['/', ARTICLE_PAGE])('sends %s as brotli, gzip or plain, as asked, the same page each time', async (path) => {
		const page = readFileSync(`build${path}index.html`);
		const brotli = await get(path, 'gzip, deflate, br');
		const gzip = await get(path, 'gzip, deflate');
		const plain = await get(path, '');
		expect([brotli, gzip, plain].map(({ headers }) => headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
		for (const { status, headers, body } of [brotli, gzip, plain]) {
			expect(status).toBe(200);
			expect(headers['content-type']).toBe('text/html;charset=utf-8');
			expect(headers.vary).toBe('Accept-Encoding');
			expect(headers['content-length']).toBe(String(body.length));
		}
		expect(brotliDecompressSync(brotli.body).equals(page)).toBe(true);
		expect(gunzipSync(gzip.body).equals(page)).toBe(true);
		expect(plain.body.equals(page)).toBe(true);
		expect(brotli.body.length).toBeLessThan(gzip.body.length);
		expect(gzip.body.length).toBeLessThan(page.length / 4);
	});

	it('sends a download with its declared type, compressed or not', async () => {
		const { headers, body } = await get('/data/figures.csv', 'gzip, br');
		expect(headers['content-type']).toBe('text/csv; charset=utf-8');
		const encoding = headers['content-encoding'];
		const bytes = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
		expect(bytes.equals(readFileSync('build/data/figures.csv'))).toBe(true);
	});
});
