// Reads a file's bytes within a limit, decompressing gzip as a stream so a gzip bomb stops at the limit.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DyadError } from '../errors.js';
import { readLimited, tooLarge, unreadable } from './decode.js';

export type FileBytesResult = { ok: true; bytes: Buffer } | { ok: false; error: DyadError };

const fail = (error: DyadError): FileBytesResult => ({ ok: false, error });

/**
 * Reads a file, gunzipping it when it starts with the gzip magic bytes (1f 8b) or ends in `.gz`.
 * A file larger than `maxBytes` is refused by its size before any byte is read; plain files are
 * read up to `maxBytes + 1` bytes and gzip output stops soon after passing `maxBytes`, so memory
 * stays bounded whatever the file claims.
 * @returns INPUT_TOO_LARGE (file or decompressed content over the limit), INPUT_UNREADABLE
 * (missing, a directory, broken gzip).
 * @example await readFileBytes('feeds/dawn.xml.gz', 'feeds/dawn.xml.gz', 10 * 1024 * 1024) // { ok: true, bytes: <Buffer …> }
 */
export async function readFileBytes(path: string, name: string, maxBytes: number): Promise<FileBytesResult> {
  // Plain files are read synchronously: a local file of a few KB takes microseconds, while each
  // asynchronous step (open, stat, read, close) waits its turn in the thread pool, which made
  // reading the slowest part of an ingest. Gzip streams, so a bomb stops at the limit.
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return fail(unreadable(name, error));
  }
  let streaming = false;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail(new DyadError('INPUT_UNREADABLE', `${name}: is a directory, not a file`));
    if (stat.size > maxBytes) return fail(tooLarge(name, stat.size, maxBytes));
    // One read of the size just checked, plus a byte to notice a file that grew past the limit meanwhile.
    const bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < bytes.length; filled += n) n = readSync(fd, bytes, filled, bytes.length - filled, filled);
    const gzip = (filled >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) || /\.gz$/i.test(path);
    if (!gzip) return filled > maxBytes ? fail(tooLarge(name, null, maxBytes)) : { ok: true, bytes: bytes.subarray(0, filled) };
    streaming = true;
    const gunzip = createGunzip();
    pipeline(createReadStream('', { fd, start: 0, end: maxBytes }), gunzip, () => undefined); // errors reach the reader through gunzip; the stream closes fd
    const out = await readLimited(gunzip, maxBytes).catch((error: Error) => new DyadError('INPUT_UNREADABLE', `${name}: is not valid gzip data (${error.message})`));
    if (out instanceof DyadError) return fail(out);
    return out === null ? fail(tooLarge(name, null, maxBytes, 'its decompressed content')) : { ok: true, bytes: out };
  } catch (error) {
    return fail(unreadable(name, error));
  } finally {
    if (!streaming) closeSync(fd);
  }
}
