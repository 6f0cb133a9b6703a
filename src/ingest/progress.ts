// The progress line of an ingest on a terminal: articles stored, their rate, and the time left when the inputs are countable files.
import type { Writable } from 'node:stream';
import type { IngestSummary } from './ingest.js';

const clock = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Draws one line on stderr, rewritten in place; silent when stderr is not a terminal (a log, a pipe, CI). */
export class Progress {
  private readonly tty: boolean;
  private drawn = false;
  private filesTotal: number | null = null;
  private filesStarted = 0;

  constructor(private readonly out: Writable & { isTTY?: boolean; columns?: number }) {
    this.tty = out.isTTY === true;
  }

  /** How many input files the run will read, when known: gives the bar and the time left. */
  expectFiles(total: number): void {
    this.filesTotal = total;
    this.filesStarted = 0;
  }

  fileStarted(): void {
    this.filesStarted++;
  }

  update(s: IngestSummary): void {
    if (!this.tty) return;
    const stored = s.ingested + s.copies;
    const rate = s.seconds > 0 ? stored / s.seconds : 0;
    let bar = '';
    let eta = '';
    if (this.filesTotal !== null && this.filesTotal > 0) {
      const done = Math.min(1, this.filesStarted / this.filesTotal);
      const width = 20;
      bar = `[${'#'.repeat(Math.round(done * width)).padEnd(width, '.')}] ${Math.round(done * 100)}% `;
      if (done > 0 && done < 1) eta = ` · ETA ${clock((s.seconds / done) * (1 - done))}`;
    }
    const line = `${bar}${stored.toLocaleString('en-US')} stored · ${s.duplicates.toLocaleString('en-US')} duplicates · ${(s.skipped + s.failed).toLocaleString('en-US')} not ingested · ${Math.round(rate).toLocaleString('en-US')} articles/s${eta}`;
    this.out.write(`\r${line.slice(0, (this.out.columns ?? 100) - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Ends the line so the summary starts on a fresh one. */
  done(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
