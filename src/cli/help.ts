// The `dyad --help` text and the package version for `dyad --version`.
import { readFileSync } from 'node:fs';
import { EVAL_SETS } from './eval/sets.js';

/** The help text, ending with a newline. */
export const HELP = `dyad — political event data from news text: who did what to whom, when, and for how much.

Usage:
  dyad extract FILE... [options]   read articles and print their event records
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
  --max-bytes N            largest article (or JSONL line) accepted, in bytes; 20MB, 512K
                           also work (default 10MB)

Errors: each input that cannot be read (missing, a directory, empty, binary, not UTF-8, too
large, a bad JSONL line) is reported on stderr as "dyad: <input>: <reason>" and the others
are still processed.

Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.

Examples:
  dyad extract article.txt --published 2025-09-14 --format text
  cat articles.jsonl | dyad extract - --input jsonl --format jsonl > records.jsonl
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
