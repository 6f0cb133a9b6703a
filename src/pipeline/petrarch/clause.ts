// Where a verb's source and target are looked for, without a parse: the clause before the verb, the words after it.
import type { ActorGroup } from './actor-groups.js';
import type { Word } from './words.js';

// Words that open a clause of their own: "Gondor noted that Mordor regretted …" → Mordor regretted.
const CLAUSE_OPENERS = new Set(['THAT', 'WHICH', 'WHO', 'WHOM', 'WHOSE', 'WHERE', 'WHEN', 'WHILE', 'BECAUSE', 'ALTHOUGH', 'IF', 'AFTER', 'BEFORE', 'SINCE', 'UNTIL', ';', ':']);
// A relative clause ("a woman who shot at …") takes its subject from before the pronoun.
const RELATIVES = new Set(['WHO', 'WHICH', 'THAT']);
// The target may lie past "that" ("allowed that Mordor isn't …") but not past a semicolon.
const TARGET_STOPS = new Set([';', ':']);
const BE = new Set(['IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'BEING', 'GET', 'GOT', 'GETS']);

/** The first word of the clause holding word `at`. */
export function clauseStart(words: readonly Word[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if (CLAUSE_OPENERS.has(words[k]!.text)) return k + 1;
  return 0;
}

/** One past the last word the target of the verb ending at `from` may be in. */
export function targetLimit(words: readonly Word[], from: number): number {
  for (let k = from; k < words.length; k++) if (TARGET_STOPS.has(words[k]!.text)) return k;
  return words.length;
}

/** The subject: the first group in the verb's clause, else (a relative clause: "…, who shot at …") the first before it. */
export function subjectOf(groups: readonly ActorGroup[], words: readonly Word[], verb: number): ActorGroup | null {
  const start = clauseStart(words, verb);
  const own = groups.find((g) => g.first >= start && g.end <= verb);
  if (own || start === 0 || !RELATIVES.has(words[start - 1]!.text)) return own ?? null;
  return groups.find((g) => g.end <= verb) ?? null;
}

/** The first group after the verb that is not the subject of a verb of its own ("…, a senior official said"). */
export function objectOf(groups: readonly ActorGroup[], words: readonly Word[], verbEnd: number, limit: number, not: ActorGroup | undefined): ActorGroup | null {
  return groups.find((g) => g.first >= verbEnd && g.first < limit && g !== not && words[g.end]?.pos !== 'VERB') ?? null;
}

/** "Eriador was opposed by Osgiliath": a form of "be" or "get" before the verb (adverbs between allowed). */
export function isPassive(words: readonly Word[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 3; k--) {
    const w = words[k]!;
    if (BE.has(w.text)) return true;
    if (w.pos !== 'ADV') return false;
  }
  return false;
}

/** The group after "by" within a few words of a passive verb: "opposed earlier by Osgiliath". */
export function byAgent(groups: readonly ActorGroup[], words: readonly Word[], verbEnd: number): ActorGroup | null {
  for (let k = verbEnd; k < Math.min(words.length, verbEnd + 3); k++) {
    if (words[k]!.text !== 'BY') continue;
    return groups.find((g) => g.first === k + 1 || (g.first === k + 2 && words[k + 1]!.text === 'THE')) ?? null;
  }
  return null;
}
