/**
 * Turns a data file's bytes into text, or says exactly why it cannot: UTF-16, binary (a NUL
 * byte), or not UTF-8 (with the line and byte of the first bad byte). The build reads every data
 * file through it, and the extractor every article, so both accept the same files and count
 * offsets alike: a UTF-8 byte-order mark is dropped, and offsets are those of the text after it.
 */

export interface DecodeProblem {
	/** 1-based line of the first byte at fault. */
	line: number;
	message: string;
}

const BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;
const CR = 0x0d;

/** 1-based line of a byte offset; lines end with LF, CRLF or a lone CR. */
function lineOf(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) line++;
	}
	return line;
}

/** Allowed range of the second byte after each lead byte (RFC 3629, table 3-7 of Unicode). */
function secondByteRange(lead: number): readonly [number, number] {
	if (lead === 0xe0) return [0xa0, 0xbf];
	if (lead === 0xed) return [0x80, 0x9f];
	if (lead === 0xf0) return [0x90, 0xbf];
	if (lead === 0xf4) return [0x80, 0x8f];
	return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		const length = sequenceLength(lead);
		if (length === 0) return i;
		for (let k = 1; k < length; k++) {
			const byte = bytes[i + k];
			const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
			if (byte === undefined || byte < low || byte > high) return i;
		}
		i += length;
	}
	return -1;
}

/**
 * UTF-16 without a byte-order mark: every character below U+0100 (Latin letters, and the spaces,
 * digits and punctuation of any script) has a NUL on the same side of its pair. Looked for in the
 * first few kilobytes: a few NULs at least, almost all on one side.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 4096);
	let even = 0;
	let odd = 0;
	sample.forEach((byte, i) => {
		if (byte === 0) {
			if (i % 2 === 0) even++;
			else odd++;
		}
	});
	const most = Math.max(even, odd);
	return most >= 4 && most >= sample.length / 20 && Math.min(even, odd) <= most / 10;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeText(bytes: Uint8Array): { text: string } | { problem: DecodeProblem } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { problem: { line: 1, message: 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' } };
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		return looksLikeUtf16(bytes)
			? { problem: { line: 1, message: 'the file is UTF-16 (every other byte is NUL); save it as UTF-8' } }
			: { problem: { line: lineOf(bytes, nul), message: `a NUL byte at byte ${nul}; this looks like a binary file, not text` } };
	}
	const hasBom = BOM.every((b, i) => bytes[i] === b);
	const body = hasBom ? bytes.subarray(BOM.length) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
	} catch {
		const at = firstInvalidUtf8(body) + (hasBom ? BOM.length : 0);
		return {
			problem: {
				line: lineOf(bytes, at),
				message: `byte ${at} (${hex(bytes[at] ?? 0)}) is not UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8`
			}
		};
	}
}
