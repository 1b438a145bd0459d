/**
 * Reads a file only if it is a regular file, for the build and the extractor alike. It is opened
 * without blocking and checked through the open descriptor before it is read: a FIFO with no
 * writer would make a plain read wait forever, a device such as /dev/zero never ends, and a path
 * checked first and opened after could be swapped in between.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

export type FileRead = { bytes: Buffer } | { missing: true } | { problem: string };

/** What a path is when it is not a regular file, as the messages say it. */
export function kindOf(stats: Stats): string {
	if (stats.isDirectory()) return 'a directory';
	if (stats.isFIFO()) return 'a FIFO (named pipe)';
	if (stats.isSocket()) return 'a socket';
	return 'a device';
}

const formatBytes = (bytes: number) => bytes.toLocaleString('en-US');

/** The bytes of the regular file at `path`, no more than `limit` of them; or why there are none. */
export function readRegularFile(path: string, limit = Infinity): FileRead {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		const { code, message } = error as NodeJS.ErrnoException;
		if (code === 'ENOENT') return { missing: true };
		if (code === 'EACCES') return { problem: 'permission denied' };
		if (code === 'EISDIR') return { problem: 'is a directory, not a file' };
		return { problem: `cannot be opened: ${message}` };
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) return { problem: `is ${kindOf(stats)}, not a file` };
		if (stats.size > limit) {
			return { problem: `is ${formatBytes(stats.size)} bytes; a file like it may be ${formatBytes(limit)} bytes (${limit / 2 ** 20} MB) at most` };
		}
		return { bytes: readFileSync(fd) };
	} catch (error) {
		return { problem: `cannot be read: ${(error as Error).message}` };
	} finally {
		closeSync(fd);
	}
}
