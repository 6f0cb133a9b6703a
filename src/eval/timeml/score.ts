// TempEval-3 scores for temporal expressions: strict and relaxed span P/R/F1, type accuracy, value F1.
//
// Definitions follow UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3" (§4–5, and its scorer
// TE3-evaluation.py): strict match = identical extent; relaxed match = overlapping extent;
// P = matched / produced, R = matched / gold; attribute accuracy is counted on relaxed-matched
// pairs only, and attribute F1 = attribute accuracy × relaxed F1 (so a value counts only if its
// span was also found). Each gold TIMEX3 pairs with at most one produced one (greatest overlap first).
import type { TimexSpan } from './reader.js';

/** Counts for one or more documents; add them up before computing scores (micro-average). */
export interface TimexCounts {
  gold: number;
  produced: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** What went wrong in one document, for `--errors`. */
export interface TimexErrors {
  wrongValue: { gold: TimexSpan; produced: TimexSpan }[];
  /** Relaxed matches whose extent differs from the gold one (strict misses). */
  wrongSpan: { gold: TimexSpan; produced: TimexSpan }[];
  missed: TimexSpan[];
  spurious: TimexSpan[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  strict: PRF;
  relaxed: PRF;
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

/**
 * Matches produced spans against gold ones in one document.
 * @example compareTimexes([{ start: 0, end: 9, text: 'yesterday', type: 'DATE', value: '2001-03-01' }], same).counts.strict // 1
 */
export function compareTimexes(gold: readonly TimexSpan[], produced: readonly TimexSpan[]): { counts: TimexCounts; errors: TimexErrors } {
  const pairs: { g: number; p: number; overlap: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < produced.length; p++) {
      const overlap = Math.min(gold[g]!.end, produced[p]!.end) - Math.max(gold[g]!.start, produced[p]!.start);
      if (overlap > 0) pairs.push({ g, p, overlap });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const goldTaken = new Set<number>();
  const producedTaken = new Set<number>();
  const counts: TimexCounts = { gold: gold.length, produced: produced.length, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
  const errors: TimexErrors = { wrongValue: [], wrongSpan: [], missed: [], spurious: [] };
  for (const { g, p } of pairs) {
    if (goldTaken.has(g) || producedTaken.has(p)) continue;
    goldTaken.add(g);
    producedTaken.add(p);
    const a = gold[g]!;
    const b = produced[p]!;
    counts.relaxed++;
    if (a.start === b.start && a.end === b.end) counts.strict++;
    else errors.wrongSpan.push({ gold: a, produced: b });
    if (a.type === b.type) counts.typeCorrect++;
    if (a.value === b.value) counts.valueCorrect++;
    else errors.wrongValue.push({ gold: a, produced: b });
  }
  errors.missed = gold.filter((_, g) => !goldTaken.has(g));
  errors.spurious = produced.filter((_, p) => !producedTaken.has(p));
  errors.wrongValue.sort((x, y) => x.gold.start - y.gold.start);
  errors.wrongSpan.sort((x, y) => x.gold.start - y.gold.start);
  return { counts, errors };
}

/** The sum of several documents' counts. */
export function addCounts(...all: TimexCounts[]): TimexCounts {
  const sum: TimexCounts = { gold: 0, produced: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
  for (const c of all) for (const k of Object.keys(sum) as (keyof TimexCounts)[]) sum[k] += c[k];
  return sum;
}

/**
 * TempEval-3 scores from counts; a ratio with nothing to divide is 0.
 * @example timexScores({ gold: 4, produced: 4, strict: 2, relaxed: 4, typeCorrect: 4, valueCorrect: 3 }).valueF1 // 0.75
 */
export function timexScores(c: TimexCounts): TimexScores {
  const strict = prf(c.strict, c.produced, c.gold);
  const relaxed = prf(c.relaxed, c.produced, c.gold);
  const typeAccuracy = ratio(c.typeCorrect, c.relaxed);
  const valueAccuracy = ratio(c.valueCorrect, c.relaxed);
  return { strict, relaxed, typeAccuracy, valueAccuracy, typeF1: typeAccuracy * relaxed.f1, valueF1: valueAccuracy * relaxed.f1 };
}

function prf(matched: number, produced: number, gold: number): PRF {
  const precision = ratio(matched, produced);
  const recall = ratio(matched, gold);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
