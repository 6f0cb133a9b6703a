// The store engines a test suite runs on: SQLite always, PostgreSQL when reachable (else skipped with a printed reason).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/store.js';

/** PostgreSQL for tests: DYAD_TEST_POSTGRES, else the machine's local server and its `test` database. */
export const POSTGRES_URL = process.env.DYAD_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when PostgreSQL answers, else why it cannot be used. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${POSTGRES_URL} is not reachable (${(error as Error).message}); set DYAD_TEST_POSTGRES to run these tests`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Where a fresh, empty database lives (an SQLite file, or a PostgreSQL schema), and how to throw it away. */
export interface Place {
  spec: string;
  schema?: string;
  drop(): Promise<void>;
}

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** A place for a fresh database, not yet opened (tests of migrations open it themselves). */
  place(): Place;
  /** A fresh, empty store, and how to throw it away. */
  open(): Promise<{ store: Store; spec: string; schema?: string; dispose(): Promise<void> }>;
}

const pgUnavailable = await postgresUnavailable();
if (pgUnavailable) console.log(`skipping PostgreSQL store tests: ${pgUnavailable}`);

/** A store opened at a fresh `place`; disposing of it closes it and drops the place. */
async function openAt(place: Place): Promise<{ store: Store; spec: string; schema?: string; dispose(): Promise<void> }> {
  const store = await openStore(place.spec, place.schema === undefined ? {} : { schema: place.schema });
  return { store, spec: place.spec, ...(place.schema === undefined ? {} : { schema: place.schema }), dispose: async () => (await store.close().catch(() => undefined), await place.drop()) };
}

export const ENGINES: (Engine & { skip: boolean })[] = [
  {
    name: 'sqlite',
    skip: false,
    place() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
      return { spec: join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
    open() {
      return openAt(this.place());
    },
  },
  {
    name: 'postgres',
    skip: pgUnavailable !== null,
    place() {
      const schema = `dyad_test_${randomBytes(5).toString('hex')}`;
      return {
        spec: POSTGRES_URL,
        schema,
        async drop() {
          const client = new pg.Client({ connectionString: POSTGRES_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
    open() {
      return openAt(this.place());
    },
  },
];
