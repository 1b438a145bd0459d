// The extractor as a library: it bundles for the browser, and takes time linear in its input.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '$lib/extract';
import { generateArticle, repetitiveArticle } from '../../scripts/lib/generate-article';

/** Best of three, in milliseconds, so that a busy machine does not decide the outcome. */
function best(text: string): number {
	let fastest = Infinity;
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		extractFigures(text);
		fastest = Math.min(fastest, performance.now() - started);
	}
	return fastest;
}

/** How much slower per character `large` is than `small` (1 when linear), after a warm-up. */
function slowdown(small: string, large: string): number {
	best(small);
	return best(large) / large.length / (best(small) / small.length);
}

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
		expect(slowdown(sentence(100_000), sentence(400_000))).toBeLessThan(2.5);
	}, 60_000);

	it('takes time linear in the length of the text (256 KB against 1 MB)', () => {
		expect(slowdown(generateArticle(256 * 1024), generateArticle(1024 * 1024))).toBeLessThan(2);
	}, 60_000);

	it('takes time linear in the length of a repetitive text (256 KB against 1 MB): every quote repeats', () => {
		// One paragraph written about 600 and 2,300 times: each quote, and so each id, repeats as often.
		expect(slowdown(repetitiveArticle(256 * 1024), repetitiveArticle(1024 * 1024))).toBeLessThan(2);
	}, 60_000);

	it('takes time linear in the length of a long sentence written twice (64 KB against 256 KB)', () => {
		// Widening its one quote a word at a time to the sentence's ends was quadratic: 160 KB took a minute.
		const twice = (bytes: number) => {
			const half = 'Residents described the conditions in the camps as desperate with little shelter '.repeat(bytes / 330);
			const sentence = `${half}and 12 people fled ${half}`;
			return `${sentence}\n\n${sentence}`;
		};
		expect(slowdown(twice(64 * 1024), twice(256 * 1024))).toBeLessThan(2.5);
	}, 60_000);
});
