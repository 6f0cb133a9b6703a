// `dyad search WORDS…`: the stored documents that contain the words, best match first, as a table or JSONL.
import type { CliIo } from '../cli/extract-command.js';
import { countFlag, parseFlags, usage } from '../cli/options.js';
import { Sink } from '../cli/output.js';
import { showValue } from '../input/published.js';
import { DEFAULT_DB, openStore, type SearchHit } from '../store/store.js';
import { shorten } from '../cli/words.js';

export type SearchFormat = 'table' | 'jsonl';

export interface SearchCliOptions {
  db: string;
  /** The words, joined by spaces; a document matches when it has every one (stemmed, so "minerals" finds "mineral"). */
  query: string;
  limit: number;
  format: SearchFormat;
}

/**
 * Parses `dyad search` arguments (after the word `search`). Defaults: --db dyad.db, --limit 20, --format table.
 * @throws DyadError USAGE when there are no words, or the limit or format is bad.
 * @example parseSearchArgs(['critical', 'minerals', '--limit', '5']) // { db: 'dyad.db', query: 'critical minerals', limit: 5, format: 'table' }
 */
export function parseSearchArgs(argv: string[]): SearchCliOptions {
  const parsed = parseFlags({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  const v = parsed.values;
  const query = parsed.positionals.join(' ').trim();
  if (query === '') throw usage('search needs words to look for, such as: dyad search "critical minerals"');
  const limit = countFlag('limit', v.limit, 20);
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'jsonl') throw usage(`unknown format ${showValue(format)}; use table or jsonl`);
  return { db: v.db ?? DEFAULT_DB, query, limit, format };
}

/** One hit: its publication day, title and key, and its URL when that is not already the key. */
function tableRow(h: SearchHit): string {
  const url = h.url === null || h.url === h.id ? '' : `  ${h.url}`;
  return `${(h.published ?? 'undated').padEnd(10)}  ${shorten(h.title ?? '(no title)', 50).padEnd(50)}  ${h.id}${url}`;
}

/** Runs `dyad search` (argv after the word `search`). @returns 0 (finding nothing is not an error). */
export async function searchCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseSearchArgs(argv);
  const store = await openStore(o.db, { create: false });
  let hits: SearchHit[];
  try {
    hits = await store.search(o.query, o.limit);
  } finally {
    await store.close();
  }
  const sink = new Sink(io.stdout);
  if (o.format === 'jsonl') {
    for (const h of hits) {
      await sink.write(`${JSON.stringify(h)}\n`);
      if (sink.closed) break;
    }
  } else {
    const footer = `${hits.length} document${hits.length === 1 ? '' : 's'} match${hits.length === 1 ? 'es' : ''} ${JSON.stringify(o.query)}`;
    await sink.write([...hits.map(tableRow), footer].join('\n') + '\n');
  }
  if (sink.failure) throw sink.failure;
  return 0;
}
