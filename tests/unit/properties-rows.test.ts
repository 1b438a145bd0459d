// Generated files for the typed rows of figures.csv, sources.csv and pages.csv
// (src/lib/figures/rows.ts): whatever a file holds, each record comes back as a typed row or
// with its problems on its own line, never as an exception, and a row that comes back is what
// its schema (src/lib/figures/schema.ts) says.
import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/export/csv';
import { readCsvTable } from '$lib/figures/csv-table';
import { readFigureRows, readPageRows, readSourceRows, type ReadRows } from '$lib/figures/rows';
import { M49_AREAS } from '$lib/figures/places';
import { FIGURE_COLUMNS, PAGE_COLUMNS, SOURCE_COLUMNS, type ColumnSpec } from '$lib/figures/schema';
import { iso31661 } from 'iso-3166/1.js';
import { anyText, checkProperty, fc, lineCount, PROPERTY_TIMEOUT } from '../helpers/properties';

const FILES: ReadonlyArray<readonly [string, readonly ColumnSpec[], (text: string, file: string) => ReadRows<unknown>]> = [
	['figures.csv', FIGURE_COLUMNS, readFigureRows],
	['sources.csv', SOURCE_COLUMNS, readSourceRows],
	['pages.csv', PAGE_COLUMNS, readPageRows]
];

/** What spreadsheets and editors put in cells by mistake: controls, bidi overrides, invisible characters, padding. */
const MISTAKES = ['\u0000', '\u001B', '\u0085', '\u202E', '\u2066', '\u200B', '\uFEFF', '\t', '\r\n', '\n', '\r', ' ', '\u00A0', '"', ',', '=', '-'];

/** A plain number, as the schema asks for: "5500000", "0.5", and digits past what a double holds (1.8e308). */
const plainNumber = fc.oneof(
	fc.nat({ max: 10_000_000 }).map(String),
	fc.stringMatching(/^(0|[1-9]\d{0,8})\.\d{1,4}$/),
	// Made from a length, not digit by digit, so that a failure shrinks in a few steps.
	fc
		.tuple(fc.boolean(), fc.integer({ min: 280, max: 400 }))
		.map(([nines, length]) => (nines ? '9'.repeat(length) : `1${'0'.repeat(length - 1)}`))
);

/** A number as a spreadsheet may write it instead: signed, with separators, exponents or words. */
const otherNumber = fc.oneof(
	fc.integer({ min: -10, max: -1 }).map(String),
	fc.double({ noNaN: true }).map(String),
	fc.constantFrom('5,500,000', '5.5 million', '1e6', '+5', '.5', '05', 'Infinity', 'NaN', '-0')
);

/** Text an editor may type in a free-text column: printable, any script, no white space at its edges. */
const freeText = (maxLength: number) =>
	fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 60) })
		.map((text) => text.trim())
		.filter((text) => text !== '' && !/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u.test(text));

/** A cell its column accepts. */
function validCell(spec: ColumnSpec): fc.Arbitrary<string> {
	if (spec.enum) return fc.constantFrom(...spec.enum);
	if (spec.type === 'number' || spec.type === 'integer') return plainNumber;
	if (spec.type === 'date') return fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
	if (spec.type === 'url') return fc.webUrl();
	// Codes of the real lists, as figures.csv's place must be (src/lib/figures/places.ts).
	if (spec.name === 'country_iso3') return fc.constantFrom(...iso31661.map((c) => c.alpha3));
	if (spec.name === 'area_m49') return fc.constantFrom(...M49_AREAS.keys());
	if (spec.pattern === '[A-Z]{3}') return fc.stringMatching(/^[A-Z]{3}$/);
	if (spec.pattern) return fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);
	return freeText(spec.maxLength ?? 60);
}

/** A cell its column may well refuse. */
function invalidCell(spec: ColumnSpec): fc.Arbitrary<string> {
	return fc.oneof(
		{ arbitrary: validCell(spec).chain((v) => fc.tuple(fc.constantFrom(...MISTAKES), fc.boolean()).map(([m, front]) => (front ? m + v : v + m))), weight: 3 },
		{ arbitrary: spec.type === 'number' || spec.type === 'integer' ? otherNumber : fc.constantFrom('2020-02-30', '1899-12-31', '2999-01-01', 'https://a b', 'ftp://x.org', 'syr'), weight: 2 },
		{ arbitrary: fc.constantFrom('', ' ', '\u200B', '\uFEFF\u2060'), weight: 1 },
		{ arbitrary: anyText(spec.maxLength ? spec.maxLength + 5 : 20, MISTAKES), weight: 2 }
	);
}

/**
 * A figure is about one country or one area (places.ts): a row of valid cells keeps one of the
 * two, and leaves empty what an area cannot have (admin1, a country's official series).
 */
const COUNTRY_CELLS = ['area_m49'];
const AREA_CELLS = ['country', 'country_iso3', 'admin1', 'official_series'];
function onePlace(header: readonly string[], cells: fc.Arbitrary<string[]>): fc.Arbitrary<string[]> {
	if (!header.includes('area_m49')) return cells;
	return fc.tuple(cells, fc.boolean()).map(([row, area]) => {
		const empty = area ? AREA_CELLS : COUNTRY_CELLS;
		return row.map((cell, i) => (empty.includes(header[i]!) ? '' : cell));
	});
}

/**
 * A file with the right columns in any order; rows that should all pass (so that the rows that
 * come back are many and varied) or whose cells may each be wrong; then any text or nothing.
 */
function fileFor(columns: readonly ColumnSpec[]) {
	// Built once: building an arbitrary (stringMatching parses its pattern) costs more than using it.
	const cells = new Map(columns.map((c) => [c.name, { valid: validCell(c), any: fc.oneof(validCell(c), invalidCell(c)) }]));
	return fc.shuffledSubarray([...cells.keys()], { minLength: columns.length }).chain((header) =>
		fc
			.tuple(
				fc.array(
					fc.oneof(
						onePlace(header, fc.tuple(...header.map((name) => cells.get(name)!.valid))),
						fc.tuple(...header.map((name) => cells.get(name)!.any))
					),
					{ maxLength: 6 }
				),
				fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, { arbitrary: anyText(60, [',', '"', '\r\n']), weight: 1 })
			)
			.map(([rows, tail]) => toCsv(header, rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]!])))) + tail)
	);
}

/** The values a typed row may hold in a column of this spec. */
function expectTyped(spec: ColumnSpec, value: unknown) {
	if (value === null) {
		expect(spec.required, `required "${spec.name}" is null`).toBe(false);
		return;
	}
	if (spec.type === 'number' || spec.type === 'integer') {
		expect(typeof value, spec.name).toBe('number');
		expect(Number.isFinite(value), `"${spec.name}" is ${value}`).toBe(true);
		if (spec.minimum !== undefined) expect(value).toBeGreaterThanOrEqual(spec.minimum);
		if (spec.maximum !== undefined) expect(value).toBeLessThanOrEqual(spec.maximum);
		if (spec.type === 'integer') expect(Number.isInteger(value)).toBe(true);
		return;
	}
	expect(typeof value, spec.name).toBe('string');
	const text = value as string;
	expect(text, `"${spec.name}" has white space at an edge`).toBe(text.trim());
	// No control or bidirectional override character; tab and line breaks in a multi-line column only.
	const forbidden = spec.multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u : /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
	expect(text, `"${spec.name}" holds a control character`).not.toMatch(forbidden);
	if (spec.enum) expect(spec.enum).toContain(text);
	if (spec.pattern) expect(text).toMatch(new RegExp(`^(?:${spec.pattern})$`));
	if (spec.maxLength !== undefined) expect([...text].length).toBeLessThanOrEqual(spec.maxLength);
}

describe.each(FILES)('reading %s', (file, columns, read) => {
	const names = columns.map((c) => c.name);

	it(
		'never throws on any text, and every problem names the file and a line of the text',
		() => {
			checkProperty(
				fc.property(fc.oneof(anyText(200, [',', '"', '\r\n', ...names]), fileFor(columns)), (text) => {
					const { rows, problems } = read(text, `data/${file}`);
					const lines = lineCount(text);
					for (const problem of problems) {
						expect(problem.file).toBe(`data/${file}`);
						expect(problem.line).toBeGreaterThanOrEqual(1);
						expect(problem.line).toBeLessThanOrEqual(lines);
						expect(problem.message).not.toBe('');
					}
					for (const { line } of rows) {
						expect(line).toBeGreaterThanOrEqual(1);
						expect(line).toBeLessThanOrEqual(lines);
					}
				})
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'gives each record back as a row typed by the schema, or names its line in a problem',
		() => {
			checkProperty(
				fc.property(fileFor(columns), (text) => {
					const { rows, problems } = read(text, `data/${file}`);
					const records = readCsvTable(text, `data/${file}`, names).records;
					const rowLines = new Set(rows.map((r) => r.line));
					const problemLines = new Set(problems.map((p) => p.line));
					for (const { line } of records) expect(rowLines.has(line) || problemLines.has(line), `record on line ${line}`).toBe(true);
					for (const { row } of rows) {
						for (const spec of columns) expectTyped(spec, (row as Record<string, unknown>)[spec.name]);
					}
				}),
				{ weight: 2 }
			);
		},
		PROPERTY_TIMEOUT
	);
});
