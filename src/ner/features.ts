// Token features for the tagger: word, shape, affixes, neighbours ±2, flags, gazetteer and document-level context.
import { featureKey, mix } from './hash.js';
import type { Gazetteer } from './gazetteer.js';

/** Bumped when feature templates change: a model trained on other features must not be loaded. */
export const FEATURES_VERSION = 'ner-features.v2';

/**
 * The word's shape: A-Z → X, a-z → x, 0-9 → d, other characters kept; at most 12 characters.
 * @example shape('McCain') // 'XxXxxx'
 */
export function shape(word: string): string {
  let s = '';
  for (let i = 0; i < word.length && i < 12; i++) s += charClass(word[i]!);
  return s;
}

/**
 * The shape with runs collapsed.
 * @example shortShape('1996-08-22') // 'd-d-d'
 */
export function shortShape(word: string): string {
  let s = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) s += c;
    last = c;
  }
  return s;
}

function charClass(ch: string): string {
  if (ch >= 'A' && ch <= 'Z') return 'X';
  if (ch >= 'a' && ch <= 'z') return 'x';
  if (ch >= '0' && ch <= '9') return 'd';
  if (ch.toLowerCase() !== ch) return 'X';
  if (ch.toUpperCase() !== ch) return 'x';
  return ch;
}

/** Lower-cased with every digit as 0: "1996-08-22" → "0000-00-00". */
export function normalize(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, '0');
}

export const hasUpper = (w: string): boolean => w.toLowerCase() !== w;
const isTitle = (w: string): boolean => /^\p{Lu}/u.test(w) && w.slice(1).toUpperCase() !== w.slice(1);
const isAllCaps = (w: string): boolean => /\p{Lu}/u.test(w) && w.toUpperCase() === w;

/** What the whole document says about a token: does it also appear lower-cased, or capitalised mid-sentence? */
export interface DocContext {
  /** Normalized words seen written entirely in lower case. */
  lowerSeen: Set<string>;
  /** Normalized words seen capitalised not at a sentence's start. */
  capSeenMid: Set<string>;
}

/** Builds the document context from all of its sentences. */
export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const capSeenMid = new Set<string>();
  for (const words of sentences) {
    const headline = words.every((w) => !/\p{Ll}/u.test(w));
    words.forEach((w, i) => {
      if (!hasUpper(w)) lowerSeen.add(normalize(w));
      else if (i > 0 && !headline && isTitle(w)) capSeenMid.add(normalize(w));
    });
  }
  return { lowerSeen, capSeenMid };
}

/** Word-intrinsic feature keys by word, shared across sentences; cleared when it grows past `WORD_CACHE_LIMIT`. */
export type WordCache = Map<string, Int32Array>;
const WORD_CACHE_LIMIT = 200_000;

/** The features of a word alone: identity, shape, length, affixes and flags. */
function wordFeatures(w: string): Int32Array {
  const l = normalize(w);
  const f: string[] = ['bias', `w=${w}`, `l=${l}`, `s=${shape(w)}`, `ss=${shortShape(w)}`, `len=${Math.min(w.length, 8)}`];
  for (let k = 1; k <= 4 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
  if (isTitle(w)) f.push('title');
  if (isAllCaps(w)) f.push('caps');
  if (/\d/.test(w)) f.push('digit');
  if (/^\d+$/.test(w)) f.push('digits');
  if (w.includes('-')) f.push('hyphen');
  if (/^\p{P}+$/u.test(w)) f.push('punct');
  return Int32Array.from(f, featureKey);
}

/** Template keys of the context features: `mix(T.l_1, key of the previous word)` stands for "l-1=<word>". */
const T = Object.fromEntries(
  ['l-1', 'l+1', 'l-2', 'l+2', 'w-1', 'w+1', 'ss-1', 'ss+1', 'ss-2', 'ss+2', 'ss-1|ss', 'ss|ss+1', 'ss-1|ss|ss+1', 'l-1|l', 'l|l+1', 'x3-1', 'x3+1', 'initial|ss', 'headline|ss', 'headline|l', 'g', 'g|C', 'g|c', 'g-1', 'g+1'].map((n) => [n, featureKey(n)]),
) as Record<string, number>;

/** The key of a context feature `template=value…` from the values' keys (exported for tests). */
export function contextKey(template: string, a: number, b = 0): number {
  const t = T[template];
  if (t === undefined) throw new Error(`no feature template ${template}`);
  return mix(t, a, b);
}

const BOS = featureKey('<s>');
const EOS = featureKey('</s>');

/**
 * The static (label-independent) feature keys of each token of one sentence: the word's own features (cached in
 * `cache`), neighbours ±2 and their shapes, flags, the document context and gazetteer matches around it.
 * @example sentenceFeatures(['Peter', 'Blackburn'], docContext([['Peter', 'Blackburn']]), () => [[], []])[0].length > 20 // true
 */
export function sentenceFeatures(words: readonly string[], doc: DocContext, gazetteer: Gazetteer, cache: WordCache = new Map()): Int32Array[] {
  const n = words.length;
  if (cache.size > WORD_CACHE_LIMIT) cache.clear();
  const lows = words.map(normalize);
  const hw = new Int32Array(n + 4).fill(BOS);
  const hl = new Int32Array(n + 4).fill(BOS);
  const hs = new Int32Array(n + 4).fill(BOS);
  const hx = new Int32Array(n + 4).fill(BOS);
  hw[n + 2] = hw[n + 3] = hl[n + 2] = hl[n + 3] = hs[n + 2] = hs[n + 3] = hx[n + 2] = hx[n + 3] = EOS;
  for (let i = 0; i < n; i++) {
    hw[i + 2] = featureKey(words[i]!);
    hl[i + 2] = featureKey(lows[i]!);
    hs[i + 2] = featureKey(shortShape(words[i]!));
    hx[i + 2] = featureKey(lows[i]!.slice(-3));
  }
  const gaz = gazetteer(words).map((list) => list.map(featureKey));
  const headline = words.some((w) => /\p{L}/u.test(w)) && words.every((w) => !/\p{Ll}/u.test(w));
  const out: Int32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let own = cache.get(w);
    if (!own) cache.set(w, (own = wordFeatures(w)));
    const j = i + 2;
    f.length = 0;
    f.push(
      contextKey('l-1', hl[j - 1]!), contextKey('l+1', hl[j + 1]!), contextKey('l-2', hl[j - 2]!), contextKey('l+2', hl[j + 2]!),
      contextKey('w-1', hw[j - 1]!), contextKey('w+1', hw[j + 1]!),
      contextKey('ss-1', hs[j - 1]!), contextKey('ss+1', hs[j + 1]!), contextKey('ss-2', hs[j - 2]!), contextKey('ss+2', hs[j + 2]!),
      contextKey('ss-1|ss', hs[j - 1]!, hs[j]!), contextKey('ss|ss+1', hs[j]!, hs[j + 1]!), mix(T['ss-1|ss|ss+1']!, mix(hs[j - 1]!, hs[j]!), hs[j + 1]!),
      contextKey('l-1|l', hl[j - 1]!, hl[j]!), contextKey('l|l+1', hl[j]!, hl[j + 1]!), contextKey('x3-1', hx[j - 1]!), contextKey('x3+1', hx[j + 1]!),
    );
    if (i === 0) f.push(featureKey('initial'), contextKey('initial|ss', hs[j]!));
    if (headline) f.push(featureKey('headline'), contextKey('headline|ss', hs[j]!), contextKey('headline|l', hl[j]!));
    if (hasUpper(w)) {
      const l = lows[i]!;
      if (doc.lowerSeen.has(l)) f.push(featureKey('doc-lower-seen'), featureKey(`doc-lower-seen|initial=${i === 0}`));
      if (doc.capSeenMid.has(l)) f.push(featureKey('doc-cap-mid'), featureKey(`doc-cap-mid|headline=${headline}`));
    }
    const upper = hasUpper(w) ? T['g|C']! : T['g|c']!;
    for (const g of gaz[i]!) f.push(contextKey('g', g), mix(upper, g));
    if (i > 0) for (const g of gaz[i - 1]!) f.push(contextKey('g-1', g));
    if (i < n - 1) for (const g of gaz[i + 1]!) f.push(contextKey('g+1', g));
    const keys = new Int32Array(own.length + f.length);
    keys.set(own);
    for (let k = 0; k < f.length; k++) keys[own.length + k] = f[k]!;
    out.push(keys);
  }
  return out;
}
