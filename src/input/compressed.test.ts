// Tests for reading a file within a limit: plain and gzip files, a gzip bomb, a sparse 2 GB file, broken gzip and missing files.
import { createWriteStream, mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileBytes, type FileBytesResult } from './compressed.js';

const MB = 1024 * 1024;
const TEXT = 'ISLAMABAD: The two ministers spoke by telephone on Saturday.';
const dir = mkdtempSync(join(tmpdir(), 'dyad-compressed-'));
const path = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (r: FileBytesResult) => {
  if (!r.ok) throw new Error(`expected bytes, got ${r.error.message}`);
  return r.bytes;
};
const errorOf = (r: FileBytesResult) => {
  if (r.ok) throw new Error(`expected an error, got ${r.bytes.length} bytes`);
  return r.error;
};

/** Writes `size` zero bytes through gzip, streaming, so the test never holds them. */
async function gzipBomb(file: string, size: number): Promise<void> {
  const chunk = Buffer.alloc(MB);
  const zeros = Readable.from((function* () { for (let i = 0; i < size / MB; i++) yield chunk; })());
  await pipeline(zeros, createGzip({ level: 9 }), createWriteStream(file));
}

beforeAll(async () => {
  writeFileSync(path('a.txt'), TEXT);
  writeFileSync(path('a.txt.gz'), gzipSync(TEXT));
  writeFileSync(path('no-extension'), gzipSync(TEXT));
  writeFileSync(path('broken.gz'), gzipSync(TEXT).subarray(0, 20));
  writeFileSync(path('not-gzip.gz'), TEXT);
  await gzipBomb(path('bomb.gz'), 50 * MB);
  writeFileSync(path('sparse.txt'), '');
  truncateSync(path('sparse.txt'), 2 * 1024 * MB); // 2 GB, but no disk used
  mkdirSync(path('folder'));
});

describe('readFileBytes', () => {
  it('reads a plain file', async () => {
    expect(bytesOf(await readFileBytes(path('a.txt'), 'a.txt', 1000)).toString()).toBe(TEXT);
  });

  it('gunzips a .gz file, and a file that starts with the gzip magic bytes whatever its name', async () => {
    expect(bytesOf(await readFileBytes(path('a.txt.gz'), 'a.txt.gz', 1000)).toString()).toBe(TEXT);
    expect(bytesOf(await readFileBytes(path('no-extension'), 'no-extension', 1000)).toString()).toBe(TEXT);
  });

  it('stops a gzip bomb (50 MB of zeros in about 50 KB) at the limit, as INPUT_TOO_LARGE naming the decompressed limit', async () => {
    const before = process.memoryUsage().rss;
    const e = errorOf(await readFileBytes(path('bomb.gz'), 'bomb.gz', MB));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toBe('bomb.gz: its decompressed content is larger than the limit of 1,048,576 bytes (1.0 MB); raise it with --max-bytes 2MB');
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * MB);
  });

  it('refuses a 2 GB file by its size before reading it', async () => {
    const e = errorOf(await readFileBytes(path('sparse.txt'), 'huge.txt', 10 * MB));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toBe('huge.txt: is 2,147,483,648 bytes (2048.0 MB), over the limit of 10,485,760 bytes (10.0 MB); raise it with --max-bytes 2048MB');
  });

  it('reports a truncated gzip file as INPUT_UNREADABLE', async () => {
    const e = errorOf(await readFileBytes(path('broken.gz'), 'broken.gz', 1000));
    expect(e.code).toBe('INPUT_UNREADABLE');
    expect(e.message).toMatch(/^broken\.gz: is not valid gzip data \(unexpected end of file\)$/);
  });

  it('reports a .gz file that is not gzip as INPUT_UNREADABLE', async () => {
    expect(errorOf(await readFileBytes(path('not-gzip.gz'), 'not-gzip.gz', 1000)).message).toMatch(/^not-gzip\.gz: is not valid gzip data \(incorrect header check\)$/);
  });

  it('reports a missing file and a directory as INPUT_UNREADABLE', async () => {
    expect(errorOf(await readFileBytes(path('missing.txt'), 'missing.txt', 1000)).message).toBe('missing.txt: no such file');
    expect(errorOf(await readFileBytes(path('folder'), 'folder', 1000)).message).toBe('folder: is a directory, not a file');
  });
});
