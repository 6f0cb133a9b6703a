// For the API's tests: four short articles written for them, a store holding them on one engine, and the app over it.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createExtractor, type Extractor } from '../../src/index.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import { openDriver, type Store } from '../../src/store/store.js';
import { createApp, type AppOptions } from '../../src/server/app.js';

/** Stories written for these tests (invented people; the countries are real so the coder knows them). */
export const ARTICLES = [
  {
    key: 'wire-call',
    url: 'https://news.example/wire-call',
    published: '2025-04-11',
    source: 'Dyad Wire',
    text: 'NAIROBI, April 11 (Dyad Wire) - Kenyan Foreign Minister Amina Odhiambo spoke by telephone with Ethiopian Foreign Minister Tesfaye Bekele on Thursday about a $2 million fund for the Moyale border post.',
  },
  {
    key: 'daily-visit',
    url: 'https://news.example/daily-visit',
    published: '2025-07-16',
    source: 'Highland Daily',
    text: 'ADDIS ABABA, July 16 (Highland Daily) - Ethiopian Prime Minister Dawit Alemu met Kenyan President Daniel Kiptoo in Addis Ababa on Tuesday. Kiptoo will visit Ethiopia again in September.',
  },
  {
    key: 'https://news.example/2025/05/pak-usa',
    url: 'https://news.example/2025/05/pak-usa',
    published: '2025-05-06',
    source: 'Dyad Wire',
    text: 'ISLAMABAD, May 6 (Dyad Wire) - Pakistani Foreign Minister Saima Qureshi met American Secretary of State John Harlow in Washington on Monday. Qureshi plans to visit Beijing next month.',
  },
  {
    key: 'markets',
    url: null,
    published: '2025-05-09',
    source: 'Dyad Wire',
    text: 'NAIROBI, May 9 (Dyad Wire) - Shares on the Nairobi exchange closed higher on Friday as tea exporters gained.',
  },
] as const;

let extractor: Extractor | undefined;

/** A store as the test engines open it (test/support/engines.ts). */
interface OpenedStore {
  store: Store;
  spec: string;
  schema?: string;
  dispose(): Promise<void>;
}

export interface TestApi {
  app: OpenAPIHono;
  /** GETs `path` in-process (no socket) and parses the JSON answer. */
  get(path: string): Promise<{ status: number; body: any }>;
  dispose(): Promise<void>;
}

/**
 * Opens a fresh store with `open`, writes {@link ARTICLES} into it in one batch, and builds the app over it.
 * @example const api = await openTestApi(() => engine.open()); expect((await api.get('/health')).status).toBe(200)
 */
export async function openTestApi(open: () => Promise<OpenedStore>, options: AppOptions = {}): Promise<TestApi> {
  const opened = await open();
  extractor ??= createExtractor();
  const read = extractor;
  await opened.store.writeBatch(ARTICLES.map((a) => prepareArticle(read, { ...a, label: a.key, raw: a.text, title: null })));
  const db = await openDriver(opened.spec, { schema: opened.schema });
  const app = createApp(opened.store, db, options);
  return {
    app,
    async get(path) {
      const res = await app.request(path);
      return { status: res.status, body: await res.json() };
    },
    async dispose() {
      await db.close();
      await opened.dispose();
    },
  };
}
