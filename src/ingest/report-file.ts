// The --report file: every input's fate, written as the ingest goes (constant memory), then the summary; one JSON document.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { IngestSummary, ItemReport } from './ingest.js';

/** Writes `{"items": [{input, key, status, of?, reason?}, …], "summary": {…}}`. */
export class ReportFile {
  private first = true;

  private constructor(private readonly out: WriteStream) {}

  static async open(path: string): Promise<ReportFile> {
    const out = createWriteStream(path);
    await once(out, 'open');
    out.write('{"items": [\n');
    return new ReportFile(out);
  }

  item(r: ItemReport): void {
    this.out.write(`${this.first ? '' : ',\n'}${JSON.stringify(r)}`);
    this.first = false;
  }

  /** Ends the item list with the summary and closes the file. */
  async finish(summary: IngestSummary): Promise<void> {
    this.out.end(`\n],\n"summary": ${JSON.stringify(summary)}}\n`);
    await once(this.out, 'finish');
  }
}
