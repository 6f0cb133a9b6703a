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

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty store, and how to throw it away. */
  open(): Promise<{ store: Store; spec: string; schema?: string; dispose(): Promise<void> }>;
}

const pgUnavailable = await postgresUnavailable();
if (pgUnavailable) console.log(`skipping PostgreSQL store tests: ${pgUnavailable}`);

export const ENGINES: (Engine & { skip: boolean })[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
      const spec = join(dir, 'test.db');
      const store = await openStore(spec);
      return { store, spec, dispose: async () => (await store.close().catch(() => undefined), rmSync(dir, { recursive: true, force: true })) };
    },
  },
  {
    name: 'postgres',
    skip: pgUnavailable !== null,
    async open() {
      const schema = `dyad_test_${randomBytes(5).toString('hex')}`;
      const store = await openStore(POSTGRES_URL, { schema });
      return {
        store,
        spec: POSTGRES_URL,
        schema,
        async dispose() {
          await store.close().catch(() => undefined);
          const client = new pg.Client({ connectionString: POSTGRES_URL });
          await client.connect();
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];
