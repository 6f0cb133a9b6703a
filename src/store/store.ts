// The store: one interface over SQLite (the default, a file) and PostgreSQL, the same schema and the same code on both.
import { existsSync } from 'node:fs';
import { DyadError } from '../errors.js';
import { EntityResolver, learnedPeople, type LearnedPerson } from './entities.js';
import { queryEvents, type EventFilter, type StoredEvent } from './event-query.js';
import { openPostgres } from './postgres-driver.js';
import { migrate } from './schema.js';
import type { Dialect, SqlDriver } from './sql.js';
import { openSqlite } from './sqlite-driver.js';
import { StatisticsRefresh } from './statistics.js';
import { PendingRows } from './pending-rows.js';
import { writeArticle, type PreparedArticle, type WriteOutcome } from './write-article.js';

export type { EventFilter, StoredEvent } from './event-query.js';
export type { LearnedPerson } from './entities.js';
export type { PreparedArticle, WriteOutcome } from './write-article.js';

export interface StoreCounts {
  documents: number;
  copies: number;
  events: number;
  eventMentions: number;
  entities: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface Store {
  readonly engine: Dialect;
  /** The key of the stored document with this key or this text, or null. */
  findDocument(key: string, hash: string): Promise<string | null>;
  /** Writes articles in one transaction: all of them land, or (on error) none. */
  writeBatch(articles: PreparedArticle[]): Promise<WriteOutcome[]>;
  learnedPeople(): Promise<LearnedPerson[]>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

/** The default store: `./dyad.db` in the working directory. */
export const DEFAULT_DB = 'dyad.db';

export interface OpenOptions {
  /** PostgreSQL only: keep the tables in this schema (created when missing). */
  schema?: string;
  /** SQLite only: false refuses a file that does not exist yet (commands that only read). Default true. */
  create?: boolean;
}

/**
 * Opens a store: `postgres://…` or `postgresql://…` for PostgreSQL, anything else is an SQLite file.
 * Migrates the schema on open.
 * @example const store = await openStore('dyad.db')
 */
export async function openStore(spec: string = DEFAULT_DB, options: OpenOptions = {}): Promise<Store> {
  return storeOver(await openDriver(spec, options));
}

/**
 * The SQL connection of a store, opened and migrated as {@link openStore} does, for analytics that run their own queries.
 * @throws DyadError STORE when the database cannot be opened (or, with `create: false`, an SQLite file does not exist).
 * @example const db = await openDriver('dyad.db', { create: false }); try { … } finally { await db.close(); }
 */
export async function openDriver(spec: string = DEFAULT_DB, options: OpenOptions = {}): Promise<SqlDriver> {
  const postgres = /^postgres(ql)?:\/\//.test(spec);
  if (!postgres && options.create === false && spec !== ':memory:' && !existsSync(spec)) {
    throw new DyadError('STORE', `there is no store at ${spec}; run 'dyad ingest' first, or give --db`);
  }
  let db: SqlDriver;
  try {
    db = postgres ? await openPostgres(spec, options.schema) : openSqlite(spec);
  } catch (error) {
    throw new DyadError('STORE', `cannot open the store ${redact(spec)}: ${(error as Error).message}`);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/** A connection string without its password, for messages. */
const redact = (spec: string): string => spec.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

function storeOver(db: SqlDriver): Store {
  const entities = new EntityResolver(db);
  const statistics = new StatisticsRefresh(db);
  return {
    engine: db.dialect,
    async findDocument(key, hash) {
      const row = await db.get<{ doc_key: string }>('SELECT doc_key FROM documents WHERE doc_key = ? OR content_hash = ?', [key, hash]);
      return row?.doc_key ?? null;
    },
    async writeBatch(articles) {
      try {
        const out = await db.transaction(async () => {
          const pending = new PendingRows();
          const written: WriteOutcome[] = [];
          for (const a of articles) written.push(await writeArticle(db, entities, a, pending));
          await pending.flush(db);
          return written;
        });
        await statistics.written(out.length);
        return out;
      } catch (error) {
        entities.reset();
        throw error;
      }
    },
    learnedPeople: () => learnedPeople(db),
    events: (filter = {}) => queryEvents(db, filter),
    async search(query, limit = 20) {
      if (db.dialect === 'sqlite') {
        // FTS5 query syntax is not for users: quote each word, so "U.S.-China" or a stray quote is plain text.
        const match = query
          .split(/\s+/)
          .filter((w) => w.length > 0)
          .map((w) => `"${w.replace(/"/g, '""')}"`)
          .join(' ');
        if (match === '') return [];
        return db.all<SearchHit>(
          `SELECT d.doc_key AS id, d.title, d.url, d.published FROM documents_fts f JOIN documents d ON d.id = f.rowid
           WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
          [match, limit],
        );
      }
      return db.all<SearchHit>(
        `SELECT doc_key AS id, title, url, published FROM documents WHERE search @@ plainto_tsquery('english', ?)
         ORDER BY ts_rank(search, plainto_tsquery('english', ?)) DESC, id LIMIT ?`,
        [query, query, limit],
      );
    },
    async counts() {
      const one = async (sql: string) => (await db.get<{ n: number }>(sql))!.n;
      return {
        documents: await one('SELECT COUNT(*) AS n FROM documents'),
        copies: await one('SELECT COUNT(*) AS n FROM documents WHERE copy_of IS NOT NULL'),
        events: await one('SELECT COUNT(*) AS n FROM events'),
        eventMentions: await one('SELECT COUNT(*) AS n FROM event_mentions'),
        entities: await one('SELECT COUNT(*) AS n FROM entities'),
      };
    },
    close: () => db.close(),
  };
}
