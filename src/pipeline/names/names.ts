// Stage 3, names: the statistical tagger's PER/ORG/LOC/MISC spans over the article's own tokens, read by the
// mention rules where knowledge is silent ("Gregory LoGerfo", "United States Strategic Metals").
import type { NameLayer, NameSpan, Token } from '../../document/document.js';
import { layer } from '../../document/document.js';
import type { Tagger } from '../../ner/index.js';
import { isCalendarWord, isCapitalized, touching } from '../mentions/tokens.js';
import type { Stage } from '../stage.js';

/**
 * The words the tagger reads in tokens `[from, to)`: as in its training text, a hyphenated word is one word
 * ("Nagorno-Karabakh", "Ata-ur-Rehman"), where the sentence stage splits it in three. Returns the words and, per
 * word, its first token (and one past the last word's end).
 */
function taggerWords(tokens: readonly Token[], from: number, to: number): { words: string[]; firsts: number[] } {
  const words: string[] = [];
  const firsts: number[] = [];
  let i = from;
  while (i < to) {
    let j = i + 1;
    while (j + 1 < to && tokens[j]!.text === '-' && touching(tokens[j - 1]!, tokens[j]!) && touching(tokens[j]!, tokens[j + 1]!)) j += 2;
    firsts.push(i);
    words.push(j === i + 1 ? tokens[i]!.text : tokens.slice(i, j).map((t) => t.text).join(''));
    i = j;
  }
  firsts.push(to);
  return { words, firsts };
}

/** Tokens of context the tagger reads on each side of a capitalised word: its features look two words out. */
const CONTEXT = 2;
const LOWER = /\p{Ll}/u;

/** A word a name may start at: capitalised, not a month or weekday, and at a sentence's start only a proper noun ("The", "Officials" are not). */
function opensName(t: Token, sentenceInitial: boolean): boolean {
  return isCapitalized(t) && !isCalendarWord(t) && (!sentenceInitial || t.pos === 'PROPN');
}

/**
 * The stretches of tokens `[from, to)` the tagger reads: each word that may open a name with `CONTEXT` tokens on either
 * side, overlapping stretches joined. Lower-case prose far from any name is never a name, and skipping it
 * halves the tagger's work. A stretch of a sentence that has lower-case words keeps at least one, so the tagger
 * does not take it for an all-capitals headline.
 */
function stretches(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (!opensName(tokens[i]!, i === from)) continue;
    const start = Math.max(from, i - CONTEXT);
    const end = Math.min(to, i + CONTEXT + 1);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else out.push([start, end]);
  }
  if (!hasLower(tokens, from, to)) return out;
  for (const s of out) {
    while (!hasLower(tokens, s[0], s[1]) && s[1] < to) s[1]++;
    while (!hasLower(tokens, s[0], s[1]) && s[0] > from) s[0]--;
  }
  return out;
}

/** Whether a token in `[from, to)` has a lower-case letter. */
function hasLower(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (LOWER.test(tokens[i]!.text)) return true;
  return false;
}

/** Lower-case words that stand inside names: "Bank of England", "Tour de France" ("and" does not: "Philippine and Chinese ministers"). */
const PARTICLES = new Set(['of', 'for', 'de', 'del', 'della', 'des', 'du', 'da', 'do', 'dos', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'bint', 'ibn', 'y']);

/** Whether token `k` may stand inside a name: capitalised, not a word, a particle, or joined to the one before. */
function inName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isCapitalized(t) || !LOWER.test(t.text) || PARTICLES.has(t.text) || touching(tokens[k - 1]!, t);
}

/**
 * The names in a span the tagger found. Greedy decoding that opens a name must go on to close it, so a first
 * word misread as opening a longer name drags the next words in ("Mwangi later met Ruto"): a span breaks at
 * each lower-case word that is not a particle, and no piece ends on a particle.
 */
function pieces(tokens: readonly Token[], type: NameSpan['type'], first: number, end: number): NameSpan[] {
  const out: NameSpan[] = [];
  let k = first;
  while (k < end) {
    const from = k++;
    while (k < end && inName(tokens, k)) k++;
    let to = k;
    while (to > from + 1 && PARTICLES.has(tokens[to - 1]!.text)) to--;
    if (isCapitalized(tokens[from]!)) out.push({ type, firstToken: from, endToken: to });
    while (k < end && !inName(tokens, k)) k++;
  }
  return out;
}

/**
 * The names stage over `tagger`; with `null`, names are left to the mention rules alone (`dyad eval conll`
 * measures both).
 * @example namesStage(loadTagger({ knowledge: kb })).run(doc, kb); doc.names.spans // [{ type: 'PER', firstToken: 4, endToken: 6 }]
 */
export function namesStage(tagger: Tagger | null): Stage {
  const name = tagger?.info?.name ?? 'tagger';
  return {
    name: tagger ? `names.${name}` : 'names.off',
    needs: ['tokens', 'sentences'],
    provides: ['names'],
    run(doc) {
      const names: NameLayer = { tagger: tagger ? name : null, spans: [] };
      doc.names = names;
      if (!tagger) return;
      const tokens = layer(doc, 'tokens');
      const sentences = layer(doc, 'sentences').flatMap((s) => stretches(tokens, s.firstToken, s.endToken).map(([a, b]) => taggerWords(tokens, a, b)));
      const found = tagger.entitiesOfDocument(sentences.map((s) => s.words));
      sentences.forEach(({ firsts }, k) => {
        for (const e of found[k]!) names.spans.push(...pieces(tokens, e.type, firsts[e.start]!, firsts[e.end]!));
      });
    },
  };
}
