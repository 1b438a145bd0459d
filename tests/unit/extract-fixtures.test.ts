/**
 * Precision and recall of the extractor on two sets of hand-written passages, each a .txt with its
 * .expected.csv: news passages (tests/fixtures/extract), and passages in the shapes of the real
 * documents users paste (tests/fixtures/extract-real: flash updates with key-figure boxes, DTM
 * tables, Wikipedia with footnote markers and tables, UN press releases, South Asian and Middle
 * Eastern wire copy, text extracted from PDFs). A found quantity counts as right only when its
 * quote, value, qualifier, range and unit all equal the expected ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/extract';

const SETS = [
	{ dir: 'tests/fixtures/extract', name: 'news passages', passages: 8 },
	{ dir: 'tests/fixtures/extract-real', name: 'passages shaped as real documents', passages: 12 }
] as const;
const MIN_RECALL = 0.97;
const MIN_PRECISION = 0.95;

interface Expected {
	quote: string;
	value: number | null;
	qualifier: string;
	upper: number | null;
	unit: string;
}

const number = (cell: string) => (cell === '' ? null : Number(cell));
const key = (e: Expected) =>
	JSON.stringify([e.quote, e.value === null ? null : Number(e.value.toPrecision(12)), e.qualifier, e.upper, e.unit]);

const passagesIn = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((file) => {
			const csv = readFileSync(`${dir}/${file.replace(/\.txt$/, '.expected.csv')}`, 'utf8');
			const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
			const expected: Expected[] = parsed.data.map((r) => ({
				quote: r.quote!,
				value: number(r.value!),
				qualifier: r.qualifier!,
				upper: number(r.upper!),
				unit: r.unit!
			}));
			const found: Expected[] = extractFigures(readFileSync(`${dir}/${file}`, 'utf8')).figures.map((f) => ({
				quote: f.quote,
				value: f.value,
				qualifier: f.qualifier,
				upper: f.upper,
				unit: f.unit
			}));
			return { file, expected, found };
		});

describe.each(SETS)('extractor on the fixture $name ($dir)', ({ dir, name, passages: least }) => {
	const passages = passagesIn(dir);

	it(`has at least ${least} passages, each with expected quantities`, () => {
		expect(passages.length).toBeGreaterThanOrEqual(least);
		for (const p of passages) expect(p.expected.length, p.file).toBeGreaterThan(0);
	});

	it(`reaches recall of at least ${MIN_RECALL} and precision of at least ${MIN_PRECISION}`, () => {
		let right = 0;
		let found = 0;
		let expected = 0;
		const misses: string[] = [];
		for (const p of passages) {
			const want = new Set(p.expected.map(key));
			const got = new Set(p.found.map(key));
			found += p.found.length;
			expected += p.expected.length;
			right += [...got].filter((k) => want.has(k)).length;
			for (const k of got) if (!want.has(k)) misses.push(`${p.file}: unexpected ${k}`);
			for (const k of want) if (!got.has(k)) misses.push(`${p.file}: missed ${k}`);
		}
		const precision = right / found;
		const recall = right / expected;
		console.info(
			`extractor fixtures, ${name}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${right} right of ${found} found, ${expected} expected)`,
			...misses.map((m) => `\n  ${m}`)
		);
		expect({ precision, recall, misses }).toEqual({
			precision: expect.toSatisfy((p: number) => p >= MIN_PRECISION),
			recall: expect.toSatisfy((r: number) => r >= MIN_RECALL),
			misses: expect.any(Array)
		});
	});
});
