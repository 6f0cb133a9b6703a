// Modality and negation of an event from the words before its verb: "will visit", "plans to sign", "did not meet".
import type { Modality, Token } from '../../document/document.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const DENIERS = new Set(['deny', 'refuse', 'decline', 'fail', 'reject']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', 'going']);
const INTENT = new Set(['plan', 'intend', 'aim', 'hope', 'want', 'seek', 'expect', 'schedule', 'set', 'due', 'prepare', 'vow', 'pledge', 'promise', 'try', 'wish', 'agree', 'propose', 'offer', 'consider', 'mull', 'ready', 'willing', 'prepared', 'threaten', 'swear']);
const CONDITIONS = new Set(['if', 'unless', 'until']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'must', 'if', 'unless']);

export interface EventModality {
  modality: Modality;
  negated: boolean;
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
  }
  // "if Kenya attacks", "until the militia withdrew", "unless Israel rescinded": a condition, not an event.
  if (CONDITIONS.has(tokens[from]?.normal ?? '') || CONDITIONS.has(tokens[from - 1]?.normal ?? '')) modality = 'hypothetical';
  return { modality, negated };
}
