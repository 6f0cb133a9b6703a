// API benchmark: GET /dyads/KEN/ETH/timeline?by=month on loopback, autocannon (10 connections, 10 s) against `dyad serve` in a child process.
// The store is a fresh SQLite file with one dyad's events written straight into the events table, spread over 2025;
// the server runs in its own process so the load generator does not share its thread. Goal: ≥ 2,000 requests/s.
// The server reuses a timeline for a second (createApp's cacheMs), so the bench also times one uncached computation.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dyadTimeline, MAX_LISTED_EVENTS } from '../src/analytics/timeline.js';
import { serveCommand } from '../src/server/serve-command.js';
import { insertRows } from '../src/store/insert-rows.js';
import type { SqlValue } from '../src/store/sql.js';
import { openDriver } from '../src/store/store.js';

const GOAL = 2000;
const CONNECTIONS = 10;
const SECONDS = 10;
const ROUTE = '/dyads/KEN/ETH/timeline?by=month';

/** The parts of autocannon's result this bench reads (autocannon ships no types). */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  throughput: { average: number };
}
type Autocannon = (o: { url: string; connections: number; duration: number }) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** What the KEN–ETH events are, in turn: CAMEO code, name, Goldstein score, quad class. */
const CODES: [string, string, number, number][] = [
  ['040', 'Consult, not specified below', 1, 1],
  ['041', 'Discuss by telephone', 1, 1],
  ['042', 'Make a visit', 1.9, 1],
  ['057', 'Sign formal agreement', 8, 1],
  ['071', 'Provide economic aid', 7.4, 2],
  ['112', 'Accuse, not specified below', -2, 3],
  ['172', 'Impose administrative sanctions', -5, 4],
];
const SENTENCE = 'Kenyan Foreign Minister Amina Odhiambo spoke by telephone with Ethiopian Foreign Minister Tesfaye Bekele.';
const EVENT_COLUMNS = ['id', 'date', 'date_lo', 'date_hi', 'date_precision', 'cameo', 'root', 'cameo_name', 'goldstein', 'quad_class', 'source_code', 'source_country', 'source_sector', 'source_name', 'target_code', 'target_country', 'target_sector', 'target_name', 'negated', 'modality', 'confidence', 'num_mentions', 'num_articles', 'num_sources', 'first_document'];
const MENTION_COLUMNS = ['event_id', 'document_id', 'event_ref', 'sentence', 'start_offset', 'end_offset', 'text', 'date', 'date_source', 'cameo', 'confidence', 'pattern', 'is_copy'];

/** A fresh SQLite store with `n` asserted KEN–ETH events, one every 365/n days of 2025, each with its evidence sentence. */
async function seed(file: string, n: number): Promise<void> {
  const db = await openDriver(file);
  try {
    await db.transaction(async () => {
      await db.run("INSERT INTO documents (id, doc_key, content_hash, text, pipeline, ingested_at) VALUES (1, 'bench', 'bench', ?, '[]', '2026-01-01T00:00:00Z')", [SENTENCE]);
      const events: SqlValue[][] = [];
      const mentions: SqlValue[][] = [];
      for (let i = 0; i < n; i++) {
        const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / n) * 86_400_000).toISOString().slice(0, 10);
        const [cameo, name, goldstein, quad] = CODES[i % CODES.length]!;
        const [s, t] = i % 2 === 0 ? ['KEN', 'ETH'] : ['ETH', 'KEN'];
        events.push([i + 1, day, day, day, 'day', cameo, cameo.slice(0, 2), name, goldstein, quad, `${s}GOV`, s, 'GOV', `${s} minister`, `${t}GOV`, t, 'GOV', `${t} minister`, 0, 'asserted', 0.9, 1, 1, 1, 1]);
        mentions.push([i + 1, 1, `e${i}`, 0, 0, SENTENCE.length - 1, SENTENCE.slice(0, -1), day, 'text', cameo, 0.9, 'bench', 0]);
      }
      await insertRows(db, 'events', EVENT_COLUMNS, events);
      await insertRows(db, 'event_mentions', MENTION_COLUMNS, mentions);
    });
  } finally {
    await db.close();
  }
}

/** Starts `dyad serve` on 127.0.0.1 and a free port in a child process; resolves with it and its URL once it listens. */
async function startServer(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve', '--db', file, '--port', '0'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(err)?.[0];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${err}`)));
  });
}

interface Scenario {
  events: number;
  label: string;
}

/** Milliseconds one timeline takes to compute in this process, without the server's cache (median of 50 after 10 warm-up runs). */
async function computeMs(file: string): Promise<number> {
  const db = await openDriver(file, { create: false });
  try {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      await dyadTimeline(db, { a: 'KEN', b: 'ETH', by: 'month' });
      if (i >= 10) times.push(performance.now() - t0);
    }
    return times.sort((x, y) => x - y)[times.length >> 1]!;
  } finally {
    await db.close();
  }
}

async function measure(s: Scenario): Promise<{ scenario: Scenario; bytes: number; computeMs: number; load: LoadResult }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-api-bench-'));
  const file = join(dir, 'bench.db');
  await seed(file, s.events);
  const compute = await computeMs(file);
  const { child, url } = await startServer(file);
  try {
    const probe = await fetch(url + ROUTE);
    if (probe.status !== 200) throw new Error(`${ROUTE} answered ${probe.status}: ${await probe.text()}`);
    const bytes = (await probe.arrayBuffer()).byteLength;
    await autocannon({ url: url + ROUTE, connections: CONNECTIONS, duration: 2 }); // warm-up: JIT, statement cache
    const load = await autocannon({ url: url + ROUTE, connections: CONNECTIONS, duration: SECONDS });
    return { scenario: s, bytes, computeMs: compute, load };
  } finally {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    if (code !== 0) console.log(`warning: the server exited with ${code} on SIGTERM`);
    rmSync(dir, { recursive: true, force: true });
  }
}

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (process.argv[2] === 'serve') {
    process.exitCode = await serveCommand(process.argv.slice(3), process);
    return;
  }
  const scenarios: Scenario[] = [
    { events: 5000, label: 'a busy dyad: 5,000 events in 2025, counted in the database' },
    { events: MAX_LISTED_EVENTS, label: `${MAX_LISTED_EVENTS} events in 2025, each listed with its evidence` },
  ];
  console.log(`api: GET ${ROUTE}, ${CONNECTIONS} connections, ${SECONDS} s after a 2 s warm-up; server in its own process on 127.0.0.1`);
  const results = [];
  for (const s of scenarios) {
    const r = await measure(s);
    results.push(r);
    const l = r.load;
    console.log(
      `${s.label}: ${n(l.requests.average)} requests/s, latency p50 ${n(l.latency.p50)} ms, p99 ${n(l.latency.p99)} ms, ` +
        `${n(r.bytes / 1024, 1)} KiB per answer, ${n(l.requests.total)} requests, ${l.non2xx} not 2xx, ${l.errors} errors; ` +
        `computing it uncached takes ${n(r.computeMs, 1)} ms`,
    );
  }
  console.log(JSON.stringify(results.map((r) => ({ events: r.scenario.events, rps: r.load.requests.average, p50: r.load.latency.p50, p99: r.load.latency.p99, bytes: r.bytes, computeMs: Math.round(r.computeMs * 10) / 10 }))));
  const met = results.every((r) => r.load.requests.average >= GOAL && r.load.non2xx === 0 && r.load.errors === 0);
  console.log(`goal: ≥ ${n(GOAL)} requests/s on the timeline route — ${met ? 'met' : 'not met yet'}`);
}

await main();
