// Stage 2, sentences and tokens: paragraphs split on newlines, then wink-nlp per paragraph.
import type { Sentence, Span, Token } from '../../document/document.js';
import { layer } from '../../document/document.js';
import type { Stage } from '../stage.js';
import { its, readDoc } from './wink.js';

/** Paragraph ranges: non-blank runs between newlines, leaving out the dateline (which may follow a headline). */
function paragraphs(text: string, dateline: Span | null): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = dateline && start <= dateline.start && dateline.start < end ? Math.max(start, dateline.end) : start;
    let e = end;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    if (e > s) out.push([s, e]);
    start = end + 1;
  }
  return out;
}

/**
 * wink's tokenizer remembers the tokens it has seen: once a text has put "Sony's" in its cache as one
 * token, every later "Sony's" stays whole, while a fresh instance splits it into "Sony" + "'s". So an
 * article's tokens would depend on the articles read before it. Splitting every "X's" here, as a fresh
 * wink does, makes each article's reading its own.
 */
const POSSESSIVE = /^(.*\p{L}.*?)(['\u2019][sS])$/u;
/** Before these, "'s" is "is"/"has" (wink: AUX, lemma "be"); "let's" is "let us". */
const CONTRACTED = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'how', 'when', 'why', 'this']);

/** Does `word` end in "'s" or "'S"? A char check before the regex, which most words would fail. */
function endsInApostropheS(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const apostrophe = word.charCodeAt(n - 2);
  return n > 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

/** wink's word split as a fresh instance splits it, as [text, pos, lemma] pieces; null if it stays whole. */
function possessivePieces(word: string, pos: string): [string, string, string | undefined][] | null {
  const m = endsInApostropheS(word) ? POSSESSIVE.exec(word) : null;
  if (!m) return null;
  const [, stem, clitic] = m as unknown as [string, string, string];
  const lower = stem.toLowerCase();
  if (lower === 'let') return [[stem, 'VERB', 'let'], [clitic, 'PRON', 'us']];
  if (CONTRACTED.has(lower)) return [[stem, 'PRON', lower], [clitic, 'AUX', 'be']];
  return [[stem, pos, undefined], [clitic, 'PART', "'s"]];
}

/**
 * Appends the token for `word`, found at `cursor` after spaces in `text` (up to the paragraph's end `pe`),
 * and returns where it ends. A bounded look guards against a token wink rewrote.
 */
function place(tokens: Token[], text: string, pe: number, cursor: number, word: string, pos: string, lemma: string | undefined): number {
  let start = cursor;
  while (start < pe && text.charCodeAt(start) <= 32) start++;
  if (!text.startsWith(word, start)) {
    const found = text.slice(cursor, Math.min(pe, cursor + word.length + 64)).indexOf(word);
    start = found >= 0 ? cursor + found : cursor;
  }
  const end = Math.min(start + word.length, pe);
  const exact = end - start === word.length;
  const normal = word.toLowerCase();
  tokens.push({ start, end, text: exact ? word : text.slice(start, end), normal, lemma: lemma === undefined || lemma === normal ? normal : lemma.toLowerCase(), pos, sentence: 0 });
  return end;
}

/**
 * Abbreviations that stand before a name, after which wink sometimes ends a sentence ("The Rev." |
 * "Jesse Jackson arrived."); a sentence ending in one runs on into the next. "Jr." and "Sr." are not
 * here: they end a name, and often a sentence.
 */
const BEFORE_A_NAME = new Set(['Rev', 'Rt', 'Hon', 'Pres', 'Gov', 'Sen', 'Rep', 'Amb', 'Gen', 'Maj', 'Adm', 'Col', 'Capt', 'Lt', 'Sgt', 'Cpl', 'Cmdr', 'Brig', 'Supt', 'Insp', 'Det', 'Dr', 'Prof', 'Fr', 'Msgr', 'Mr', 'Mrs', 'Ms']);

/** Does the sentence `[firstToken, endToken)` end with one of those abbreviations, its dot a token of its own? */
function endsBeforeAName(tokens: readonly Token[], firstToken: number, endToken: number): boolean {
  const dot = tokens[endToken - 1]!;
  const word = tokens[endToken - 2];
  return endToken - firstToken >= 2 && dot.text === '.' && word !== undefined && word.end === dot.start && BEFORE_A_NAME.has(word.text);
}

/** Nouns that make a compound with "shot" ("a warning shot at the ship"), where "shot" stays a noun. */
const SHOT_COMPOUNDS = new Set(['warning', 'parting', 'opening', 'booster', 'flu', 'mug', 'moon', 'head', 'body', 'gun', 'cannon', 'mortar', 'tank', 'screen', 'snap', 'long', 'big', 'cheap', 'trick', 'jump', 'free', 'drop', 'slap', 'kill', 'money', 'hot']);
/** What follows a verb "shot": "dead", "down", "at", an object; never a noun of its own compound. */
const AFTER_SHOT = new Set(['ADP', 'PART', 'ADJ', 'ADV', 'DET', 'NUM', 'PRON', 'PROPN', 'PUNCT', 'CCONJ']);
/** What a retagged verb follows: its subject's noun or pronoun. */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** What follows a past-tense verb with its object: "blockaded Gaza", "tortured two activists", "tortured the detainees". */
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON']);

/** Verbs a headline writes in the present that wink reads as nouns after a plural subject: "Police clash with protesters". */
const HEADLINE_VERBS = new Set(['clash', 'battle', 'fight', 'attack', 'raid', 'storm', 'protest', 'rally', 'march']);
/** What follows such a verb: "with", "on", "against", "in", "near", or its object opening with an article or a name ("Troops storm the compound", "Rebels attack Goma"). */
const AFTER_HEADLINE_VERB = new Set(['with', 'on', 'against', 'in', 'near', 'outside', 'the', 'a']);

/** A plural subject: "forces", "protesters", "police". */
const plural = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && (t.normal === 'police' || (t.normal.endsWith('s') && !t.normal.endsWith('ss')));

/**
 * Verbs wink tags as nouns or adjectives after a noun subject: "shot" in "Police shot dead two protesters" and
 * "The army shot down a drone" (not "a warning shot"), and a lower-case "-ed" word between a noun and its object
 * ("The navy blockaded Gaza", "Guards tortured the detainees"), and a headline's present tense after a plural subject
 * ("Police clash with protesters"). They become verbs; "shot" gets the lemma "shoot".
 */
function retagVerbs(tokens: Token[], from: number): void {
  for (let k = Math.max(from, 1); k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    if (!SUBJECT_POS.has(prev.pos)) continue;
    if (t.normal === 'shot' && t.pos === 'NOUN' && !SHOT_COMPOUNDS.has(prev.normal) && (!next || AFTER_SHOT.has(next.pos))) {
      tokens[k] = { ...t, pos: 'VERB', lemma: 'shoot' };
    } else if (t.pos === 'NOUN' && HEADLINE_VERBS.has(t.normal) && plural(prev) && next !== undefined && (AFTER_HEADLINE_VERB.has(next.normal) || next.pos === 'PROPN')) {
      tokens[k] = { ...t, pos: 'VERB' };
    } else if ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.text === t.normal && t.normal.length > 5 && t.normal.endsWith('ed') && prev.pos !== 'PRON' && OBJECT_START.has(next?.pos ?? '') && prev.end < t.start) {
      tokens[k] = { ...t, pos: 'VERB' };
    }
  }
}

export const sentencesStage: Stage = {
  name: 'sentences.wink-eng-lite.v1',
  needs: ['clean'],
  provides: ['tokens', 'sentences'],
  run(doc) {
    const clean = layer(doc, 'clean');
    const text = clean.text;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const paras = paragraphs(text, clean.dateline);
    for (let p = 0; p < paras.length; p++) {
      const [ps, pe] = paras[p]!;
      const wdoc = readDoc(text.slice(ps, pe));
      // wink's own "normal" respells British English ("defence" → "defense"); ours is the word lower-cased.
      const words = wdoc.tokens().out() as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
      // Where each of wink's tokens starts and ends among ours, which split some of them.
      const firstOf: number[] = [];
      const lastOf: number[] = [];
      const paraFirst = tokens.length;
      let cursor = ps;
      for (let i = 0; i < words.length; i++) {
        firstOf.push(tokens.length);
        const word = words[i]!;
        const tag = pos[i] ?? 'X';
        const split = possessivePieces(word, tag);
        if (!split) cursor = place(tokens, text, pe, cursor, word, tag, lemmas[i]);
        else for (const [word, tag, lemma] of split) cursor = place(tokens, text, pe, cursor, word, tag, lemma);
        lastOf.push(tokens.length - 1);
      }
      retagVerbs(tokens, paraFirst);
      for (const [first, last] of wdoc.sentences().out(its.span as never) as unknown as [number, number][]) {
        const firstToken = firstOf[first]!;
        const endToken = lastOf[last]! + 1;
        const before = sentences[sentences.length - 1];
        if (before?.paragraph === p && endsBeforeAName(tokens, before.firstToken, before.endToken)) {
          for (let t = firstToken; t < endToken; t++) tokens[t]!.sentence = before.index;
          before.end = tokens[endToken - 1]!.end;
          before.endToken = endToken;
          continue;
        }
        const index = sentences.length;
        for (let t = firstToken; t < endToken; t++) tokens[t]!.sentence = index;
        sentences.push({ index, paragraph: p, start: tokens[firstToken]!.start, end: tokens[endToken - 1]!.end, firstToken, endToken });
      }
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
