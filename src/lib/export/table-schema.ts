/**
 * Frictionless Table Schemas (https://datapackage.org/standard/table-schema/) for the CSV
 * downloads, derived from the column specs in $lib/figures/schema and the provenance columns of
 * figures.csv, so a column is described once and the package cannot drift from the files.
 */
import { SOURCE_COLUMNS, type ColumnSpec } from '../figures/schema';
import { DOWNLOAD_FIGURE_COLUMNS, PROVENANCE_COLUMNS } from './figures-csv';
import { hxlTag } from './hxl';

export interface FieldConstraints {
	required?: true;
	enum?: string[];
	/** Matched against the whole value (Table Schema patterns are implicitly anchored). */
	pattern?: string;
	minimum?: number;
	maximum?: number;
	maxLength?: number;
}

export interface TableField {
	name: string;
	type: 'string' | 'number' | 'integer' | 'date';
	format?: 'uri';
	description: string;
	constraints?: FieldConstraints;
}

export interface ForeignKey {
	fields: string[];
	reference: { resource: string; fields: string[] };
}

export interface TableSchema {
	fields: TableField[];
	primaryKey: string[];
	foreignKeys?: ForeignKey[];
}

/** Every column of the figures downloads, data then provenance, in file order. */
export const FIGURES_TABLE_COLUMNS: readonly ColumnSpec[] = [
	...DOWNLOAD_FIGURE_COLUMNS,
	...PROVENANCE_COLUMNS
];

function field(spec: ColumnSpec, description: string): TableField {
	const constraints: FieldConstraints = {
		...(spec.required && { required: true }),
		...(spec.enum && { enum: [...spec.enum] }),
		...(spec.pattern !== undefined && { pattern: spec.pattern }),
		...(spec.minimum !== undefined && { minimum: spec.minimum }),
		...(spec.maximum !== undefined && { maximum: spec.maximum }),
		...(spec.maxLength !== undefined && { maxLength: spec.maxLength })
	};
	return {
		name: spec.name,
		type: spec.type === 'url' ? 'string' : spec.type,
		...(spec.type === 'url' && { format: 'uri' as const }),
		description,
		...(Object.keys(constraints).length > 0 && { constraints })
	};
}

/** Foreign key of every figures table: each figure names an article of sources.csv. */
export const SOURCE_FOREIGN_KEY: ForeignKey = { fields: ['source'], reference: { resource: 'sources', fields: ['id'] } };

/** The figures tables; with `hxlTags`, each description names its column's HXL hashtag. */
export function figuresTableSchema({ hxlTags = false }: { hxlTags?: boolean } = {}): TableSchema {
	return {
		fields: FIGURES_TABLE_COLUMNS.map((spec) =>
			field(spec, hxlTags ? `${spec.description} HXL hashtag: ${hxlTag(spec.name)}` : spec.description)
		),
		primaryKey: ['id'],
		foreignKeys: [SOURCE_FOREIGN_KEY]
	};
}

/** The schema of a table written from `columns` (e.g. official.csv), keyed by `primaryKey`. */
export function columnsTableSchema(columns: readonly ColumnSpec[], primaryKey: string[]): TableSchema {
	return { fields: columns.map((spec) => field(spec, spec.description)), primaryKey };
}

export function sourcesTableSchema(): TableSchema {
	return { fields: SOURCE_COLUMNS.map((spec) => field(spec, spec.description)), primaryKey: ['id'] };
}
