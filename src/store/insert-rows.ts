// Multi-row INSERTs: one statement per chunk of rows, so PostgreSQL makes one round trip per chunk rather than per row.
import type { SqlDriver, SqlValue } from './sql.js';

const CHUNK = 50;

/**
 * Inserts `rows` (each a value per column) into `table`.
 * @example await insertRows(db, 'times', ['document_id', 'seq'], [[1, 0], [1, 1]])
 */
export async function insertRows(db: SqlDriver, table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => one).join(', ')}`, chunk.flat());
  }
}
