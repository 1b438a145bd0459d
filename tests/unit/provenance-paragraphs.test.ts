// Paragraphs and sentences with their offsets and anchor ids (src/lib/provenance/paragraphs.ts).
import { describe, expect, it } from 'vitest';
import { splitArticle } from '$lib/provenance';
import { generateArticle } from '../../scripts/lib/generate-article';
import { ARTICLE } from '../helpers/article';

const NBSP = '\u00a0';

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
		// No end of sentence in the first 4,096 characters: the run is cut after the word it is.
		expect(splitArticle(`Title\n${quotes} 12 fled.`)[1]!.sentences.map((s) => s.text)).toEqual([quotes, '12 fled.']);
		expect(performance.now() - started).toBeLessThan(500);
	});

	it('cuts a run of 4,096 characters with no end of sentence after the word it ends in, never inside one', () => {
		const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
		const [, paragraph] = splitArticle(`Title\n${words}.`);
		const sentences = paragraph!.sentences;
		expect(sentences.length).toBeGreaterThan(2);
		expect(sentences.map((s) => s.text).join(' ')).toBe(`${words}.`);
		for (const s of sentences.slice(0, -1)) {
			expect(s.text.length).toBeGreaterThanOrEqual(4090);
			expect(s.text).toMatch(/^word\d+( word\d+)*$/);
		}
	});

	it('splits a long lower-case paragraph a window at a time exactly as the whole of it splits, “approx. 12,000” included', () => {
		const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
		for (let pad = 0; pad < 60; pad++) {
			const unit = `some said approx. 12,000 people were there, e.g. 5 families came! ${'x'.repeat(pad % 37)} `;
			const text = `${'a'.repeat(pad)} ${unit.repeat(Math.ceil(6_000 / unit.length))}`.trim();
			const whole = [...segmenter.segment(text)].map((s) => s.segment.trim());
			expect(splitArticle(`Title\n${text}`)[1]!.sentences.map((s) => s.text), `pad ${pad}`).toEqual(whole);
		}
	});

	it('takes time linear in a long run of spaces inside a paragraph', () => {
		const started = performance.now();
		const [, paragraph] = splitArticle(`Title\nAbout 12 people fled.${' '.repeat(200_000)}x`);
		expect(paragraph!.sentences.map((s) => s.text)).toEqual(['About 12 people fled.', 'x']);
		expect(performance.now() - started).toBeLessThan(500);
	});
});
