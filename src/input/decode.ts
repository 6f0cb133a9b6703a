// Turns the bytes of one article (a file, stdin) into its text, or a DyadError naming the input and the problem.
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DyadError } from '../errors.js';

const KB = 1024;
const MB = 1024 * 1024;

/** Default size limit of one article: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * MB;

export interface DecodeOptions {
  /** Largest article accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
}

/** The text of an input, or the reason it cannot be read. Errors are data here, not exceptions. */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: DyadError };

const fail = (error: DyadError): DecodeResult => ({ ok: false, error });

/** "12,582,912 bytes (12.0 MB)", "900 bytes": a size people and programs can both read. */
export function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  if (bytes < KB) return exact;
  return `${exact} (${bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / KB).toFixed(1)} KB`})`;
}

/** A --max-bytes value just large enough for `bytes`: "13MB", "4K", "900". */
function sizeFlag(bytes: number): string {
  return bytes >= MB ? `${Math.ceil(bytes / MB)}MB` : bytes >= KB ? `${Math.ceil(bytes / KB)}K` : String(bytes);
}

/** The INPUT_TOO_LARGE error: says the size (when known), the limit and how to raise it. `subject`: "line". */
export function tooLarge(name: string, size: number | null, maxBytes: number, subject = ''): DyadError {
  const what = size === null ? 'is larger than' : `is ${formatBytes(size)}, over`;
  const raise = sizeFlag(size ?? maxBytes * 2);
  return new DyadError('INPUT_TOO_LARGE', `${name}: ${subject ? `${subject} ` : ''}${what} the limit of ${formatBytes(maxBytes)}; raise it with --max-bytes ${raise}`);
}

/**
 * Decodes one article's bytes as UTF-8 (a leading BOM is dropped) and checks it is usable text.
 * Order of checks: size, UTF-16, binary (a NUL byte or >5% control characters), UTF-8, empty.
 * @example decodeArticle(Buffer.from('ISLAMABAD: Talks were held.'), 'a.txt') // { ok: true, text: 'ISLAMABAD: …' }
 */
export function decodeArticle(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return fail(tooLarge(name, bytes.length, maxBytes));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(new DyadError('INPUT_ENCODING', `${name}: is UTF-16, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8`));
  }
  const binary = binaryReason(bytes);
  if (binary) return fail(new DyadError('INPUT_BINARY', `${name}: looks like a binary file, not text (${binary})`));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at < 0 ? '' : ` (byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`;
    return fail(new DyadError('INPUT_ENCODING', `${name}: is not valid UTF-8${where}; convert it first, e.g. iconv -f latin1 -t utf-8`));
  }
  if (text.trim() === '') {
    const what = text.length === 0 ? 'is empty' : 'contains only whitespace';
    return fail(new DyadError('INPUT_EMPTY', `${name}: ${what}; there is no article text to read`));
  }
  return { ok: true, text };
}

/** Why the bytes look binary, or null: a NUL byte, or more than 5% C0 control characters besides tab, newlines and form feed. */
function binaryReason(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return `NUL byte at offset ${i}`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls > bytes.length * 0.05 ? `${controls} control characters in ${bytes.length} bytes` : null;
}

/** Offset of the first byte that breaks UTF-8, or -1. Only used to make the error message precise. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i; // a lead byte that cannot start a sequence, or a cut-off one
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (n > 0 && (b[i + 1]! < lo || b[i + 1]! > hi)) return i;
    for (let k = 2; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Reads a stream up to `maxBytes`; returns null as soon as it is larger (and stops reading). */
export async function readLimited(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      stream.destroy();
      return null;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads and decodes one article from a stream such as stdin, stopping early when it passes the limit.
 * @example await readArticleStream(process.stdin, 'stdin')
 */
export async function readArticleStream(stream: Readable, name: string, options: DecodeOptions = {}): Promise<DecodeResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readLimited(stream, maxBytes);
  if (bytes === null) return fail(tooLarge(name, null, maxBytes));
  return decodeArticle(bytes, name, options);
}

/** Turns an fs error into INPUT_UNREADABLE with a plain reason ("no such file"). */
export function unreadable(name: string, error: unknown): DyadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : (error as Error).message;
  return new DyadError('INPUT_UNREADABLE', `${name}: ${reason}`);
}

/**
 * Reads and decodes one article file. The size is checked with stat before reading, so a huge
 * file is refused without loading it.
 * @example await readArticleFile('seed/article.txt', { maxBytes: 1_000_000 })
 */
export async function readArticleFile(path: string, options: DecodeOptions = {}): Promise<DecodeResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return fail(unreadable(path, error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return fail(new DyadError('INPUT_UNREADABLE', `${path}: is a directory, not a file`));
    if (stat.size > maxBytes) return fail(tooLarge(path, stat.size, maxBytes));
    // Read with a limit anyway: pipes and devices report size 0.
    const bytes = await readLimited(handle.createReadStream({ autoClose: false }), maxBytes);
    if (bytes === null) return fail(tooLarge(path, null, maxBytes));
    return decodeArticle(bytes, path, options);
  } catch (error) {
    return fail(unreadable(path, error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}
