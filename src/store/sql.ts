// The little SQL surface the store needs, implemented once per engine (SQLite, PostgreSQL); queries use `?` placeholders.

export type Dialect = 'sqlite' | 'postgres';
export type SqlValue = string | number | null | Buffer;

export interface SqlDriver {
  readonly dialect: Dialect;
  /** Runs a statement that returns no rows. */
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** All rows of a query. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs several `;`-separated statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: all of it lands, or none of it. Not re-entrant. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (no `?` appears inside our SQL's string literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
