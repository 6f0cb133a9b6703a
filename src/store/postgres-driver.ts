// The PostgreSQL engine: one pg connection (the store has one writer), statements named so the server plans them once.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { numberedPlaceholders, type SqlDriver, type SqlValue } from './sql.js';

/** Counts come back as numbers, not strings: our counts and ids stay far below 2^53. */
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/**
 * Connects to PostgreSQL. `schema`, when given, is created if missing and used for every table,
 * so several stores (tests) can share one database.
 * @example const db = await openPostgres('postgres://127.0.0.1:5432/test')
 */
export async function openPostgres(url: string, schema?: string): Promise<SqlDriver> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined); // a dropped connection surfaces on the next query
  await client.connect();
  if (schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET search_path TO ${schema}`);
  }
  await client.query('SET client_min_messages TO warning');
  const names = new Map<string, string>();
  const query = async (sql: string, params: readonly SqlValue[]) => {
    let name = names.get(sql);
    if (name === undefined) names.set(sql, (name = `q${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`));
    return client.query({ name, text: numberedPlaceholders(sql), values: params as SqlValue[] });
  };
  let inTransaction = false;
  return {
    dialect: 'postgres',
    async run(sql, params = []) {
      await query(sql, params);
    },
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)).rows as T[];
    },
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async transaction(work) {
      if (inTransaction) throw new Error('nested transaction');
      inTransaction = true;
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    async close() {
      await client.end();
    },
  };
}
