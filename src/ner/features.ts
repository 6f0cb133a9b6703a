// Token features for the tagger: word, shape, affixes, neighbours ±2, flags, gazetteer and document-level context.
import { featureKey, keyOf, mix } from './hash.js';
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
export const isTitle = (w: string): boolean => /^\p{Lu}/u.test(w) && w.slice(1).toUpperCase() !== w.slice(1);
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
export function wordFeatures(w: string): Int32Array {
  const l = normalize(w);
  // Each key is featureKey of the feature's string ("w=Paris", "p2=pa", "title"), hashed without building it.
  const f: number[] = [W_BIAS, keyOf('w=', w), keyOf('l=', l), keyOf('s=', shape(w)), keyOf('ss=', shortShape(w)), W_LEN[Math.min(w.length, 8)]!];
  for (let k = 1; k <= 4 && k <= l.length; k++) f.push(keyOf(W_PREFIX[k]!, l, 0, k), keyOf(W_SUFFIX[k]!, l, l.length - k));
  if (isTitle(w)) f.push(W_TITLE);
  if (isAllCaps(w)) f.push(W_CAPS);
  if (/\d/.test(w)) f.push(W_DIGIT);
  if (/^\d+$/.test(w)) f.push(W_DIGITS);
  if (w.includes('-')) f.push(W_HYPHEN);
  if (/^\p{P}+$/u.test(w)) f.push(W_PUNCT);
  return Int32Array.from(f);
}

const W_BIAS = featureKey('bias');
const W_LEN = Array.from({ length: 9 }, (_, n) => featureKey(`len=${n}`));
const W_PREFIX = Array.from({ length: 5 }, (_, k) => `p${k}=`);
const W_SUFFIX = Array.from({ length: 5 }, (_, k) => `x${k}=`);
const [W_TITLE, W_CAPS, W_DIGIT, W_DIGITS, W_HYPHEN, W_PUNCT] = ['title', 'caps', 'digit', 'digits', 'hyphen', 'punct'].map(featureKey) as [number, number, number, number, number, number];

/** Template keys of the context features: `mix(T.l_1, key of the previous word)` stands for "l-1=<word>". */
const T = Object.fromEntries(
  ['l-1', 'l+1', 'l-2', 'l+2', 'w-1', 'w+1', 'ss-1', 'ss+1', 'ss-2', 'ss+2', 'ss-1|ss', 'ss|ss+1', 'ss-1|ss|ss+1', 'l-1|l', 'l|l+1', 'x3-1', 'x3+1', 'initial|ss', 'headline|ss', 'headline|l', 'g', 'g|C', 'g|c', 'g-1', 'g+1'].map((n) => [n, featureKey(n)]),
) as Record<string, number>;

const T_L_1 = T['l-1']!, T_W_1 = T['w-1']!, T_SS_1 = T['ss-1']!, T_X3_1 = T['x3-1']!;
const T_L1 = T['l+1']!, T_W1 = T['w+1']!, T_SS1 = T['ss+1']!, T_X31 = T['x3+1']!;
const T_L_2 = T['l-2']!, T_SS_2 = T['ss-2']!, T_L2 = T['l+2']!, T_SS2 = T['ss+2']!;
const T_SS_1SS = T['ss-1|ss']!, T_SSSS1 = T['ss|ss+1']!, T_SS_1SSSS1 = T['ss-1|ss|ss+1']!, T_L_1L = T['l-1|l']!, T_LL1 = T['l|l+1']!;
const T_INITIAL_SS = T['initial|ss']!, T_HEADLINE_SS = T['headline|ss']!, T_HEADLINE_L = T['headline|l']!;
const T_G = T['g']!, T_G_UPPER = T['g|C']!, T_G_LOWER = T['g|c']!, T_G_1 = T['g-1']!, T_G1 = T['g+1']!;

/** The key of a context feature `template=value…` from the values' keys (exported for tests). */
export function contextKey(template: string, a: number, b = 0): number {
  const t = T[template];
  if (t === undefined) throw new Error(`no feature template ${template}`);
  return mix(t, a, b);
}

/** The sentence-boundary "word" before the first and after the last token. */
export const BOS = featureKey('<s>');
export const EOS = featureKey('</s>');

/** The keys a word contributes to its neighbours' features: word, normalized word, short shape, 3-suffix. */
export interface WordKeys {
  w: number;
  l: number;
  ss: number;
  x3: number;
}

/** `WordKeys` of a word. */
export function wordKeys(w: string): WordKeys {
  const l = normalize(w);
  return { w: featureKey(w), l: featureKey(l), ss: featureKey(shortShape(w)), x3: featureKey(l.slice(-3)) };
}

/** `WordKeys` of the sentence boundary (`BOS` or `EOS`). */
export const boundaryKeys = (key: number): WordKeys => ({ w: key, l: key, ss: key, x3: key });

/** The neighbour offsets whose features depend on one neighbouring word alone. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** The feature keys a word gives the token at `offset` from it... seen from that token: "l-1=<word>" for offset -1. */
export function neighbourKeys(offset: (typeof NEIGHBOUR_OFFSETS)[number], k: WordKeys): number[] {
  switch (offset) {
    case -1:
      return [mix(T_L_1, k.l), mix(T_W_1, k.w), mix(T_SS_1, k.ss), mix(T_X3_1, k.x3)];
    case 1:
      return [mix(T_L1, k.l), mix(T_W1, k.w), mix(T_SS1, k.ss), mix(T_X31, k.x3)];
    case -2:
      return [mix(T_L_2, k.l), mix(T_SS_2, k.ss)];
    case 2:
      return [mix(T_L2, k.l), mix(T_SS2, k.ss)];
  }
}

const F_INITIAL = featureKey('initial');
const F_HEADLINE = featureKey('headline');
const F_LOWER_SEEN = featureKey('doc-lower-seen');
const F_LOWER_SEEN_INITIAL = [featureKey('doc-lower-seen|initial=false'), featureKey('doc-lower-seen|initial=true')];
const F_CAP_MID = featureKey('doc-cap-mid');
const F_CAP_MID_HEADLINE = [featureKey('doc-cap-mid|headline=false'), featureKey('doc-cap-mid|headline=true')];

/** What `tokenKeys` needs to know about a token beyond its and its neighbours' `WordKeys`. */
export interface TokenContext {
  /** Index in the sentence and sentence length. */
  i: number;
  n: number;
  /** The sentence has letters and no lower-case letter. */
  headline: boolean;
  /** The word has an upper-case letter (`hasUpper`). */
  upper: boolean;
  /** The document writes the normalized word in lower case elsewhere / capitalised mid-sentence. */
  lowerSeen: boolean;
  capSeenMid: boolean;
}

/**
 * Writes into `f` from index `at` the keys of the token's features that are neither the word's own nor those of
 * one neighbour alone: shape and word bigrams, sentence position, headline, document context and gazetteer matches
 * (keys of the gazetteer strings of the previous, own and next tokens). Returns the index after the last key; `f`
 * may hold stale keys past it (so the tagger reuses one array without emptying it, which would free its storage).
 */
export function tokenKeys(f: number[], at: number, c: TokenContext, prev: WordKeys, cur: WordKeys, next: WordKeys, gazPrev: readonly number[], gaz: readonly number[], gazNext: readonly number[]): number {
  f[at++] = mix(T_SS_1SS, prev.ss, cur.ss);
  f[at++] = mix(T_SSSS1, cur.ss, next.ss);
  f[at++] = mix(T_SS_1SSSS1, mix(prev.ss, cur.ss), next.ss);
  f[at++] = mix(T_L_1L, prev.l, cur.l);
  f[at++] = mix(T_LL1, cur.l, next.l);
  if (c.i === 0) {
    f[at++] = F_INITIAL;
    f[at++] = mix(T_INITIAL_SS, cur.ss);
  }
  if (c.headline) {
    f[at++] = F_HEADLINE;
    f[at++] = mix(T_HEADLINE_SS, cur.ss);
    f[at++] = mix(T_HEADLINE_L, cur.l);
  }
  if (c.upper && c.lowerSeen) {
    f[at++] = F_LOWER_SEEN;
    f[at++] = F_LOWER_SEEN_INITIAL[c.i === 0 ? 1 : 0]!;
  }
  if (c.upper && c.capSeenMid) {
    f[at++] = F_CAP_MID;
    f[at++] = F_CAP_MID_HEADLINE[c.headline ? 1 : 0]!;
  }
  const upper = c.upper ? T_G_UPPER : T_G_LOWER;
  for (let k = 0; k < gaz.length; k++) {
    f[at++] = mix(T_G, gaz[k]!);
    f[at++] = mix(upper, gaz[k]!);
  }
  if (c.i > 0) for (let k = 0; k < gazPrev.length; k++) f[at++] = mix(T_G_1, gazPrev[k]!);
  if (c.i < c.n - 1) for (let k = 0; k < gazNext.length; k++) f[at++] = mix(T_G1, gazNext[k]!);
  return at;
}

/** Does the sentence look like a headline: letters, none of them lower case? */
export const isHeadline = (words: readonly string[]): boolean => words.some((w) => /\p{L}/u.test(w)) && words.every((w) => !/\p{Ll}/u.test(w));

/**
 * The static (label-independent) feature keys of each token of one sentence: the word's own features (cached in
 * `cache`), neighbours ±2 and their shapes, flags, the document context and gazetteer matches around it.
 * @example sentenceFeatures(['Peter', 'Blackburn'], docContext([['Peter', 'Blackburn']]), () => [[], []])[0].length > 20 // true
 */
export function sentenceFeatures(words: readonly string[], doc: DocContext, gazetteer: Gazetteer, cache: WordCache = new Map()): Int32Array[] {
  const n = words.length;
  if (cache.size > WORD_CACHE_LIMIT) cache.clear();
  const keys = words.map(wordKeys);
  const bos = boundaryKeys(BOS);
  const eos = boundaryKeys(EOS);
  const at = (i: number): WordKeys => (i < 0 ? bos : i >= n ? eos : keys[i]!);
  const gaz = gazetteer(words).map((list) => list.map(featureKey));
  const headline = isHeadline(words);
  const out: Int32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let own = cache.get(w);
    if (!own) cache.set(w, (own = wordFeatures(w)));
    f.length = 0;
    for (const o of NEIGHBOUR_OFFSETS) f.push(...neighbourKeys(o, at(i + o)));
    const upper = hasUpper(w);
    const l = normalize(w);
    const context = { i, n, headline, upper, lowerSeen: doc.lowerSeen.has(l), capSeenMid: doc.capSeenMid.has(l) };
    const count = tokenKeys(f, f.length, context, at(i - 1), keys[i]!, at(i + 1), gaz[i - 1] ?? [], gaz[i]!, gaz[i + 1] ?? []);
    const row = new Int32Array(own.length + count);
    row.set(own);
    for (let k = 0; k < count; k++) row[own.length + k] = f[k]!;
    out.push(row);
  }
  return out;
}
