// The extractor as a library: it bundles for the browser, and takes time linear in its input.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { generateArticle } from '../../scripts/lib/generate-article';


describe('extractor library', () => {
	it('bundles for the browser: no Node APIs', async () => {
		const result = await build({
			entryPoints: ['src/lib/extract/index.ts'],
			bundle: true,
			platform: 'browser',
			format: 'esm',
			write: false,
			logLevel: 'silent'
		});
		expect(result.errors).toEqual([]);
		expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:|require\(["'](?:fs|path|node:)/);
	});

	it('takes time linear in the length of one endless sentence (100 KB against 400 KB)', () => {
		const sentence = (bytes: number) => generateArticle(bytes).replace(/[.!?]/g, '').replace(/\n+/g, ' ');
		// Best of three, per character, so that a busy machine does not decide the outcome.
		const time = (text: string) => {
			let fastest = Infinity;
			for (let i = 0; i < 3; i++) {
				const started = performance.now();
				extractFigures(text);
				fastest = Math.min(fastest, performance.now() - started);
			}
			return fastest / text.length;
		};
		const small = sentence(100_000);
		const large = sentence(400_000);
		time(small);
		expect(time(large) / time(small)).toBeLessThan(2.5);
	}, 60_000);

	it('takes time linear in the length of the text (256 KB against 1 MB)', () => {
		const best = (text: string) => {
			let fastest = Infinity;
			for (let i = 0; i < 3; i++) {
				const started = performance.now();
				extractFigures(text);
				fastest = Math.min(fastest, performance.now() - started);
			}
			return fastest;
		};
		const small = generateArticle(256 * 1024);
		const large = generateArticle(1024 * 1024);
		best(small);
		const slowdown = best(large) / large.length / (best(small) / small.length);
		expect(slowdown).toBeLessThan(2);
	}, 60_000);
});
