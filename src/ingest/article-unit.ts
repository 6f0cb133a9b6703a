// One input ready for the pipeline, or why an input was not: every input of an ingest ends as exactly one of these.
import type { DyadError } from '../errors.js';

/** An article to read and store. */
export interface ArticleUnit {
  /** How the store and `sources` name it: the id given in JSONL, else the file path, URL or feed item link. */
  key: string;
  /** How messages name it: "a.txt", "in.jsonl:3", "reut2-000.sgm#17". */
  label: string;
  /** The text the pipeline reads (for an HTML page, its main text). */
  text: string;
  /** The input as given: the page's HTML, or the text itself. */
  raw: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
}

/** skipped: nothing to ingest there (empty, no story body, not text); failed: could not be read (unreadable, hostile, too large, bad JSON). */
export type NotIngested = 'skipped' | 'failed';

export type SourceItem = { ok: true; unit: ArticleUnit } | { ok: false; label: string; status: NotIngested; reason: string };

const SKIP_CODES = new Set(['INPUT_EMPTY', 'INPUT_BINARY']);

/** The item for an input that gave no article: empty or binary inputs are skipped, everything else failed. */
export function notIngested(label: string, error: DyadError): SourceItem {
  return { ok: false, label, status: SKIP_CODES.has(error.code) ? 'skipped' : 'failed', reason: error.message };
}
