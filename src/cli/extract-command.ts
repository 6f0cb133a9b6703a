// `dyad extract`: reads each input, runs the extractor, streams records to stdout and reports failed inputs on stderr.
import type { Readable, Writable } from 'node:stream';
import type { Extractor } from '../index.js';
import { readInputs } from './inputs.js';
import type { ExtractOptions } from './options.js';
import { RecordWriter, Sink } from './output.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Writes one `dyad: …` line to stderr; a closed stderr is ignored. */
export function report(io: CliIo, message: string): void {
  try {
    io.stderr.write(`dyad: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  } catch {
    // nowhere left to report to
  }
}

/**
 * Runs `dyad extract` with an extractor built once. Inputs are processed one at a time, in order,
 * and each record is written before the next input is read, so memory stays flat on any input size.
 * @returns 0 when every input was read, 1 when some failed (each reported as `dyad: <input>: <reason>`).
 * @throws only for problems that are not about one input (stdout failing, the extractor not loading).
 */
export async function extractCommand(options: ExtractOptions, io: CliIo, read: Extractor): Promise<number> {
  const sink = new Sink(io.stdout);
  const asArray = options.format === 'json' && (options.files.length > 1 || options.input === 'jsonl');
  const out = new RecordWriter(sink, options.format, asArray);
  let failed = 0;
  for await (const item of readInputs(options, io.stdin)) {
    if (!item.ok) {
      failed++;
      report(io, item.error.message);
      continue;
    }
    let record;
    try {
      record = read(item.article);
    } catch (error) {
      failed++;
      report(io, `${item.label}: could not extract events: ${(error as Error).message}`);
      continue;
    }
    await out.write(record);
    if (sink.closed) break; // the reader left (`| head`): stop reading more input
  }
  await out.end();
  if (sink.failure) throw sink.failure;
  return failed > 0 ? 1 : 0;
}
