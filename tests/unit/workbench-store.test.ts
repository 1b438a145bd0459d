import { describe, expect, it } from 'vitest';
import { emptySource } from '$lib/workbench/draft';
import { draftTitle } from '$lib/workbench/store';

const titled = (title: string, text: string) => draftTitle({ source: { ...emptySource(), title }, text });

describe('draftTitle', () => {
	it('is the headline when there is one, trimmed', () => {
		expect(titled('  Fighting in Idlib ', 'First line.\nSecond.')).toBe('Fighting in Idlib');
	});

	it("is else the text's first line with a word in it, trimmed and cut at 80 characters", () => {
		expect(titled('', '\n  \n\t More than 2 million fled.  \nAnother line.')).toBe('More than 2 million fled.');
		expect(titled(' ', 'x'.repeat(100))).toBe('x'.repeat(80));
	});

	it('is "Untitled draft" where there is no word at all', () => {
		expect(titled('', '  \n\t\n ')).toBe('Untitled draft');
		expect(titled('', '')).toBe('Untitled draft');
	});
});
