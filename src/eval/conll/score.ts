// CoNLL-2003 entity-level precision, recall and F1 (conlleval): a chunk counts only if its type and both boundaries match.
import { chunks } from './chunks.js';

export interface PRF {
  /** Chunks found by the system. */
  found: number;
  /** Chunks in the gold tags. */
  gold: number;
  /** Found chunks that match a gold chunk exactly (type, start, end). */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  overall: PRF;
  /** Per chunk type, sorted by name. */
  byType: Map<string, PRF>;
  tokens: number;
}

function prf(found: number, gold: number, correct: number): PRF {
  const precision = found === 0 ? 0 : correct / found;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { found, gold, correct, precision, recall, f1 };
}

/**
 * Scores predicted tag sequences against gold ones, sentence by sentence (a chunk never crosses a sentence).
 * @example scoreConll([['B-PER','I-PER']], [['B-PER','I-PER']]).overall.f1 // 1
 */
export function scoreConll(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== predicted.length) throw new Error(`scoreConll: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map<string, { found: number; gold: number; correct: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { found: 0, gold: 0, correct: 0 }));
    return c;
  };
  let tokens = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = predicted[s]!;
    if (g.length !== p.length) throw new Error(`scoreConll: sentence ${s} has ${g.length} gold tags but ${p.length} predicted`);
    tokens += g.length;
    const goldKeys = new Set<string>();
    for (const c of chunks(g)) {
      count(c.type).gold++;
      goldKeys.add(`${c.type}\t${c.start}\t${c.end}`);
    }
    for (const c of chunks(p)) {
      const k = count(c.type);
      k.found++;
      if (goldKeys.has(`${c.type}\t${c.start}\t${c.end}`)) k.correct++;
    }
  }
  const byType = new Map<string, PRF>();
  let found = 0, goldN = 0, correct = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType.set(type, prf(c.found, c.gold, c.correct));
    found += c.found;
    goldN += c.gold;
    correct += c.correct;
  }
  return { overall: prf(found, goldN, correct), byType, tokens };
}

/** A conlleval-style table: one line per type and one overall, percentages with two decimals. */
export function formatConllScore(score: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const line = (name: string, s: PRF) =>
    `${name.padEnd(8)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (found ${s.found}, gold ${s.gold}, correct ${s.correct})`;
  return [
    `${score.tokens} tokens, ${score.overall.gold} gold chunks, ${score.overall.found} found, ${score.overall.correct} correct`,
    ...[...score.byType].map(([t, s]) => line(t, s)),
    line('overall', score.overall),
  ].join('\n');
}
