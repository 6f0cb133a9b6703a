// The SQLite engine: one better-sqlite3 connection in WAL mode, statements prepared once and cached.
import Database from 'better-sqlite3';
import type { SqlDriver, SqlValue } from './sql.js';

/**
 * Opens (creating when missing) an SQLite database file, or `:memory:`.
 * WAL with synchronous=NORMAL: a committed transaction survives the process being killed at any moment.
 * @example const db = openSqlite('./dyad.db')
 */
export function openSqlite(file: string): SqlDriver {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  let inTransaction = false;
  return {
    dialect: 'sqlite',
    async run(sql, params: readonly SqlValue[] = []) {
      prepare(sql).run(...params);
    },
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).all(...params) as T[];
    },
    async get<T>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql).get(...params) as T | undefined;
    },
    async exec(sql) {
      db.exec(sql);
    },
    async transaction(work) {
      if (inTransaction) throw new Error('nested transaction');
      inTransaction = true;
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    async close() {
      db.close();
    },
  };
}
