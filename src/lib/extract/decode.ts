/**
 * Turns an article file's bytes into text, or says exactly why it cannot: empty, binary, or not
 * UTF-8 (with the line and byte of the first bad byte). A UTF-8 byte-order mark is dropped;
 * line ends (CRLF or LF) are kept, so offsets are those of the text after the mark.
 */

export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}

const BOM = [0xef, 0xbb, 0xbf];
const NEWLINE = 0x0a;

function lineOf(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === NEWLINE) line++;
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
export function firstInvalidUtf8(bytes: Uint8Array): number {
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

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeArticle(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new InputError(`${file}: the file is empty`);
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (utf16) throw new InputError(`${file}: line 1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8`);
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		throw new InputError(`${file}: line ${lineOf(bytes, nul)}: a NUL byte at byte ${nul}; this looks like a binary file, not text`);
	}
	const hasBom = BOM.every((b, i) => bytes[i] === b);
	const body = hasBom ? bytes.subarray(BOM.length) : bytes;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		const bad = firstInvalidUtf8(body);
		const at = bad + (hasBom ? BOM.length : 0);
		throw new InputError(
			`${file}: line ${lineOf(bytes, at)}: byte ${at} (${hex(bytes[at] ?? 0)}) is not UTF-8; ` +
				'the file may be Latin-1 or Windows-1252: save it as UTF-8'
		);
	}
	if (text.trim() === '') throw new InputError(`${file}: the file holds no text, only white space`);
	return text;
}
