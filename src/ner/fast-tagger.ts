// The tagging fast path: the same features and greedy two-pass decoding as features.ts, decode.ts and stacking.ts,
// with the label-independent part of each score summed once per word type (its own features and what it gives its
// neighbours ±2) and cached across documents, integer weights, dense tables for the label-history features, and no
// per-token allocation. `fast-tagger.test.ts` checks it labels exactly as the reference path does.
import { HISTORY_MAJORITY, HISTORY_NONE, HISTORY_SEEN, T_P1, T_P1L, T_P1SS, T_P2P1, type LabelSet } from './decode.js';
import { BOS, boundaryKeys, EOS, hasUpper, isTitle, NEIGHBOUR_OFFSETS, neighbourKeys, normalize, tokenKeys, wordFeatures, wordKeys, type TokenContext, type WordKeys } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { featureKey, mix } from './hash.js';
import type { LinearModel } from './linear-model.js';
import { STACK_ALONE, STACK_ELSEWHERE, STACK_MAJORITY, stackLabelKeys } from './stacking.js';

/** Quantizes weights as the model file does (int16 × scale), so a model scores the same before and after saving. */
function int16Weights(model: LinearModel): Int16Array {
  if (model.quantized) return model.quantized;
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  return Int16Array.from(model.weights, (v) => Math.round(v / scale));
}

/**
 * The passes' weights quantized to int16, one row per feature key holding every pass's weights side by side (the
 * second pass mostly shares the first's features: one probe serves both), in an open-addressing table whose slot
 * holds the key and its row offset together, behind a one-bit-per-key filter that refuses most absent keys.
 */
export class WeightTable {
  /** Per slot: key + 1 (0 = empty), then the row's offset in `weights`. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Per row, `passes` × `nLabels` weights; 0 where a pass lacks the key. */
  readonly weights: Int16Array;
  readonly width: number;
  private readonly filter: Int32Array;
  private readonly shift: number;

  constructor(models: readonly LinearModel[]) {
    const L = models[0]!.nLabels;
    const W = (this.width = models.length * L);
    let upper = 0;
    for (const m of models) upper += m.keys.length;
    let size = 16;
    while (size < upper * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    let bits = 5;
    while (1 << bits < upper * 16) bits++;
    this.shift = 32 - bits;
    this.filter = new Int32Array(1 << (bits - 5));
    const weights = new Int16Array(upper * W);
    let rows = 0;
    models.forEach((m, p) => {
      const q = int16Weights(m);
      for (let r = 0; r < m.keys.length; r++) {
        const k = m.keys[r]!;
        let at = k & this.mask;
        while (this.slots[2 * at] !== 0 && this.slots[2 * at] !== k + 1) at = (at + 1) & this.mask;
        if (this.slots[2 * at] === 0) {
          this.slots[2 * at] = k + 1;
          this.slots[2 * at + 1] = rows++ * W;
          const b = Math.imul(k, 0x9e3779b1) >>> this.shift;
          this.filter[b >>> 5]! |= 1 << (b & 31);
        }
        const to = this.slots[2 * at + 1]! + p * L;
        for (let y = 0; y < L; y++) weights[to + y] = q[r * L + y]!;
      }
    });
    this.weights = weights.slice(0, rows * W);
  }

  /** The offset in `weights` of the row of `key`, or -1 when no pass has it. */
  find(key: number): number {
    const b = Math.imul(key, 0x9e3779b1) >>> this.shift;
    if ((this.filter[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    const want = key + 1;
    let s = key & mask;
    let slot = slots[2 * s]!;
    while (slot !== want) {
      if (slot === 0) return -1;
      s = (s + 1) & mask;
      slot = slots[2 * s]!;
    }
    return slots[2 * s + 1]!;
  }

  /** Adds pass `p`'s weights of `key` (if any) for each label y of `ys` into `acc[at + y]`; passes have L labels. */
  add(key: number, p: number, L: number, acc: Int32Array, at: number, ys: Int32Array): void {
    const off = this.find(key);
    if (off < 0) return;
    const w = this.weights;
    const from = off + p * L;
    for (let j = 0; j < ys.length; j++) acc[at + ys[j]!]! += w[from + ys[j]!]!;
  }

  /** Pass `p`'s rows of `keys`: a dense table for a small, fixed set of features. */
  dense(keys: readonly number[], p: number, L: number): Int32Array {
    const out = new Int32Array(keys.length * L);
    const all = Int32Array.from({ length: L }, (_, y) => y);
    keys.forEach((k, i) => this.add(k, p, L, out, i * L, all));
    return out;
  }
}

/**
 * Vector slots per word type, each holding every pass's scores side by side as a weight row does: own features,
 * then as the neighbour at -2, -1, +1, +2 of a token, then "p1|l" + "p1|ss" after O and at the sentence start (the
 * previous labels of most tokens).
 */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length + 2;
const AFTER_O = 1 + NEIGHBOUR_OFFSETS.length;
const AFTER_START = AFTER_O + 1;

/** A normalized word; `doc`/`id` number it within the document being tagged. */
interface NormType {
  doc: number;
  id: number;
}

/** Everything about a word that does not depend on where it stands. */
interface WordType {
  /** The word with curly quotes made ASCII. */
  ascii: string;
  keys: WordKeys;
  norm: NormType;
  upper: boolean;
  title: boolean;
  /** Has a lower-case letter / any letter. */
  lower: boolean;
  letter: boolean;
  /** SLOTS score vectors of P × L. */
  vectors: Int32Array;
}

const NONE: readonly number[] = [];
const CURLY = /[\u2018\u2019\u201c\u201d]/;

/** Word types kept between documents (about 1 KB each); the cache is emptied, between documents, past this. */
const WORD_CACHE_LIMIT = 30_000;

/** Adds row `r` of a dense table of rows of L into `to[at .. at + L)`. */
function addRow(to: Int32Array, at: number, table: Int32Array, r: number, L: number): void {
  for (let y = 0; y < L; y++) to[at + y]! += table[r * L + y]!;
}

/** Labels of a document tagged with both passes, by the fast path. */
export class FastTagger {
  private readonly L: number;
  private readonly table: WeightTable;
  private readonly P: number;
  private readonly words = new Map<string, WordType>();
  private readonly norms = new Map<string, NormType>();
  private readonly gazKeys = new Map<string, number>();
  private readonly bos: WordType;
  private readonly eos: WordType;
  /** Per pass: p1 + p2|p1 summed by (p2 × (L+1) + p1), L = sentence start; h=, hm= by type, h=none. */
  private readonly previous: Int32Array[];
  private readonly p1Keys: Int32Array;
  private readonly seen: Int32Array[];
  private readonly majority: Int32Array[];
  private readonly none: Int32Array[];
  /** Second pass only: s1=, s1-1=, s1+1= by label; doc1=, doc1m= by type; doc1=alone. */
  private readonly stack: { own: Int32Array; prev: Int32Array; next: Int32Array; elsewhere: Int32Array; majority: Int32Array; alone: Int32Array } | null;
  private docCount = 0;
  /** Per token, every pass's static scores side by side (grown as needed; every entry used is written first). */
  private statics = new Int32Array(1 << 15);
  private readonly f: number[] = [];
  private readonly scores: Int32Array;
  /** Per previous label (L = sentence start), the labels BILOU allows next, in order. */
  private readonly follows: Int32Array[];

  constructor(
    private readonly labels: LabelSet,
    models: readonly LinearModel[],
    private readonly gazetteer: Gazetteer,
  ) {
    const L = (this.L = labels.names.length);
    this.table = new WeightTable(models);
    this.P = models.length;
    const passes = models.map((_, p) => p);
    this.scores = new Int32Array(L);
    this.follows = Array.from({ length: L + 1 }, (_, prev) => Int32Array.from(labels.names.keys()).filter((y) => labels.allowed[prev * L + y] === 1));
    this.p1Keys = Int32Array.from([...labels.keys, BOS]);
    const p1 = [...this.p1Keys].map((k) => mix(T_P1, k));
    const p2p1: number[] = [];
    for (const a of this.p1Keys) for (const b of this.p1Keys) p2p1.push(mix(T_P2P1, a, b));
    this.previous = passes.map((p) => {
      const one = this.table.dense(p1, p, L);
      const two = this.table.dense(p2p1, p, L);
      for (let r = 0; r < two.length / L; r++) for (let y = 0; y < L; y++) two[r * L + y]! += one[(r % (L + 1)) * L + y]!;
      return two;
    });
    this.seen = passes.map((p) => this.table.dense(HISTORY_SEEN, p, L));
    this.majority = passes.map((p) => this.table.dense(HISTORY_MAJORITY, p, L));
    this.none = passes.map((p) => this.table.dense(HISTORY_NONE, p, L));
    if (this.P > 1) {
      const k = stackLabelKeys(labels);
      const t = this.table;
      this.stack = {
        own: t.dense(k.own, 1, L),
        prev: t.dense(k.prev, 1, L),
        next: t.dense(k.next, 1, L),
        elsewhere: t.dense(STACK_ELSEWHERE, 1, L),
        majority: t.dense(STACK_MAJORITY, 1, L),
        alone: t.dense([STACK_ALONE], 1, L),
      };
    } else this.stack = null;
    this.bos = this.boundary(BOS);
    this.eos = this.boundary(EOS);
  }

  private boundary(key: number): WordType {
    const keys = boundaryKeys(key);
    return { ascii: '', keys, norm: { doc: -1, id: -1 }, upper: false, title: false, lower: false, letter: false, vectors: this.vectorsOf(new Int32Array(0), keys) };
  }

  private vectorsOf(own: Int32Array, keys: WordKeys): Int32Array {
    const L = this.L;
    const t = this.table;
    const W = t.width;
    const w = t.weights;
    const v = new Int32Array(SLOTS * W);
    const addTo = (key: number, slot: number) => {
      const off = t.find(key);
      if (off < 0) return;
      for (let y = 0; y < W; y++) v[slot * W + y]! += w[off + y]!;
    };
    for (let k = 0; k < own.length; k++) addTo(own[k]!, 0);
    NEIGHBOUR_OFFSETS.forEach((o, s) => {
      for (const k of neighbourKeys(o, keys)) addTo(k, 1 + s);
    });
    const o = this.p1Keys[0]!;
    const start = this.p1Keys[L]!;
    addTo(mix(T_P1L, o, keys.l), AFTER_O);
    addTo(mix(T_P1SS, o, keys.ss), AFTER_O);
    addTo(mix(T_P1L, start, keys.l), AFTER_START);
    addTo(mix(T_P1SS, start, keys.ss), AFTER_START);
    return v;
  }

  private wordType(word: string): WordType {
    let t = this.words.get(word);
    if (t) return t;
    // CoNLL-2003 is ASCII: "Munir’s" is read as "Munir's".
    const ascii = CURLY.test(word) ? word.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : word;
    const keys = wordKeys(ascii);
    const n = normalize(ascii);
    let norm = this.norms.get(n);
    if (!norm) this.norms.set(n, (norm = { doc: -1, id: -1 }));
    t = {
      ascii,
      keys,
      norm,
      upper: hasUpper(ascii),
      title: isTitle(ascii),
      lower: /\p{Ll}/u.test(ascii),
      letter: /\p{L}/u.test(ascii),
      vectors: this.vectorsOf(wordFeatures(ascii), keys),
    };
    this.words.set(word, t);
    return t;
  }

  /** The word type at `i` in a sentence, or the boundary before or after it. */
  private typeAt(row: readonly WordType[], i: number): WordType {
    return i < 0 ? this.bos : i >= row.length ? this.eos : row[i]!;
  }

  private gazKey(s: string): number {
    let k = this.gazKeys.get(s);
    if (k === undefined) this.gazKeys.set(s, (k = featureKey(s)));
    return k;
  }

  /** BILOU label indices of each sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Int32Array[] {
    const P = this.P;
    const doc = ++this.docCount;
    if (this.words.size >= WORD_CACHE_LIMIT) {
      // Only between documents: a document's normalized words must keep one id each.
      this.words.clear();
      this.norms.clear();
    }
    // Word types, normalized-word ids and document context.
    const types: WordType[][] = [];
    let norms = 0;
    let total = 0;
    for (const words of sentences) {
      const row = words.map((w) => this.wordType(w));
      for (const t of row) {
        if (t.norm.doc !== doc) {
          t.norm.doc = doc;
          t.norm.id = norms++;
        }
      }
      types.push(row);
      total += row.length;
    }
    const lowerSeen = new Uint8Array(norms);
    const capSeenMid = new Uint8Array(norms);
    const headlines = new Uint8Array(sentences.length);
    types.forEach((row, s) => {
      const noLower = row.every((t) => !t.lower);
      headlines[s] = noLower && row.some((t) => t.letter) ? 1 : 0;
      row.forEach((t, i) => {
        if (!t.upper) lowerSeen[t.norm.id] = 1;
        else if (i > 0 && !noLower && t.title) capSeenMid[t.norm.id] = 1;
      });
    });
    // Static scores of every token for each pass.
    const W = this.table.width;
    if (this.statics.length < total * W) this.statics = new Int32Array(total * W * 2);
    const statics = this.statics;
    const f = this.f;
    const context: TokenContext = { i: 0, n: 0, headline: false, upper: false, lowerSeen: false, capSeenMid: false };
    const table = this.table;
    const w = table.weights;
    let base = 0;
    types.forEach((row, s) => {
      const n = row.length;
      const gaz = this.gazetteer(row.map((t) => t.ascii)).map((list) => (list.length === 0 ? NONE : list.map((g) => this.gazKey(g))));
      context.n = n;
      context.headline = headlines[s] === 1;
      for (let i = 0; i < n; i++) {
        const t = row[i]!;
        context.i = i;
        context.upper = t.upper;
        context.lowerSeen = lowerSeen[t.norm.id] === 1;
        context.capSeenMid = capSeenMid[t.norm.id] === 1;
        const prev = this.typeAt(row, i - 1);
        const next = this.typeAt(row, i + 1);
        const count = tokenKeys(f, 0, context, prev.keys, t.keys, next.keys, i > 0 ? gaz[i - 1]! : NONE, gaz[i]!, i < n - 1 ? gaz[i + 1]! : NONE);
        const own = t.vectors;
        const m2 = this.typeAt(row, i - 2).vectors;
        const m1 = prev.vectors;
        const p1 = next.vectors;
        const p2 = this.typeAt(row, i + 2).vectors;
        const out = (base + i) * W;
        for (let y = 0; y < W; y++) statics[out + y] = own[y]! + m2[W + y]! + m1[2 * W + y]! + p1[3 * W + y]! + p2[4 * W + y]!;
        for (let k = 0; k < count; k++) {
          const off = table.find(f[k]!);
          if (off < 0) continue;
          for (let y = 0; y < W; y++) statics[out + y]! += w[off + y]!;
        }
      }
      base += n;
    });
    let labels = this.decode(0, types, statics, norms);
    if (this.stack && P > 1) {
      this.addStacking(types, statics, labels, norms);
      labels = this.decode(1, types, statics, norms);
    }
    return labels;
  }

  /** Adds the second pass's features of the first pass's labels (as `stackFeatures`) to its static scores. */
  private addStacking(types: readonly WordType[][], st: Int32Array, first: readonly Int32Array[], norms: number): void {
    const L = this.L;
    const W = this.table.width;
    const stack = this.stack!;
    const typeOf = this.labels.types;
    const counts = new Int32Array(norms * 5);
    types.forEach((row, s) => row.forEach((t, i) => {
      if (t.upper) counts[t.norm.id * 5 + typeOf[first[s]![i]!]!]!++;
    }));
    const c = new Int32Array(5);
    let base = 0;
    types.forEach((row, s) => {
      const here = first[s]!;
      const n = row.length;
      for (let i = 0; i < n; i++) {
        const at = (base + i) * W + L;
        addRow(st, at, stack.own, here[i]!, L);
        if (i > 0) addRow(st, at, stack.prev, here[i - 1]!, L);
        if (i < n - 1) addRow(st, at, stack.next, here[i + 1]!, L);
        const t = row[i]!;
        if (t.upper) {
          for (let k = 0; k < 5; k++) c[k] = counts[t.norm.id * 5 + k]!;
          c[typeOf[here[i]!]!]!--;
          let best = -1;
          for (let k = 0; k < 5; k++) {
            if (c[k]! > 0) addRow(st, at, stack.elsewhere, k, L);
            if (c[k]! > 0 && (best < 0 || c[k]! > c[best]!)) best = k;
          }
          if (best < 0) addRow(st, at, stack.alone, 0, L);
          else addRow(st, at, stack.majority, best, L);
        }
      }
      base += n;
    });
  }

  /** Greedy BILOU-constrained decoding of the document with pass `p`, as `decodeSentence` without training. */
  private decode(p: number, types: readonly WordType[][], st: Int32Array, norms: number): Int32Array[] {
    const L = this.L;
    const W = this.table.width;
    const S = L + 1;
    const table = this.table;
    const previous = this.previous[p]!;
    const seen = this.seen[p]!;
    const majority = this.majority[p]!;
    const none = this.none[p]!;
    const follows = this.follows;
    const typeOf = this.labels.types;
    const p1Keys = this.p1Keys;
    const history = new Int32Array(norms * 5);
    const sc = this.scores;
    const out: Int32Array[] = [];
    let base = 0;
    for (const row of types) {
      const n = row.length;
      const labels = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const t = row[i]!;
        const prev = i > 0 ? labels[i - 1]! : L;
        const prev2 = i > 1 ? labels[i - 2]! : L;
        const at = (base + i) * W + p * L;
        const b = (prev2 * S + prev) * L;
        // Only the labels allowed next are scored: two of 17 inside a name.
        const ys = follows[prev]!;
        const m = ys.length;
        for (let j = 0; j < m; j++) {
          const y = ys[j]!;
          sc[y] = st[at + y]! + previous[b + y]!;
        }
        if (prev === 0 || prev === L) {
          const v = t.vectors;
          const at2 = (prev === 0 ? AFTER_O : AFTER_START) * W + p * L;
          for (let j = 0; j < m; j++) sc[ys[j]!]! += v[at2 + ys[j]!]!;
        } else {
          const pk = p1Keys[prev]!;
          table.add(mix(T_P1L, pk, t.keys.l), p, L, sc, 0, ys);
          table.add(mix(T_P1SS, pk, t.keys.ss), p, L, sc, 0, ys);
        }
        if (t.upper) {
          const h = t.norm.id * 5;
          let best = 0;
          let any = false;
          for (let k = 0; k < 5; k++) {
            const c = history[h + k]!;
            if (c > 0) {
              any = true;
              for (let j = 0; j < m; j++) sc[ys[j]!]! += seen[k * L + ys[j]!]!;
            }
            if (c > history[h + best]!) best = k;
          }
          const add = any ? majority : none;
          const r = any ? best * L : 0;
          for (let j = 0; j < m; j++) sc[ys[j]!]! += add[r + ys[j]!]!;
        }
        let best = ys[0]!;
        for (let j = 1; j < m; j++) if (sc[ys[j]!]! > sc[best]!) best = ys[j]!;
        labels[i] = best;
      }
      for (let i = 0; i < n; i++) if (row[i]!.upper) history[row[i]!.norm.id * 5 + typeOf[labels[i]!]!]!++;
      out.push(labels);
      base += n;
    }
    return out;
  }
}
