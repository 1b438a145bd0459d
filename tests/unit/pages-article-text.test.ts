// The article as the page shows it, every figure's words a part of their own (src/lib/pages/article-text.ts).
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/figures/dataset';
import { articleParagraphs, omittedFurniture } from '$lib/pages/article-text';
import { ARTICLE } from '../helpers/article';
import { dataFiles } from '../helpers/data';

const dataset = buildDataset(dataFiles());
const [article] = dataset.articles;
const paragraphs = articleParagraphs(article!, dataset.figures);
const sentence = (id: string) => paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)!;

describe('articleParagraphs', () => {
	it('cuts a sentence around each figure’s words, in order, and lists its figures', () => {
		const s15 = sentence('s15-1');
		expect(s15.figureIds).toEqual(['syria-refugees', 'syria-idps']);
		expect(s15.parts.map((p) => [p.text, p.figure?.id ?? null])).toEqual([
			['According to UN figures, the Syrian conflict has caused the greatest displacement crisis in the world, with ', null],
			['at least 5.5 million people fleeing the country', 'syria-refugees'],
			[' and ', null],
			['more than 6 million more displaced inside Syria', 'syria-idps'],
			['.', null]
		]);
		expect(s15.parts[1]!.figure).toEqual({ id: 'syria-refugees', label: 'Refugees who have fled Syria' });
	});

	it('keeps every character of the shown paragraphs, and leaves out the page furniture', () => {
		const shown = paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.parts.map((part) => part.text)));
		for (const text of shown) expect(ARTICLE).toContain(text);
		expect(paragraphs.map((p) => p.role)).not.toContain('chrome');
		expect(paragraphs.map((p) => p.role).slice(0, 4)).toEqual(['headline', 'standfirst', 'dateline', 'caption']);
		expect(sentence('s5-1').figureIds).toEqual([]);
		expect(sentence('s5-1').parts).toHaveLength(1);
	});
});

describe('omittedFurniture', () => {
	it('lists the page furniture as written', () => {
		expect(omittedFurniture(article!)).toEqual(['2 min read', 'Follow us on Twitter and Instagram to stay connected.']);
	});
});
