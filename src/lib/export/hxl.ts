/**
 * /data/figures.hxl.csv: /data/figures.csv with a row of HXL hashtags (https://hxlstandard.org/)
 * directly under the header, so humanitarian tools (HDX, HXL Proxy, libhxl) know what each
 * column holds without reading our column names.
 *
 * The table has one row per figure, so what is counted (refugees, idps, ...) is a value of the
 * indicator column (`#indicator+code`), and the number of people is `#affected+num`, as HXL tags
 * the number of people affected. A share or a percentage is no number of people: it is an
 * indicator's value (`#indicator+num+share`, `#indicator+num+pct`), so summing `#affected+num`
 * by `#indicator+code` adds people only.
 *
 * Every tag, used as a pattern, selects its own column alone (tests/unit/export-hxl.test.ts
 * checks HXL's rule: a pattern matches a column with the same hashtag and every attribute of the
 * pattern). So no tag's attributes may include another's of the same hashtag: a range's upper end
 * is `+max` without `+num` (else `#affected+num` would select it too), and the sentence's anchor
 * is `+code`, not `+id` (else `#meta+id` would). This map is the one place the tags are written;
 * the data package documents it.
 */
import type { Dataset } from '../figures/dataset';
import { toCsv, type CsvCell } from './csv';
import { figureRecord, FIGURES_CSV_COLUMNS } from './figures-csv';

export const HXL_TAGS: Readonly<Record<string, string>> = {
	id: '#meta+id',
	source: '#meta+source',
	quote: '#meta+quote',
	label: '#indicator+name',
	indicator: '#indicator+code',
	measure: '#indicator+type',
	qualifier: '#indicator+qualifier',
	unit: '#indicator+unit',
	people: '#affected+num',
	people_upper: '#affected+max',
	share: '#indicator+num+share',
	share_upper: '#indicator+max+share',
	percent: '#indicator+num+pct',
	percent_upper: '#indicator+max+pct',
	country: '#country+name',
	country_iso3: '#country+code+v_iso3',
	// HXL's #region is a supra- or cross-national region; +v_m49 names the code list, as OCHA's
	// countries-and-territories list tags its M49 codes (#country+code+num+v_m49). No +num: "001"
	// is a code, and its zeros must stay.
	area_m49: '#region+code+v_m49',
	admin1: '#adm1+name',
	reported: '#date+reported',
	period_start: '#date+start',
	period_end: '#date+end',
	attributed_to: '#org+name',
	note: '#description+note',
	official_series: '#meta+series+code',
	sentence_id: '#meta+sentence+code',
	sentence: '#meta+sentence+text',
	start: '#meta+start+num',
	end: '#meta+end+num',
	text_fragment_url: '#meta+url'
};

/** The hashtag of a column of figures.csv; throws for a column without one, so none is left untagged. */
export function hxlTag(column: string): string {
	const tag = HXL_TAGS[column];
	if (tag === undefined) throw new Error(`no HXL hashtag for the column "${column}" (add it to HXL_TAGS)`);
	return tag;
}

export function figuresHxlCsv(dataset: Dataset): string {
	const hashtags: Record<string, CsvCell> = Object.fromEntries(FIGURES_CSV_COLUMNS.map((c) => [c, hxlTag(c)]));
	// The hashtag row goes through the same writer as the data, so it is quoted and checked alike.
	return toCsv(FIGURES_CSV_COLUMNS, [hashtags, ...dataset.figures.map(figureRecord)]);
}
