// Modality and negation of an event from the words before its verb: "will visit", "plans to sign", "did not meet".
import type { Modality, Token } from '../../document/document.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const DENIERS = new Set(['deny', 'refuse', 'decline', 'fail', 'reject']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', 'going']);
const INTENT = new Set(['plan', 'intend', 'aim', 'hope', 'want', 'seek', 'expect', 'schedule', 'set', 'due', 'prepare', 'vow', 'pledge', 'promise', 'try', 'wish', 'agree', 'propose', 'offer', 'consider', 'mull', 'ready', 'willing', 'prepared', 'threaten', 'swear']);
const CONDITIONS = new Set(['if', 'unless', 'until']);
// "wants Putin to attack", "urged Kenya to sign", "allowed the opposition to hold a rally", "faces pressure from
// lawmakers to withdraw", "would not give permission to Russia to help": what someone is asked, wanted or allowed to do
// is not told as done (and not by the subject), nor planned by the subject.
const WISHES = new Set(['want', 'urge', 'ask', 'press', 'push', 'pressure', 'encourage', 'persuade', 'invite', 'order', 'tell', 'wish', 'expect', 'allow', 'permit', 'permission']);
const WISH_POS = new Set(['VERB', 'NOUN', 'ADJ']);
// How many words may name the one asked: "urged the Kenyan government to".
const WISH_REACH = 5;
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'must', 'if', 'unless']);

/** "wants Putin to": the wish at `k` names someone, then "to", before `verb`. */
function asksSomeoneTo(tokens: readonly Token[], k: number, verb: number): boolean {
  for (let n = k + 2; n < Math.min(verb, k + 2 + WISH_REACH); n++) {
    if (tokens[n]!.normal === 'to') return true;
    if (tokens[n]!.pos === 'VERB' || tokens[n]!.text === ',') return false;
  }
  return false;
}

/** "heads", "travel": an inflected "-s" form or the bare form; "met", "attacked" are past. */
function presentTense(t: Token): boolean {
  return t.lemma === t.normal || (t.normal.endsWith('s') && !t.normal.endsWith('ss'));
}

export interface EventModality {
  modality: Modality;
  negated: boolean;
  /** The clause's own words plan or promise it ("will visit", "vowed to"), so saying so is itself an event (an intent). */
  announced: boolean;
}

const NEGATION_REACH = 5;

/**
 * Reads tokens `[from, verb)` (the clause up to the event's verb) for future, intent and condition, and
 * the five tokens before the verb for negation: "agreed to restart talks and to hold talks" is intended;
 * "did not meet" is negated.
 */
export function modalityOf(tokens: readonly Token[], from: number, verb: number): EventModality {
  let negated = false;
  let modality: Modality = 'asserted';
  for (let k = from; k < verb; k++) {
    const t = tokens[k]!;
    const near = k >= verb - NEGATION_REACH;
    if (near && NEGATORS.has(t.normal)) negated = true;
    if (DENIERS.has(t.lemma) && k >= verb - 2) negated = true;
    if (FUTURE.has(t.normal) && (t.pos === 'AUX' || t.pos === 'VERB')) modality = 'future';
    else if (INTENT.has(t.lemma) && tokens[k + 1]?.normal === 'to') modality = modality === 'asserted' ? 'intended' : modality;
    else if (HYPOTHETICAL.has(t.normal) && (t.pos === 'AUX' || t.pos === 'SCONJ') && modality === 'asserted') modality = 'hypothetical';
    else if (WISHES.has(t.lemma) && WISH_POS.has(t.pos) && asksSomeoneTo(tokens, k, verb)) modality = 'hypothetical';
  }
  // "a day before Sarkozy heads to Beijing": a present-tense act after "before" is still to come.
  if (modality === 'asserted' && tokens[from - 1]?.normal === 'before' && presentTense(tokens[verb]!)) return { modality: 'future', negated, announced: false };
  // "if Kenya attacks", "until the militia withdrew", "unless Israel rescinded": a condition, not an event.
  if (CONDITIONS.has(tokens[from]?.normal ?? '') || CONDITIONS.has(tokens[from - 1]?.normal ?? '')) modality = 'hypothetical';
  return { modality, negated, announced: modality === 'future' || modality === 'intended' };
}
