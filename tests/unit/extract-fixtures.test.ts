/**
 * Precision and recall of the extractor on hand-written news passages (tests/fixtures/extract):
 * a found quantity counts as right only when its quote, value, qualifier, range and unit all
 * equal the expected ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/extract';

const DIR = 'tests/fixtures/extract';
const THRESHOLD = 0.95;

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

const passages = readdirSync(DIR)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((file) => {
		const csv = readFileSync(`${DIR}/${file.replace(/\.txt$/, '.expected.csv')}`, 'utf8');
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		const expected: Expected[] = parsed.data.map((r) => ({
			quote: r.quote!,
			value: number(r.value!),
			qualifier: r.qualifier!,
			upper: number(r.upper!),
			unit: r.unit!
		}));
		const found: Expected[] = extractFigures(readFileSync(`${DIR}/${file}`, 'utf8')).figures.map((f) => ({
			quote: f.quote,
			value: f.value,
			qualifier: f.qualifier,
			upper: f.upper,
			unit: f.unit
		}));
		return { file, expected, found };
	});

describe('extractor on the fixture passages', () => {
	it('has at least eight passages, each with expected quantities', () => {
		expect(passages.length).toBeGreaterThanOrEqual(8);
		for (const p of passages) expect(p.expected.length, p.file).toBeGreaterThan(0);
	});

	it(`reaches precision and recall of at least ${THRESHOLD}`, () => {
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
			`extractor fixtures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${right} right of ${found} found, ${expected} expected)`,
			...misses.map((m) => `\n  ${m}`)
		);
		expect({ precision, recall, misses }).toEqual({
			precision: expect.toSatisfy((p: number) => p >= THRESHOLD),
			recall: expect.toSatisfy((r: number) => r >= THRESHOLD),
			misses: expect.any(Array)
		});
	});
});
