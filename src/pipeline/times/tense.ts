// The tense of the clause around a temporal expression, read from the nearest verb group.
import type { Token } from '../../document/document.js';

/** Which way a clause points from the publication date; `present` and `none` leave it to the rule. */
export type Tense = 'past' | 'present' | 'future' | 'none';

// "will", "'ll", "won't" (wink splits it "wo" + "n't"), "would" (reported plans), "may"/"might" (possibilities ahead).
const FUTURE_MODALS = new Set(['will', "'ll", 'wo', 'shall', 'would', 'may', 'might']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
// "is expected to", "plans to", "is scheduled for", "was set to", "is due to", "are going to".
const FUTURE_LEMMAS = new Set(['expect', 'plan', 'schedule', 'set', 'intend', 'aim', 'slate', 'prepare', 'hope', 'seek', 'go', 'due', 'poise', 'pledge', 'vow', 'promise', 'threaten']);
const SCHEDULING = new Set(['plan', 'schedule', 'slate', 'reschedule']);
// Punctuation that usually ends a clause; a verb past it governs the expression less often.
const HARD_BOUNDARY = new Set([';', ':', '—', '–', '(', ')', '"']);
// Verbs whose past is their bare form: "set Friday as the deadline", "a statement read Wednesday night".
const SAME_PAST = new Set(['set', 'put', 'cut', 'hit', 'let', 'read', 'shut', 'quit', 'spread', 'cast', 'cost', 'hurt', 'bid', 'upset', 'burst', 'split', 'shed', 'broadcast', 'forecast']);
// Subjects that take the bare form in the present: "we set", "they cut".
const BARE_SUBJECTS = new Set(['i', 'we', 'you', 'they']);
// Determiners and possessives before an expression make it a modifier, and the word after it its noun: "his Sunday night address".
const MODIFIER_LEAD = new Set(['DET', 'PRON']);
const WINDOW = 40;

/**
 * The tense of the verb group nearest to tokens `[first, end)` within the sentence's tokens
 * `[from, to)`. Distance counts tokens, plus 2 for each comma and 6 for each harder boundary
 * crossed; on a tie the verb before the expression wins.
 * @example "The envoys had earlier met in July" → 'past'; "They will meet on Monday" → 'future'
 */
export function clauseTense(tokens: readonly Token[], from: number, to: number, first: number, end: number): Tense {
  const sentenceStart = from;
  // A verb further than this many tokens away governs something else (and a run-on "sentence" stays cheap).
  from = Math.max(from, first - WINDOW);
  to = Math.min(to, end + WINDOW);
  let best: Tense = 'none';
  let bestCost = Infinity;
  const noun = first > from && MODIFIER_LEAD.has(tokens[first - 1]!.pos) ? end : -1;
  let i = from;
  while (i < to) {
    if (i >= first && i < end) {
      i = end;
      continue;
    }
    if (i === noun || !isVerbal(tokens[i]!) || isName(tokens, i, sentenceStart)) {
      i++;
      continue;
    }
    // A verb group: "will be signed", "had earlier met", "is expected", "did not attend".
    let j = i + 1;
    while (j < to && (j < first || j >= end) && (isVerbal(tokens[j]!) || (isFiller(tokens[j]!) && j + 1 < to && isVerbal(tokens[j + 1]!)))) j++;
    const tense = groupTense(tokens, i, j, to);
    if (tense !== 'none') {
      const cost = j <= first ? distance(tokens, j - 1, first) : distance(tokens, end - 1, i);
      if (cost < bestCost) {
        best = tense;
        bestCost = cost;
      }
    }
    i = j;
  }
  return best;
}

// "plans", "expected", "set", "due", "going" (not "went") before "to".
function looksAhead(t: Token): boolean {
  return FUTURE_LEMMAS.has(t.lemma) && (t.lemma !== 'go' || t.normal === 'going');
}

function isVerbal(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'VERB';
}

// "at the Wade Hampton school", "Will Smith said": a capitalised word inside a sentence, not after a quote or a colon, is a name however it is tagged.
function isName(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  return i > sentenceStart && /^[A-Z][a-z]/.test(tokens[i]!.text) && tokens[i - 1]!.pos !== 'PUNCT';
}

// "had earlier met", "did not attend", "will also visit".
function isFiller(t: Token): boolean {
  return t.pos === 'ADV' || t.pos === 'PART';
}

function distance(tokens: readonly Token[], a: number, b: number): number {
  let cost = b - a;
  for (let k = a + 1; k < b; k++) {
    const n = tokens[k]!.normal;
    if (n === ',') cost += 2;
    else if (HARD_BOUNDARY.has(n)) cost += 6;
  }
  return cost;
}

/** Tense of the verb group `[i, j)`; `to` bounds the look at what follows it ("expected" + "to"). */
function groupTense(tokens: readonly Token[], i: number, j: number, to: number): Tense {
  const head = tokens[i]!;
  // "to attend": an infinitive has no tense of its own, but "plans to hold", "is due to sign" look ahead.
  if (i > 0 && tokens[i - 1]!.normal === 'to') {
    if (!(i > 1 && looksAhead(tokens[i - 2]!))) return 'none';
    return pastPerfect(tokens, i - 2) ? 'past' : 'future';
  }
  const after = j < to ? tokens[j]!.normal : '';
  // "had planned to meet on Monday", "had been scheduled to expire Friday": a plan told in the past perfect was overtaken, so it lies behind.
  if (head.normal === 'had') return 'past';
  // "he'd like to meet", "they'd sign on Friday": "'d" before a bare verb is "would".
  if (head.normal === "'d" && j - i > 1 && tokens[i + 1]!.normal === tokens[i + 1]!.lemma) return 'future';
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && FUTURE_MODALS.has(t.normal)) return 'future';
    // "planned a demonstration on Saturday", "has called a press briefing for Thursday": a plan points ahead in any tense.
    // ("a planned fund" is an adjective however it is tagged.)
    if (t.pos === 'VERB' && SCHEDULING.has(t.lemma) && !(k > 0 && tokens[k - 1]!.pos === 'DET')) return 'future';
    // "is expected to", "are going to", "plans to", "is scheduled for"
    if (k === j - 1 && (after === 'to' || after === 'for') && looksAhead(t)) return 'future';
  }
  // "is due to sign"
  if (after === 'due' && j + 1 < to && tokens[j + 1]!.normal === 'to') return 'future';
  if (head.pos === 'AUX') {
    if (PAST_AUX.has(head.normal)) return 'past';
    // "has met", "have agreed": the present perfect reports the past.
    if (PERFECT_AUX.has(head.normal)) return j - i > 1 ? 'past' : 'present';
    if (head.lemma === 'be' || head.lemma === 'do') return head.normal === 'be' || head.normal === 'been' || head.normal === 'being' ? 'none' : 'present';
    return 'none';
  }
  // A lone verb: "met" (past), "meets"/"meet" (present), "meeting" (a participle, no tense). The first
  // verb with a tense carries it: "agreed" in "agreed to expand", "resumed" in "Shelling resumed".
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || (k > i && tokens[k - 1]!.normal === 'to')) continue;
    const form = verbForm(tokens, k);
    if (form !== 'none') return form;
  }
  return 'none';
}

// "had been due to", "had planned to": the plan word at `k` follows "had" or "had been".
function pastPerfect(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.normal;
  return before === 'had' || (before === 'been' && tokens[k - 2]?.normal === 'had');
}

function verbForm(tokens: readonly Token[], k: number): Tense {
  const t = tokens[k]!;
  const word = t.normal;
  const lemma = t.lemma;
  if (word.endsWith('ing')) return 'none';
  // "Albright set aside her plans": news tells such verbs in the past unless "we"/"they" lead them
  // ("the talks, set to resume Monday" is a plan, as "plans to" is).
  if (word === lemma && SAME_PAST.has(word) && tokens[k + 1]?.normal !== 'to') return BARE_SUBJECTS.has(tokens[k - 1]?.normal ?? '') ? 'present' : 'past';
  // "lorries rolled on, unhindered Monday": a form the tagger could not reduce still shows its past by "-ed" ("need", "proceed" end in "-eed").
  if (word === lemma && /[^e]ed$/.test(word)) return 'past';
  if (word === lemma) return 'present';
  if (word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`)) return 'present';
  return 'past';
}
