// Writes records to stdout with backpressure (awaits 'drain') and goes quiet when the reader leaves (EPIPE, `| head`).
import type { Writable } from 'node:stream';
import type { EventRecord } from '../document/record.js';
import { formatText } from './format-text.js';
import type { OutputFormat } from './options.js';

/** A writable that never buffers more than its high-water mark and never throws on a closed pipe. */
export class Sink {
  /** True once the reader went away or the stream failed: stop producing. */
  closed = false;
  /** A write error other than a closed pipe (disk full …): the command should fail with it. */
  failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') this.failure ??= error;
    });
    stream.on('close', () => (this.closed = true));
  }

  /** Writes a chunk; resolves when the stream can take more (or has closed). */
  async write(chunk: string): Promise<void> {
    if (this.closed || this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('error', done).off('close', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
  }
}

/**
 * Writes records one at a time in `format`. With `asArray` (JSON for several inputs) the records
 * are streamed as the elements of one JSON array, so nothing is held back.
 * @example const out = new RecordWriter(sink, 'jsonl', false); await out.write(record); await out.end();
 */
export class RecordWriter {
  private count = 0;

  constructor(
    private readonly sink: Sink,
    private readonly format: OutputFormat,
    private readonly asArray: boolean,
  ) {}

  /** Writes one record. */
  async write(record: EventRecord): Promise<void> {
    const first = this.count++ === 0;
    if (this.format === 'jsonl') return this.sink.write(`${JSON.stringify(record)}\n`);
    if (this.format === 'text') return this.sink.write(`${first ? '' : '\n'}${formatText(record)}`);
    const json = JSON.stringify(record, null, 2);
    // Pretty JSON has no raw newline inside strings, so indenting every line is safe.
    if (this.asArray) return this.sink.write(`${first ? '[\n' : ',\n'}${json.replace(/^/gm, '  ')}`);
    return this.sink.write(`${json}\n`);
  }

  /** Closes the JSON array, if any (`[]` when no record was written). */
  async end(): Promise<void> {
    if (this.format === 'json' && this.asArray) await this.sink.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}
