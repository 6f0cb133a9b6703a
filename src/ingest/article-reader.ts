// One thread's reader of articles: its own knowledge and extractor, with the lessons earlier articles taught.
import { createExtractor } from '../index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { CompiledDictionary } from '../knowledge/petrarch/compile.js';
import type { LearnedPerson, PreparedArticle } from '../store/store.js';
import type { ArticleUnit } from './article-unit.js';
import { prepareArticle } from './prepare.js';
import { Lessons } from './teach.js';

export type Prepared = { ok: true; prepared: PreparedArticle } | { ok: false; reason: string };

export interface ArticleReader {
  /** Reads input number `seq` of the run, with the lessons due by then applied first. */
  read(unit: ArticleUnit, seq: number): Prepared;
  /** People learned from a stored article, for reading inputs from number `fromSeq` on. */
  learn(people: LearnedPerson[], fromSeq: number): void;
}

/**
 * A reader for this thread (the writer's or a worker's), knowing `learned` from the start; with `dictionary`, the
 * user's PETRARCH dictionaries code the events.
 */
export function articleReader(learned: LearnedPerson[], dictionary: CompiledDictionary | undefined): ArticleReader {
  const kb = loadKnowledge();
  const lessons = new Lessons(kb);
  lessons.teachNow(learned);
  const read = createExtractor({ knowledge: kb, ...(dictionary ? { dictionary } : {}) });
  return {
    read(unit, seq) {
      lessons.applyUpTo(seq);
      try {
        return { ok: true, prepared: prepareArticle(read, unit) };
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
    learn: (people, fromSeq) => lessons.add(people, fromSeq),
  };
}
