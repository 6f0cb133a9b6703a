// The `dyad --help` text and the package version for `dyad --version`.
import { readFileSync } from 'node:fs';
import { EVAL_SETS } from './eval/sets.js';

/** The help text, ending with a newline. */
export const HELP = `dyad — political event data from news text: who did what to whom, when, and for how much.

Usage:
  dyad extract FILE... [options]   read articles and print their event records
  dyad ingest PATH... [options]    read articles into the store, merging reports of one event
  dyad events [options]            list stored events with the documents that report them
  dyad timeline A B [options]      a dyad's events per day, week or month, with the Goldstein series
  dyad export --format F [options] write stored events as gdelt, plover, csv or jsonl
  dyad dyads [--top 20]            the country pairs with the most events, with their Goldstein sums
  dyad actors [--country PAK]      people, organisations and countries seen, most events first
  dyad actor NAME [--id N]         one actor: roles over time (with first and last dates seen), events
  dyad search WORDS...             documents that contain the words (full-text search)
  dyad serve [--port 8080]         the HTTP JSON API over the store (OpenAPI at /openapi.json)
  dyad eval SET [options]          score Dyad on an evaluation set read at run time:
${EVAL_SETS.map((s) => `                                     ${s.summary}`).join('\n')}
  dyad --help | -h                 show this help
  dyad --version | -V              show the version

FILE is a path, or - for stdin.

Options for extract:
  --published YYYY-MM-DD   publication date, the anchor for "on Saturday", "last month";
                           an ISO timestamp (2025-09-14T08:30:00Z) is reduced to its date.
                           With --input jsonl it is used for lines without "published".
  --format json|jsonl|text output (default json):
                             json   one input: one pretty-printed record;
                                    several FILEs or --input jsonl: a JSON array of records
                             jsonl  one record per line, compact
                             text   a readable summary: document, entities, one event a line
  --input text|jsonl       what FILE holds (default text):
                             text   one article per file, UTF-8
                             jsonl  one article per line: {"id": "a1", "text": "…",
                                    "published": "2025-09-14", "url": …, "source": …};
                                    results come out streaming, in input order,
                                    and each record's document.id is the line's id
  --dictionary DIR         code events with the PETRARCH/TABARI dictionaries in DIR
                           (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt,
                           *discards*.txt) instead of Dyad's own patterns; actor codes
                           come from the dictionary, dated roles resolved on --published
  --max-bytes N            largest article (or JSONL line) accepted, in bytes; 20MB, 512K
                           also work (default 10MB)

Errors: each input that cannot be read (missing, a directory, empty, binary, not UTF-8, too
large, a bad JSONL line) is reported on stderr as "dyad: <input>: <reason>" and the others
are still processed.

Options for ingest (PATH: a file, a directory (read recursively), - for stdin, or an http(s) URL):
  --db FILE|postgres://…   the store (default ./dyad.db, SQLite); a postgres:// URL uses PostgreSQL
  --published YYYY-MM-DD   publication date for texts that carry none
  --threads N              worker threads reading articles (default: all cores; 1 reads in-process)
  --batch N                articles per transaction (default 100)
  --report FILE            write every input's fate and the summary as JSON
  --follow DURATION        read the PATHs again every DURATION (15m, 1h) until stopped: feeds
  --allow-private          let URLs reach loopback and private addresses (refused by default)
  --timeout DURATION       time limit of one HTTP request (default 15s)
  --max-bytes N            largest article, page or feed accepted (default 10MB)
  --no-learn               read each article on its own: do not code a bare "Kowalczyk" from what
                           an earlier article said about "Foreign Minister Anna Kowalczyk"
  --verbose, -v            report skipped inputs and each commit on stderr
  --dictionary DIR         code events with the PETRARCH/TABARI dictionaries in DIR, as extract does
  What a PATH may hold: plain text (.txt or anything else), JSONL (.jsonl/.ndjson: {"id"?, "text"
  or "html", "published"?, "url"?, "source"?, "title"?}), HTML pages (.html: main text, title,
  date and outlet read from the page), RSS/Atom feeds (.xml/.rss/.atom: one article per item),
  Reuters-21578 SGML (.sgm), any of them gzip-compressed (.gz). Text already stored (same id or
  same text) is a duplicate and changes nothing; near-duplicates (syndicated copies) are stored
  as copies of their original. Each input is accounted for: ingested, copy, duplicate, skipped
  (with a reason) or failed (with a reason). A killed ingest loses nothing it reported; run it
  again to continue.

Options for events:
  --db FILE|postgres://…   the store (default ./dyad.db)
  --dyad PAK-USA           events between two countries, either direction
  --from, --to YYYY-MM-DD  events dated within these days
  --code 04                CAMEO code or prefix
  --actor NAME             part of a source or target actor's name
  --all                    also planned, intended and denied events (default: what happened)
  --limit N                at most N events (default 1000)
  --format table|jsonl|csv output (default table)

Options for timeline (A B: two country codes, e.g. PAK USA):
  --db FILE|postgres://…   the store (default ./dyad.db)
  --from, --to YYYY-MM-DD  the period (default: first to last event)
  --by day|week|month      the buckets (default month)
  --plot FILE.svg          also draw the Goldstein series with the events marked and labelled
  --format table|json      output (default table: periods, a sparkline, the events by date)

Options for dyads, actors, actor and search: --db, --format table|jsonl (actor: table|json),
  --limit N (actors, search), --type PERSON|ORG|GPE (actors), --from/--to (dyads).

Options for serve: --db, --port N (default 8080), --host ADDRESS (default 127.0.0.1; another
  address needs --public). Routes: /events, /events/{id}, /documents/{id}, /actors, /actors/{id},
  /dyads, /dyads/{a}/{b}/timeline, /search, /export, /health, /openapi.json.

Options for export:
  --format gdelt|plover|csv|jsonl   GDELT 2.0 event-table rows (61 tab-separated columns, no
                           header), POLECAT-style PLOVER JSON lines, CSV with a header, or Dyad's
                           stored events as JSON lines
  -o FILE                  write to FILE instead of stdout
  the filters of events: --db, --dyad, --from, --to, --code, --actor, --all

Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.

Examples:
  dyad extract article.txt --published 2025-09-14 --format text
  dyad extract story.txt --dictionary my-petrarch-dictionaries/ --format text
  cat articles.jsonl | dyad extract - --input jsonl --format jsonl > records.jsonl
  dyad ingest corpus/ feed.xml --report ingest.json && dyad events --dyad PAK-USA
  dyad timeline PAK USA --by week --plot pak-usa.svg
  dyad export --format gdelt --dyad PAK-USA -o pak-usa.tsv
`;

/** The version in package.json, found by walking up from this file (src/cli or dist/src/cli). */
export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'dyad' && pkg.version) return pkg.version;
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}
