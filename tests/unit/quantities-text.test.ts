// The character readers of src/lib/quantities/text.ts that stand in for sticky regexes.
import { describe, expect, it } from 'vitest';
import { codeAfterSpace, gapEnd, letterRunEnd, lowerAscii } from '$lib/quantities/text';

/** Short strings of letters (astral and combining included), digits, white space and dashes. */
function* texts(): Generator<string> {
	const pieces = ['a', 'Z', 'é', '𝐀', '\ud835', '\udc00', '-', '‐', ' ', '\u00a0', '\n', '\t', '1', '½', 'ß', '中', '\u0301', 'ǅ', 'ʰ', '😀', '%', 'K'];
	// A fixed walk through the combinations, so that a failure is the same failure every time.
	let state = 1;
	for (let n = 0; n < 6_000; n++) {
		let text = '';
		for (let length = n % 7; length > 0; length--) {
			state = (Math.imul(state, 1103515245) + 12345) >>> 0;
			text += pieces[(state >>> 8) % pieces.length];
		}
		yield text;
	}
}

/** Offsets where a reader may start: any, except inside a surrogate pair. */
function starts(text: string): number[] {
	return [...Array(text.length + 1).keys()].filter((at) => !(/[\udc00-\udfff]/.test(text[at] ?? '') && /[\ud800-\udbff]/.test(text[at - 1] ?? '')));
}

function stickyEnd(re: RegExp, text: string, at: number): number | null {
	re.lastIndex = at;
	return re.test(text) ? re.lastIndex : null;
}

describe('text readers', () => {
	it('letterRunEnd ends where /\\p{L}+/uy does (at the start when it does not match)', () => {
		for (const text of texts()) {
			for (const at of starts(text)) expect(letterRunEnd(text, at), JSON.stringify([text, at])).toBe(stickyEnd(/\p{L}+/uy, text, at) ?? at);
		}
	});

	it('gapEnd ends where /\\s+|-/uy does, or is null', () => {
		for (const text of texts()) {
			for (const at of starts(text)) expect(gapEnd(text, at), JSON.stringify([text, at])).toBe(stickyEnd(/\s+|-/uy, text, at));
		}
	});

	it('codeAfterSpace reads the first character past the white space, NaN at the end', () => {
		expect(codeAfterSpace(' \u00a0\n x', 0)).toBe(0x78);
		expect(codeAfterSpace('x', 0)).toBe(0x78);
		expect(codeAfterSpace('x  ', 1)).toBeNaN();
		expect([lowerAscii(0x41), lowerAscii(0x7a), lowerAscii(0x31), lowerAscii(0xc9)]).toEqual([0x61, 0x7a, 0x31, 0xc9]);
	});
});
