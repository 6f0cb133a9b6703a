// Test support for the actor and dyad analytics: a store on one engine filled with five wire stories written for these tests, and a way to run a command on it.
import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/extract-command.js';
import { createExtractor, loadKnowledge } from '../../src/index.js';
import { teach } from '../../src/ingest/teach.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import type { SqlDriver } from '../../src/store/sql.js';
import { openDriver } from '../../src/store/store.js';
import type { Engine } from './engines.js';

/**
 * Stories written for these tests. Pakistan's Foreign Minister Ishaq Dar phones Rubio in May, is titled Deputy Prime Minister
 * in Beijing, is called just "Dar" in June (an accusation, a meeting planned for next week, and a denied agreement), and is
 * Foreign Minister again in Madrid in July; two Wangs and an accented Spanish name test the name search.
 */
export const ACTOR_ARTICLES: { key: string; published: string; title: string; text: string }[] = [
  {
    key: 'wire-call',
    published: '2025-05-06',
    title: 'Dar and Rubio discuss minerals',
    text: 'ISLAMABAD, May 6 (Dyad Wire) - Pakistani Foreign Minister Ishaq Dar held a phone call with U.S. Secretary of State Marco Rubio on Tuesday about critical minerals and trade.',
  },
  {
    key: 'wire-beijing',
    published: '2025-05-20',
    title: 'Dar in Beijing',
    text: 'BEIJING, May 20 (Dyad Wire) - Pakistani Deputy Prime Minister Ishaq Dar met Chinese Foreign Minister Wang Yi in Beijing on Tuesday. Chinese Commerce Minister Wang Wentao praised Pakistan on Monday.',
  },
  {
    key: 'daily-india',
    published: '2025-06-11',
    title: 'Dar accuses India over river talks',
    text: 'ISLAMABAD, June 11 (Capital Daily) - Dar accused India on Tuesday of blocking the river talks. He will meet Rubio in Washington next week. Pakistan did not sign the water agreement with India on Tuesday.',
  },
  {
    key: 'wire-minerals',
    published: '2025-07-02',
    title: 'U.S. and Pakistan sign critical minerals deal',
    text: 'WASHINGTON, July 2 (Dyad Wire) - The United States and Pakistan signed an agreement on critical minerals on Tuesday. Rubio praised Pakistan on Tuesday.',
  },
  {
    key: 'wire-madrid',
    published: '2025-07-15',
    title: 'Albares meets Dar in Madrid',
    text: 'MADRID, July 15 (Dyad Wire) - Spanish Foreign Minister José Manuel Albares met Pakistani Foreign Minister Ishaq Dar in Madrid on Monday. India criticised China on Monday.',
  },
];

export interface ActorStore {
  /** What a command's --db takes: the SQLite file, or the PostgreSQL URL with the test's schema as the session's search_path. */
  db: string;
  /** The same store for calling the analytics directly. */
  driver: SqlDriver;
  dispose(): Promise<void>;
}

/**
 * A fresh store on `engine` holding {@link ACTOR_ARTICLES}, each stored as if by its own `dyad ingest` run: the people learned
 * from earlier stories are taught to the reader first, so June's bare "Dar" is read as Pakistan's Ishaq Dar.
 * @example const s = await actorStore(ENGINES[0]); await listActors(s.driver, {}); await s.dispose();
 */
export async function actorStore(engine: Engine): Promise<ActorStore> {
  const opened = await engine.open();
  const kb = loadKnowledge();
  const read = createExtractor({ knowledge: kb });
  for (const a of ACTOR_ARTICLES) {
    teach(kb, await opened.store.learnedPeople());
    const unit = { key: a.key, label: a.key, text: a.text, raw: a.text, title: a.title, published: a.published, url: `https://news.example/${a.key}`, source: null };
    await opened.store.writeBatch([prepareArticle(read, unit)]);
  }
  const driver = await openDriver(opened.spec, { schema: opened.schema, create: false });
  const db = opened.schema === undefined ? opened.spec : `${opened.spec}?options=${encodeURIComponent(`-c search_path=${opened.schema}`)}`;
  return {
    db,
    driver,
    async dispose() {
      await driver.close().catch(() => undefined);
      await opened.dispose();
    },
  };
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs a store command in-process with empty stdin; returns its exit code and what it printed.
 * @example const r = await runCommand(actorsCommand, ['--db', s.db]); r.code // 0
 */
export async function runCommand(command: (argv: string[], io: CliIo) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await command(argv, { stdin: Readable.from(['']), stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
