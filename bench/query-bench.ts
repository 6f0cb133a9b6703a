// Query benchmark: a dyad timeline over a store of 1,000,000 generated events (SQLite), against the goal of < 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dyadTimeline } from '../src/analytics/timeline.js';
import { openDriver } from '../src/store/store.js';

const EVENTS = 1_000_000;
/** Countries drawn with a skew, so some dyads are large (PAK–USA among them) and most are small. */
const COUNTRIES = ['USA', 'PAK', 'CHN', 'IND', 'RUS', 'UKR', 'GBR', 'FRA', 'DEU', 'JPN', 'KOR', 'PRK', 'IRN', 'ISR', 'TUR', 'SYR', 'EGY', 'SAU', 'KEN', 'ETH', 'NGA', 'ZAF', 'BRA', 'ARG', 'MEX', 'CAN', 'AUS', 'IDN', 'PHL', 'VNM'];
const CODES: [string, string, number, number][] = [
  ['041', 'Discuss by telephone', 1, 1],
  ['040', 'Consult, not specified below', 1, 1],
  ['057', 'Sign formal agreement', 8, 1],
  ['112', 'Accuse, not specified below', -2, 3],
  ['163', 'Impose embargo, boycott, or sanctions', -8, 4],
  ['190', 'Use conventional military force', -10, 4],
];

/** Writes the events (and one report each) straight into the tables, in one transaction: fast, and the same shape `dyad ingest` writes. */
function fill(file: string): void {
  const db = new Database(file);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() ** 2 * xs.length)]!;
  const doc = db.prepare("INSERT INTO documents (doc_key, content_hash, text, pipeline, ingested_at) VALUES ('bench', 'bench', 'The two sides met.', '[]', '2025-01-01')").run();
  const insert = db.prepare(`INSERT INTO events (date, date_lo, date_hi, date_precision, cameo, root, cameo_name, goldstein, quad_class,
      source_code, source_country, source_sector, source_name, target_code, target_country, target_sector, target_name,
      negated, modality, confidence, num_mentions, num_articles, num_sources, first_document)
    VALUES (?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, 'GOV', '', ?, ?, 'GOV', '', 0, 'asserted', 0.9, 1, 1, 1, ?)`);
  const mention = db.prepare(`INSERT INTO event_mentions (event_id, document_id, event_ref, sentence, start_offset, end_offset, text, date, date_source, cameo, confidence, pattern, is_copy)
    VALUES (?, ?, ?, 0, 0, 18, 'The two sides met.', ?, 'clause', ?, 0.9, 'bench', 0)`);
  const start = Date.parse('2021-01-01');
  db.transaction(() => {
    for (let i = 0; i < EVENTS; i++) {
      const s = pick(COUNTRIES);
      let t = pick(COUNTRIES);
      if (t === s) t = COUNTRIES[(COUNTRIES.indexOf(s) + 1) % COUNTRIES.length]!;
      const [cameo, name, goldstein, quad] = CODES[Math.floor(random() * CODES.length)]!;
      const day = new Date(start + Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
      const id = insert.run(day, day, day, cameo, cameo.slice(0, 2), name, goldstein, quad, `${s}GOV`, s, `${t}GOV`, t, doc.lastInsertRowid).lastInsertRowid;
      mention.run(id, doc.lastInsertRowid, `ev${i}`, day, cameo);
    }
  })();
  db.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-query-bench-'));
  try {
    const file = join(dir, 'bench.db');
    (await openDriver(file)).close(); // creates the schema
    const t0 = performance.now();
    fill(file);
    console.log(`store: ${EVENTS.toLocaleString('en-US')} events over 5 years and ${COUNTRIES.length} countries, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const db = await openDriver(file);
    const cases = [
      { label: 'PAK–USA, 5 years by month', q: { a: 'PAK', b: 'USA', by: 'month' as const } },
      { label: 'PAK–USA, 2024 by week', q: { a: 'PAK', b: 'USA', by: 'week' as const, from: '2024-01-01', to: '2024-12-31' } },
      { label: 'KEN–ETH, 5 years by month', q: { a: 'KEN', b: 'ETH', by: 'month' as const } },
    ];
    for (const c of cases) {
      await dyadTimeline(db, c.q);
      const times: number[] = [];
      let events = 0;
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        const timeline = await dyadTimeline(db, c.q);
        times.push(performance.now() - t);
        events = timeline.buckets.reduce((n, b) => n + b.count, 0);
      }
      const ms = median(times);
      console.log(`  ${c.label.padEnd(28)} ${events.toLocaleString('en-US').padStart(7)} events: median ${ms.toFixed(1)} ms of 15 runs (goal < 50 ms: ${ms < 50 ? 'met' : 'not met'})`);
    }
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
