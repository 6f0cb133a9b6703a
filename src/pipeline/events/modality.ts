// Modality and negation of an event from the words before its verb: "will visit", "plans to sign", "did not meet".
import type { Modality, Token } from '../../document/document.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const DENIERS = new Set(['deny', 'refuse', 'decline', 'fail', 'reject']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', 'going']);
const INTENT = new Set(['plan', 'intend', 'aim', 'hope', 'want', 'seek', 'expect', 'schedule', 'set', 'due', 'prepare', 'vow', 'pledge', 'promise', 'try', 'attempt', 'wish', 'agree', 'propose', 'offer', 'consider', 'mull', 'ready', 'willing', 'prepared', 'threaten', 'swear']);
// "tried to hack", "attempted to storm": an attempt was made, whatever came of it.
const ATTEMPTS = new Set(['try', 'attempt']);
const CONDITIONS = new Set(['if', 'unless', 'until']);
// "wants Putin to attack", "urged Kenya to sign", "allowed the opposition to hold a rally", "faces pressure from
// lawmakers to withdraw", "would not give permission to Uganda to help": what someone is asked, wanted or allowed to do
// is not told as done (and not by the subject), nor planned by the subject.
const WISHES = new Set(['want', 'urge', 'ask', 'press', 'push', 'pressure', 'encourage', 'persuade', 'invite', 'order', 'tell', 'wish', 'expect', 'allow', 'permit', 'permission']);
const WISH_POS = new Set(['VERB', 'NOUN', 'ADJ']);
// "was asked to", "got told to"
const PASSIVE_AUX = new Set(['be', 'get']);
// How many words may name the one asked: "urged the Kenyan government to".
const WISH_REACH = 5;
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'must', 'if', 'unless']);
// "Judges can already jail parents": an ability, not an act; "cannot accept", "can't accept": a refusal made now, as "will not accept".
const ABILITY = new Set(['can', 'ca']);
// "may halt its mediation if …", "could cut aid unless …": a possibility its speaker ties to a condition is a warning.
const POSSIBLE = new Set(['could', 'might', 'may']);
// "rejected calls to resign", "demands to release prisoners", "an invitation to attend": what is asked, not done.
const ASKED = new Set(['demand', 'call', 'appeal', 'request', 'plea', 'pressure', 'invitation', 'order', 'ultimatum', 'proposal']);

/** "wants Putin to", "ordered the National Intelligence Service (NIS) to": the wish at `k` names someone, then "to", before `verb`. */
function asksSomeoneTo(tokens: readonly Token[], k: number, verb: number): boolean {
  let reach = k + 2 + WISH_REACH;
  for (let n = k + 2; n < Math.min(verb, reach); n++) {
    if (tokens[n]!.normal === 'to') return true;
    if (tokens[n]!.pos === 'VERB' || tokens[n]!.text === ',') return false;
    // a bracketed aside does not count against the reach
    if (tokens[n]!.text === '(') for (; n < verb && tokens[n]!.text !== ')'; n++) reach++;
  }
  return false;
}

/** "pressure groups": a wish word as the modifier of the noun after it asks no one anything. */
const modifiesNoun = (tokens: readonly Token[], k: number): boolean => tokens[k]!.pos !== 'VERB' && tokens[k + 1]?.pos === 'NOUN';

/** "heads", "travel": an inflected "-s" form or the bare form; "met", "attacked" are past. */
function presentTense(t: Token): boolean {
  return t.lemma === t.normal || (t.normal.endsWith('s') && !t.normal.endsWith('ss'));
}

export interface EventModality {
  modality: Modality;
  negated: boolean;
  /** The clause's own words plan or promise it ("will visit", "vowed to", "may halt … if"), so saying so is itself an event (an intent). */
  announced: boolean;
  /** It was tried: "tried to hack", "attempted to storm". */
  attempted: boolean;
}

const NEGATION_REACH = 5;

/**
 * Reads tokens `[from, verb)` (the clause up to the event's verb) for future, intent and condition, and
 * the five tokens before the verb for negation: "agreed to restart talks and to hold talks" is intended;
 * "did not meet" is negated. Tokens `(verb, end)`, the rest of the clause, tell a condition the act is
 * tied to ("may halt its mediation if …").
 */
export function modalityOf(tokens: readonly Token[], from: number, verb: number, end: number = verb): EventModality {
  let negated = false;
  let modality: Modality = 'asserted';
  let possible = false;
  let attempted = false;
  for (let k = from; k < verb; k++) {
    const t = tokens[k]!;
    const near = k >= verb - NEGATION_REACH;
    if (near && NEGATORS.has(t.normal)) negated = true;
    if (DENIERS.has(t.lemma) && k >= verb - 2) negated = true;
    if (FUTURE.has(t.normal) && (t.pos === 'AUX' || t.pos === 'VERB')) modality = 'future';
    else if (INTENT.has(t.lemma) && tokens[k + 1]?.normal === 'to') {
      modality = modality === 'asserted' ? 'intended' : modality;
      attempted = ATTEMPTS.has(t.lemma);
    } else if (ABILITY.has(t.normal) && t.pos === 'AUX' && modality === 'asserted') {
      modality = NEGATORS.has(tokens[k + 1]?.normal ?? '') ? 'future' : 'hypothetical';
    } else if (HYPOTHETICAL.has(t.normal) && (t.pos === 'AUX' || t.pos === 'SCONJ') && modality === 'asserted') {
      modality = 'hypothetical';
      possible = POSSIBLE.has(t.normal);
    } else if (WISHES.has(t.lemma) && WISH_POS.has(t.pos) && !modifiesNoun(tokens, k) && asksSomeoneTo(tokens, k, verb)) modality = 'hypothetical';
  }
  if (modality === 'asserted' && tokens[verb - 1]?.normal === 'to' && ASKED.has(tokens[verb - 2]?.lemma ?? '')) modality = 'hypothetical';
  // "was asked to resign", "were urged to leave": a wish told in the passive names no one between it and "to".
  if (modality === 'asserted' && tokens[verb - 1]?.normal === 'to' && WISHES.has(tokens[verb - 2]?.lemma ?? '') && PASSIVE_AUX.has(tokens[verb - 3]?.lemma ?? '')) modality = 'hypothetical';
  // "a day before the president flies to Nairobi": a present-tense act after "before" is still to come.
  if (modality === 'asserted' && tokens[from - 1]?.normal === 'before' && presentTense(tokens[verb]!)) return { modality: 'future', negated, announced: false, attempted };
  // "if Kenya attacks", "until the militia withdrew", "unless Israel rescinded": a condition, not an event.
  if (CONDITIONS.has(tokens[from]?.normal ?? '') || CONDITIONS.has(tokens[from - 1]?.normal ?? '')) return { modality: 'hypothetical', negated, announced: false, attempted };
  const warned = possible && tokens.slice(verb + 1, end).some((t) => t.normal === 'if' || t.normal === 'unless');
  return { modality, negated, announced: modality === 'future' || modality === 'intended' || warned, attempted };
}
