/**
 * A generated collection of articles for benchmarks: a data folder (sources.csv, figures.csv,
 * pages.csv, articles/, and a copy of data/official/) that the build accepts, with as many
 * articles as asked. The texts come from generate-article.ts (a few kilobytes each, as news
 * stories are); the figures are found in them the way an editor would write them: a quote of the
 * article's own words that states one number, with the value, qualifier and range that the
 * build's reader (src/lib/quantities) finds in it, and found once in the article.
 * Deterministic: article i is the same in a collection of 100 and one of 1,000, so the same
 * article's page can be compared across sizes.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuote, splitArticle } from '../../src/lib/provenance';
import { readQuantities } from '../../src/lib/quantities';
import { generateArticle } from './generate-article';

/** Characters of generated text per article, before its headline: a news story of 600 to 900 words. */
const ARTICLE_BYTES = 4000;
/** At most this many figures per article, of different kinds where the text allows. */
const FIGURES_PER_ARTICLE = 6;

interface Template {
	/** Matched at the start of a sentence of generate-article.ts: its groups hold the place and the quote (0 for the whole match). */
	pattern: RegExp;
	groups: { place: number; quote: number };
	indicator: 'new_displacement' | 'idps' | 'casualties' | 'combatants';
	measure: 'stock' | 'flow';
	label: (place: string) => string;
	attributedTo: string | null;
}

/** Sentences of generate-article.ts that state a count of people, and the quote an editor would take from each. */
const TEMPLATES: readonly Template[] = [
	{
		pattern: /^[A-Z][^.]*? people fled (Deir ez-Zor|\p{Lu}\p{L}+)/u,
		groups: { place: 1, quote: 0 },
		indicator: 'new_displacement',
		measure: 'flow',
		label: (place) => `Fled ${place}`,
		attributedTo: 'UN'
	},
	{
		pattern: /^The camps near (Deir ez-Zor|\p{Lu}\p{L}+) (now shelter [\d.]+ million displaced people)/u,
		groups: { place: 1, quote: 2 },
		indicator: 'idps',
		measure: 'stock',
		label: (place) => `Sheltering in camps near ${place}`,
		attributedTo: null
	},
	{
		pattern: /^Airstrikes on (Deir ez-Zor|\p{Lu}\p{L}+) (killed [^.]*? civilians)/u,
		groups: { place: 1, quote: 2 },
		indicator: 'casualties',
		measure: 'flow',
		label: (place) => `Civilians killed by airstrikes on ${place}`,
		attributedTo: 'a monitor'
	},
	{
		pattern: /^(Between [\d,]+ and [\d,]+ fighters) remain in the (Deir ez-Zor|\p{Lu}\p{L}+)/u,
		groups: { place: 2, quote: 1 },
		indicator: 'combatants',
		measure: 'stock',
		label: (place) => `Fighters in the ${place} countryside`,
		attributedTo: 'local officials'
	}
];

export interface GeneratedFigure {
	id: string;
	quote: string;
	label: string;
	indicator: string;
	measure: string;
	value: number;
	qualifier: string;
	upper: number | null;
	admin1: string;
	attributedTo: string | null;
}

export interface GeneratedArticle {
	id: string;
	title: string;
	publisher: string;
	published: string;
	url: string;
	text: string;
	figures: GeneratedFigure[];
	/** Words for pages.csv, or null for an article with no row there. */
	pageWords: { displacedBy: string; fledDuring: string } | null;
}

const PLACES = ['Idlib', 'Aleppo', 'Homs', 'Hama', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Latakia', 'Tartus', 'Qamishli', 'Afrin', 'Manbij'];
const HEADLINES: ReadonlyArray<(place: string, n: string) => string> = [
	(place, n) => `${n} flee ${place} as fighting spreads`,
	(place) => `Camps near ${place} overwhelmed as families keep arriving`,
	(place) => `Aid agencies warn of worsening conditions in ${place}`,
	(place, n) => `UN says offensive on ${place} has displaced ${n} in a week`,
	(place) => `Airstrikes on ${place} kill civilians as thousands head for the border`,
	(place, n) => `${n} families return to ${place} after ceasefire, but many stay away`,
	(place) => `Winter storms hit displaced families in camps outside ${place}`
];

/** A headline of its own for article `index`, as varied as a real collection's, so a list of them compresses as one would. */
function titleOf(index: number): string {
	const n = (((index + 1) * 7919) % 90_000) + 1_000;
	return HEADLINES[index % HEADLINES.length]!(PLACES[(index * 5 + 3) % PLACES.length]!, n.toLocaleString('en-US'));
}

/**
 * The date article `index` was published: a day from 2012-01-01 on, one a day, round again after
 * 5,000 days (2025-09-08), so that no collection has a date after the day of the build.
 */
function publishedOn(index: number): string {
	return new Date(Date.UTC(2012, 0, 1 + (index % 5_000))).toISOString().slice(0, 10);
}

/** The quote of a sentence that matches a template, and the place it names; null when none matches. */
function quoteOf(template: Template, sentence: string): { quote: string; place: string } | null {
	const match = template.pattern.exec(sentence);
	return match ? { quote: match[template.groups.quote]!, place: match[template.groups.place]! } : null;
}

/** The figures of one article's text: quotes found once, each stating exactly one count. */
function figuresOf(text: string, id: string): GeneratedFigure[] {
	const figures: GeneratedFigure[] = [];
	const used = new Map<Template, number>();
	for (const paragraph of splitArticle(text)) {
		if (paragraph.role !== 'body') continue;
		for (const sentence of paragraph.sentences) {
			if (figures.length >= FIGURES_PER_ARTICLE) return figures;
			for (const template of TEMPLATES) {
				// At most two of a kind, so that an article has several kinds when its text has them.
				if ((used.get(template) ?? 0) >= 2) continue;
				const found = quoteOf(template, sentence.text);
				if (!found) continue;
				const at = sentence.text.indexOf(found.quote);
				const spans = findQuote(text, found.quote);
				if (spans.length !== 1) continue;
				const stated = readQuantities(sentence.text).filter((q) => q.start < at + found.quote.length && at < q.end);
				const q = stated[0];
				if (stated.length !== 1 || !q || q.value === null || q.kind !== 'count' || q.start < at || q.end > at + found.quote.length) continue;
				figures.push({
					id: `${id}-${figures.length + 1}`,
					quote: found.quote,
					label: template.label(found.place),
					indicator: template.indicator,
					measure: template.measure,
					value: q.value,
					qualifier: q.qualifier,
					upper: q.upper,
					admin1: found.place,
					attributedTo: template.attributedTo
				});
				used.set(template, (used.get(template) ?? 0) + 1);
				break;
			}
		}
	}
	return figures;
}

/** Article `index` (0-based) of every generated collection. */
export function generatedArticle(index: number): GeneratedArticle {
	const number = index + 1;
	const id = `bench-${String(number).padStart(5, '0')}`;
	const title = titleOf(index);
	// A text with no figure (unlikely at this length) is generated again with the next seed.
	for (let seed = number; ; seed += 100_000) {
		const text = `${title}\n\n${generateArticle(ARTICLE_BYTES, seed)}\n`;
		const figures = figuresOf(text, id);
		if (figures.length === 0) continue;
		const flow = figures.some((f) => f.measure === 'flow' && f.indicator === 'new_displacement');
		return {
			id,
			title,
			publisher: ['Bench Wire', 'The Bench Daily', 'Bench News Agency', 'Syria Bench Observer', 'Bench Post'][index % 5]!,
			published: publishedOn(index),
			url: `https://example.org/bench/${id}`,
			text,
			figures,
			pageWords: flow && index % 2 === 0 ? { displacedBy: 'Syria’s war', fledDuring: 'offensive' } : null
		};
	}
}

/** A CSV cell, quoted when it holds a comma, a quote or a line end (RFC 4180). */
function cell(value: string | number | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: ReadonlyArray<string | number | null>) => `${cells.map(cell).join(',')}\n`;

const RIGHTS = 'Generated for the build benchmark; not a real article.';

/** The three CSV files of a collection's articles. */
export function collectionFiles(articles: readonly GeneratedArticle[], { official }: { official: boolean }): { sources: string; figures: string; pages: string } {
	let sources = row(['id', 'title', 'publisher', 'published', 'url', 'rights']);
	let figures = row(['id', 'source', 'quote', 'label', 'indicator', 'measure', 'value', 'qualifier', 'upper', 'unit', 'country', 'country_iso3', 'admin1', 'reported', 'attributed_to', 'note', 'official_series']);
	let pages = row(['source', 'displaced_by', 'fled_during']);
	for (const article of articles) {
		sources += row([article.id, article.title, article.publisher, article.published, article.url, RIGHTS]);
		for (const f of article.figures) {
			// A stock of IDPs in Syria is compared with UNHCR's count, as the real data's is (when official/ is there).
			const series = official && f.indicator === 'idps' ? 'unhcr-syria-idps' : null;
			figures += row([f.id, article.id, f.quote, f.label, f.indicator, f.measure, f.value, f.qualifier, f.upper, 'people', 'Syria', 'SYR', f.admin1, article.published, f.attributedTo, null, series]);
		}
		if (article.pageWords) pages += row([article.id, article.pageWords.displacedBy, article.pageWords.fledDuring]);
	}
	return { sources, figures, pages };
}

/**
 * Writes a collection of `count` articles into `dir` (created if need be): the CSVs, the
 * articles, and data/official/ copied so the pages compare and chart as the real ones do.
 * Returns how many figures it holds.
 */
export function writeCollection(dir: string, count: number, { official = true }: { official?: boolean } = {}): { figures: number } {
	const articles = Array.from({ length: count }, (_, i) => generatedArticle(i));
	mkdirSync(join(dir, 'articles'), { recursive: true });
	for (const article of articles) writeFileSync(join(dir, 'articles', `${article.id}.txt`), article.text);
	const withOfficial = official && existsSync('data/official');
	const files = collectionFiles(articles, { official: withOfficial });
	writeFileSync(join(dir, 'sources.csv'), files.sources);
	writeFileSync(join(dir, 'figures.csv'), files.figures);
	writeFileSync(join(dir, 'pages.csv'), files.pages);
	if (withOfficial) cpSync('data/official', join(dir, 'official'), { recursive: true });
	return { figures: articles.reduce((n, a) => n + a.figures.length, 0) };
}
