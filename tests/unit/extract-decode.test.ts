// An article file's bytes to text, or exactly why not (src/lib/extract/decode.ts).
import { describe, expect, it } from 'vitest';
import { decodeArticle, InputError } from '$lib/extract';


describe('decodeArticle', () => {
	const bytes = (...parts: (string | number[])[]) =>
		new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
	const error = (input: Uint8Array) => {
		try {
			decodeArticle(input, 'in.txt');
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			return (e as Error).message;
		}
		return 'no error';
	};

	it('drops a byte-order mark and keeps CRLF line ends', () => {
		expect(decodeArticle(bytes([0xef, 0xbb, 0xbf], 'a\r\nb'), 'in.txt')).toBe('a\r\nb');
	});

	it('accepts every valid sequence length, up to four-byte characters', () => {
		expect(decodeArticle(bytes('é – ✓ 🇸🇾'), 'in.txt')).toBe('é – ✓ 🇸🇾');
	});

	it.each([
		['empty', bytes(), 'in.txt: the file is empty'],
		['UTF-16', bytes([0xff, 0xfe, 0x31, 0x00, 0x32, 0x00]), 'in.txt: line 1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8'],
		['only white space', bytes(' \r\n\t'), 'in.txt: the file holds no text, only white space'],
		['a BOM and nothing else', bytes([0xef, 0xbb, 0xbf]), 'in.txt: the file holds no text, only white space'],
		['binary', bytes('PNG\n\n', [0x89, 0x00, 0x01]), 'in.txt: line 3: a NUL byte at byte 6; this looks like a binary file, not text'],
		['Latin-1', bytes('Syria\nCaf', [0xe9], ' 12'), 'in.txt: line 2: byte 9 (0xE9) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['Latin-1 after a BOM', bytes([0xef, 0xbb, 0xbf], 'x', [0xa0]), 'in.txt: line 1: byte 4 (0xA0) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['an overlong encoding', bytes('a', [0xc0, 0x80]), 'in.txt: line 1: byte 1 (0xC0) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['an encoded surrogate', bytes('ab', [0xed, 0xa0, 0x80]), 'in.txt: line 1: byte 2 (0xED) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['a sequence cut at the end', bytes('abc', [0xe2, 0x82]), 'in.txt: line 1: byte 3 (0xE2) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8'],
		['a byte above U+10FFFF', bytes([0xf5, 0x80, 0x80, 0x80]), 'in.txt: line 1: byte 0 (0xF5) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8']
	])('refuses a file that is %s', (_what, input, message) => {
		expect(error(input)).toBe(message);
	});
});
