import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { generateArticle } from '../../scripts/lib/generate-article';
import { describe, expect, it } from 'vitest';
import {
	encodeFragmentTerm,
	findQuote,
	normalizeSpace,
	splitArticle,
	textFragmentUrl,
	textPositionSelector,
	textQuoteSelector
} from '$lib/provenance';
import { ARTICLE, ARTICLE_PATH } from '../helpers/article';

const NBSP = '\u00a0';

describe('the verbatim article', () => {
	const SHARED = '../shared/source/article.txt';
	/** SHA-256 of the published article as delivered in ../shared/source/article.txt. */
	const PUBLISHED_SHA256 = 'a2e11133b3c19ccdc3d8c2b7bee552e0bb6b8e4c9295e70a2a86032913bdb9a5';

	it('data/articles holds the published article byte for byte (its hash; and the shared file when present)', () => {
		const article = readFileSync(ARTICLE_PATH);
		expect(createHash('sha256').update(article).digest('hex')).toBe(PUBLISHED_SHA256);
		if (existsSync(SHARED)) expect(article.equals(readFileSync(SHARED))).toBe(true);
	});

	it('keeps the published typos and non-breaking spaces', () => {
		expect(ARTICLE).toContain('allegedy');
		expect(ARTICLE).toContain('recieve');
		expect(ARTICLE).toContain(`around 700,000${NBSP}Syrians${NBSP}flee`);
		expect(ARTICLE.length).toBe(2174);
	});
});

describe('splitArticle', () => {
	const paragraphs = splitArticle(ARTICLE);

	it('makes every non-blank line a paragraph, numbered from 1', () => {
		expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
	});

	it('tells the headline, standfirst, date line, caption, body and page furniture apart', () => {
		expect(paragraphs.map((p) => p.role)).toEqual([
			'headline',
			'standfirst',
			'chrome',
			'dateline',
			'caption',
			...Array(10).fill('body'),
			'chrome'
		]);
		const text = (n: number) => ARTICLE.slice(paragraphs[n - 1]!.start, paragraphs[n - 1]!.end);
		expect(text(3)).toBe('2 min read');
		expect(text(4)).toBe('11 February, 2020');
		expect(text(16)).toBe('Follow us on Twitter and Instagram to stay connected.');
	});

	it('gives each sentence an id and offsets into the verbatim text, white space trimmed', () => {
		const sentences = paragraphs.flatMap((p) => p.sentences);
		expect(sentences).toHaveLength(16);
		const group = sentences.find((s) => s.id === 's9-1')!;
		expect(group.start).toBe(1022);
		// The published paragraph ends in a non-breaking space, which is not part of the sentence.
		expect(ARTICLE.slice(group.end, group.end + 1)).toBe(NBSP);
		expect(group.text.endsWith('northwest Syria.')).toBe(true);
		for (const s of sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
	});

	it('splits a paragraph of several sentences with Intl.Segmenter', () => {
		const body = splitArticle('Title\nOne sentence here. Another one follows! And a third?')[1]!;
		expect(body.sentences.map((s) => [s.id, s.text, s.start])).toEqual([
			['s2-1', 'One sentence here.', 6],
			['s2-2', 'Another one follows!', 25],
			['s2-3', 'And a third?', 46]
		]);
	});

	it('starts a new sentence at a number after a full stop, which Intl.Segmenter leaves joined', () => {
		const body = splitArticle('Title\nFour died on Sunday. 12 people were hurt. “Why?” 3,000 fled.')[1]!;
		expect(body.sentences.map((s) => [s.id, s.text, s.start])).toEqual([
			['s2-1', 'Four died on Sunday.', 6],
			['s2-2', '12 people were hurt.', 27],
			['s2-3', '“Why?”', 48],
			['s2-4', '3,000 fled.', 55]
		]);
	});

	it('keeps a number after an abbreviation in its sentence', () => {
		const body = splitArticle('Title\nUnder Law No. 10 and Art. 5, see p. 12 of the U.S. 5-year plan.')[1]!;
		expect(body.sentences.map((s) => s.text)).toEqual(['Under Law No. 10 and Art. 5, see p. 12 of the U.S. 5-year plan.']);
	});

	it('keeps the day after an abbreviated month in its sentence', () => {
		const body = splitArticle('Title\nOn Jan. 5, 12 people were killed; on Sept. 3 and Feb. 11 more fled.')[1]!;
		expect(body.sentences.map((s) => s.text)).toEqual(['On Jan. 5, 12 people were killed; on Sept. 3 and Feb. 11 more fled.']);
	});

	it('cuts a long paragraph for Intl.Segmenter without changing a single sentence', () => {
		const long = generateArticle(30_000).replace(/\n+/g, ' ');
		const direct = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(long)].map((s) => s.segment.trim());
		const body = splitArticle(`Title\n${long}`)[1]!;
		expect(body.sentences.map((s) => s.text)).toEqual(direct.filter(Boolean));
	});

	it('splits a 400 KB one-line article in well under a second (Intl.Segmenter alone took 6 s)', () => {
		const long = generateArticle(400 * 1024).replace(/\n+/g, ' ');
		const started = performance.now();
		expect(splitArticle(long)[0]!.sentences.length).toBeGreaterThan(4000);
		expect(performance.now() - started).toBeLessThan(1500);
	});

	it('ends lines at LF, CRLF or a lone CR, with offsets into the text as given', () => {
		for (const end of ['\n', '\r\n', '\r']) {
			const text = ['Title', 'About 12 people fled.', '', 'Some 300 died.'].join(end);
			const paragraphs = splitArticle(text);
			expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Title', 'About 12 people fled.', 'Some 300 died.']);
			expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
		}
	});

	it('finds sentence starts in time linear in the text, even in a run of quotation marks', () => {
		const quotes = '"'.repeat(200_000);
		const started = performance.now();
		expect(splitArticle(`Title\n${quotes} 12 fled.`)[1]!.sentences).toHaveLength(1);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('findQuote', () => {
	it.each([
		['at least 5.5 million people fleeing the country', [{ start: 2018, end: 2065 }]],
		['more than 6 million more displaced inside Syria', [{ start: 2070, end: 2117 }]],
		['between 8,000-10,000 fighters', [{ start: 1046, end: 1075 }]],
		['Half of those killed in the strikes were minors', [{ start: 1692, end: 1739 }]]
	])('finds %j at its exact offsets', (quote, spans) => {
		expect(findQuote(ARTICLE, quote)).toEqual(spans);
	});

	it('matches a plain space in the quote to a non-breaking space in the article', () => {
		expect(findQuote(ARTICLE, 'around 700,000 Syrians flee a regime offensive in nearby Idlib')).toEqual([
			{ start: 1429, end: 1491 }
		]);
	});

	it('matches any run of white space to any other, in either text', () => {
		expect(findQuote(`a \t${NBSP} b`, 'a b')).toEqual([{ start: 0, end: 6 }]);
		expect(findQuote('a b', `a \n  b`)).toEqual([{ start: 0, end: 3 }]);
	});

	it('treats nothing else as equal: case, punctuation and digits must match', () => {
		expect(findQuote(ARTICLE, 'around 70,000 Syrians')).toEqual([]);
		expect(findQuote(ARTICLE, 'Around 700,000 Syrians')).toEqual([]);
		expect(findQuote(ARTICLE, 'around 700000 Syrians')).toEqual([]);
		expect(findQuote(ARTICLE, 'between 8,000–10,000 fighters')).toEqual([]);
	});

	it('does not match part of a word or number', () => {
		expect(findQuote(ARTICLE, 'around 700,00')).toEqual([]);
		expect(findQuote('120 people', '12')).toEqual([]);
		expect(findQuote('the 12 people', '12')).toEqual([{ start: 4, end: 6 }]);
	});

	it('returns every occurrence, overlapping ones included', () => {
		expect(findQuote(ARTICLE, 'Idlib').map((s) => s.start)).toEqual([1486, 1624, 1882]);
		expect(findQuote('aa aa aa', 'aa aa')).toEqual([
			{ start: 0, end: 5 },
			{ start: 3, end: 8 }
		]);
	});

	it('finds nothing for an empty quote', () => {
		expect(findQuote(ARTICLE, '  ')).toEqual([]);
	});

	it('takes regular-expression characters literally', () => {
		expect(findQuote('cost (a) $5.5+ [x]', '(a) $5.5+ [x]')).toEqual([{ start: 5, end: 18 }]);
		expect(findQuote('5x5 million', '5.5 million')).toEqual([]);
	});
});

describe('normalizeSpace', () => {
	it('collapses every run of Unicode white space to one space and trims', () => {
		expect(normalizeSpace(`  a${NBSP}${NBSP}b\u2009c\n`)).toBe('a b c');
	});
});

describe('selectors', () => {
	const span = { start: 1429, end: 1491 };

	it('textQuoteSelector takes the verbatim words and 32 characters either side', () => {
		expect(textQuoteSelector(ARTICLE, span)).toEqual({
			type: 'TextQuoteSelector',
			exact: `around 700,000${NBSP}Syrians${NBSP}flee a regime offensive in nearby Idlib`,
			prefix: `${NBSP}internal displacement${NBSP}has seen `,
			suffix: ', the UN said on Tuesday, as reg'
		});
	});

	it('textQuoteSelector clips the context at the ends of the text', () => {
		expect(textQuoteSelector('abc def', { start: 0, end: 3 })).toEqual({
			type: 'TextQuoteSelector',
			exact: 'abc',
			prefix: '',
			suffix: ' def'
		});
	});

	it('textPositionSelector gives the character offsets', () => {
		expect(textPositionSelector(span)).toEqual({ type: 'TextPositionSelector', start: 1429, end: 1491 });
	});
});

describe('text fragments', () => {
	it('encodeFragmentTerm percent-encodes -, comma, & and spaces', () => {
		expect(encodeFragmentTerm('8,000-10,000 & more')).toBe('8%2C000%2D10%2C000%20%26%20more');
	});

	it('textFragmentUrl adds three words of context from the sentence', () => {
		const sentence = { start: 1387, end: 1592 };
		expect(textFragmentUrl('https://example.org/a#top', ARTICLE, { start: 1429, end: 1491 }, sentence)).toBe(
			'https://example.org/a#:~:text=displacement%20has%20seen-,around%20700%2C000%20Syrians%20flee%20a%20regime%20offensive%20in%20nearby%20Idlib,-%2C%20the%20UN'
		);
	});

	it('textFragmentUrl leaves out context the sentence does not have', () => {
		expect(textFragmentUrl('https://x.org/', 'Half of them.', { start: 0, end: 4 }, { start: 0, end: 13 })).toBe(
			'https://x.org/#:~:text=Half,-of%20them.'
		);
	});
});
