// Finds a run of capitalised tokens that may be one name: "Ishaq Dar", "Michael E Kurilla", "Mota-Engil Group", "Bank of England".
import type { Token } from '../../document/document.js';
import { canBeName, isCalendarWord, isCapitalized, isInitial, touching } from './tokens.js';

const PARTICLES = new Set(['of', 'for', 'al', 'el', 'bin', 'bint', 'ibn', 'de', 'del', 'da', 'dos', 'van', 'von', 'der', 'la', 'le', 'du']);
// Organisations take "of" and "for" ("Bank of England"); people do not ("President Daniel Kiprop of Kenya").
const NOT_IN_PERSON_NAMES = new Set(['of', 'for']);
const MAX_RUN = 8;

/**
 * The end of the capitalised run starting at `i`, or `i` when none starts there. Lower-case particles
 * join a run only between capitalised words ("Bank of England"); with `person`, "of" and "for" end it.
 */
export function nameRunEnd(tokens: readonly Token[], i: number, limit: number, sentenceInitial: boolean, person = false): number {
  if (!canBeName(tokens[i]!, sentenceInitial)) return i;
  let j = i + 1;
  while (j < limit && j - i < MAX_RUN) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    // "Mota-Engil", and in people's names any hyphenated part: "Han Seung-woo"
    if (t.text === '-' && touching(prev, t) && j + 1 < limit && touching(t, tokens[j + 1]!) && (isCapitalized(tokens[j + 1]!) || (person && /^\p{L}/u.test(tokens[j + 1]!.text)))) {
      j += 2;
      continue;
    }
    if (PARTICLES.has(t.normal) && !(person && NOT_IN_PERSON_NAMES.has(t.normal)) && j + 1 < limit && isCapitalized(tokens[j + 1]!) && !isCalendarWord(tokens[j + 1]!)) {
      j += 2;
      continue;
    }
    if ((isCapitalized(t) && !isCalendarWord(t) && t.normal !== "'s") || (isInitial(t) && isCapitalized(prev))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}
