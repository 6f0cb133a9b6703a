// The progress line: drawn in place on a terminal with the rate and the time left, silent otherwise.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IngestSummary } from './ingest.js';
import { Progress } from './progress.js';

class Terminal extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  readonly columns = 200;
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

const summary = (stored: number, seconds: number): IngestSummary => ({ inputs: stored, ingested: stored, copies: 0, duplicates: 3, skipped: 1, failed: 1, events: { created: 0, merged: 0 }, seconds });

describe('Progress', () => {
  it('redraws one line with a bar, the counts, the rate and the time left', () => {
    const out = new Terminal(true);
    const p = new Progress(out);
    p.expectFiles(4);
    p.fileStarted();
    p.update(summary(100, 2));
    p.done();
    expect(out.text).toBe('\r[#####...............] 25% 100 stored · 3 duplicates · 2 not ingested · 50 articles/s · ETA 0:06\x1b[K\n');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const out = new Terminal(false);
    const p = new Progress(out);
    p.update(summary(100, 2));
    p.done();
    expect(out.text).toBe('');
  });
});
