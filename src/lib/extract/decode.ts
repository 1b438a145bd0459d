/**
 * Turns an article file's bytes into text for the extractor, or says exactly why it cannot:
 * empty, only white space, or what figures/decode.ts finds (UTF-16, binary, not UTF-8, with the
 * line and byte). The build reads articles through the same decoder, so offsets agree: both
 * drop a UTF-8 byte-order mark and count from the text after it.
 */
import { decodeText } from '../figures/decode';

export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}

export function decodeArticle(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new InputError(`${file}: the file is empty`);
	const decoded = decodeText(bytes);
	if ('problem' in decoded) throw new InputError(`${file}: line ${decoded.problem.line}: ${decoded.problem.message}`);
	if (decoded.text.trim() === '') throw new InputError(`${file}: the file holds no text, only white space`);
	return decoded.text;
}
