// Clause boundaries and the clause's subject: "During his visit, the COAS also met …" → "the COAS".
import type { Mention, Sentence, Token } from '../../document/document.js';
import { compoundModifier } from './match.js';

// Words that open a new clause: "…, where the US official lauded …", "… which ended after Trump brokered …"
const BOUNDARIES = new Set(['that', 'where', 'which', 'who', 'whom', 'whose', 'after', 'before', 'when', 'while', 'because', 'although', 'though', 'since', 'until', 'whereas', 'once', 'but', ';', ':']);
// Reporting verbs open the reported clause: "The Foreign Office said Kenya's minister met …" → the minister met.
export const REPORTING = new Set(['say', 'tell', 'report', 'add', 'state', 'claim', 'confirm', 'note', 'insist', 'allege', 'announce', 'reveal', 'disclose']);
const INTRO_POS = new Set(['ADP', 'ADV', 'SCONJ', 'VERB', 'PART', 'AUX']);

// "has once again rejected" is no clause opening "once the talks end".
const NOT_AFTER_ONCE = new Set(['again', 'more']);

function isBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return BOUNDARIES.has(t.normal) && !(t.normal === 'once' && NOT_AFTER_ONCE.has(tokens[k + 1]?.normal ?? ''));
}

function opensClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isBoundary(tokens, k) || (t.pos === 'VERB' && REPORTING.has(t.lemma));
}

// A clause longer than this many tokens is text without sentence punctuation; cut it there.
const MAX_CLAUSE = 80;

/** The first token of the clause that holds token `at`. */
export function clauseStart(tokens: readonly Token[], s: Sentence, at: number): number {
  const floor = Math.max(s.firstToken, at - MAX_CLAUSE);
  for (let k = at - 1; k >= floor; k--) if (opensClause(tokens, k)) return k + 1;
  return floor;
}

// How far after its verb a "that" still opens the verb's own object clause: "said on Tuesday that …".
const OBJECT_THAT_REACH = 4;

/** Past the "that" opening the object clause of the verb at `at` ("demanded that", "said on Friday that"), or `at + 1`. */
function objectClauseStart(tokens: readonly Token[], s: Sentence, at: number): number {
  for (let k = at + 1; k < Math.min(s.endToken, at + 1 + OBJECT_THAT_REACH); k++) {
    if (tokens[k]!.normal === 'that') return k + 1;
    if (tokens[k]!.pos === 'VERB' || isBoundary(tokens, k) || tokens[k]!.text === ',') break;
  }
  return at + 1;
}

/** One past the last token of the clause that holds token `at`; "demanded that X …" runs on into its object clause. */
export function clauseEnd(tokens: readonly Token[], s: Sentence, at: number): number {
  const ceiling = Math.min(s.endToken, at + MAX_CLAUSE);
  for (let k = objectClauseStart(tokens, s, at); k < ceiling; k++) if (isBoundary(tokens, k)) return k;
  return ceiling;
}

/**
 * The subject: the first actor in the clause before `verb`, after introductory phrases set off by commas
 * ("According to the Foreign Office, …", "In June, …"), with its "X and Y" coordinates.
 */
export function findSubject(tokens: readonly Token[], from: number, verb: number, actorAt: Map<number, Mention>): Mention[] {
  let start = from;
  for (;;) {
    const first = tokens[start];
    if (!first || start >= verb || !INTRO_POS.has(first.pos) || actorAt.has(start)) break;
    let comma = -1;
    for (let k = start; k < verb; k++) if (tokens[k]!.text === ',') { comma = k; break; }
    if (comma < 0) break;
    start = comma + 1;
  }
  for (let k = start; k < verb; k++) {
    const m = actorAt.get(k);
    // "Al Qaeda-linked Somali militants": the actor before the hyphen only describes the subject.
    if (!m || compoundModifier(tokens, m.endToken)) continue;
    const group = [m];
    let end = m.endToken;
    for (;;) {
      // "X and Y", "X, Y", and with the serial comma "X, Y, and Z"
      const serial = tokens[end]?.text === ',' && tokens[end + 1]?.normal === 'and' ? 1 : 0;
      const joint = end + serial;
      if (joint >= verb || !(tokens[joint]!.normal === 'and' || tokens[joint]!.text === ',') || !actorAt.has(joint + 1)) break;
      const next = actorAt.get(joint + 1)!;
      group.push(next);
      end = next.endToken;
    }
    return group;
  }
  return [];
}

const SPEAKER_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);

/**
 * For a reported clause that opens with a pronoun ("Kenya said it invested …"), the speaker: the
 * subject of the reporting verb just before the clause. Empty otherwise.
 */
export function reportedSpeaker(tokens: readonly Token[], s: Sentence, clauseFirst: number, actorAt: Map<number, Mention>): Mention[] {
  const when = (k: number) => WHEN_POS.has(tokens[k]?.pos ?? '') && !actorAt.has(k);
  let p = clauseFirst;
  while (p < clauseFirst + WHEN_REACH && when(p) && !SPEAKER_PRONOUNS.has(tokens[p]!.normal)) p++;
  if (!SPEAKER_PRONOUNS.has(tokens[p]?.normal ?? '')) return [];
  for (let v = clauseFirst - 1; v >= Math.max(s.firstToken, clauseFirst - 1 - WHEN_REACH); v--) {
    const t = tokens[v]!;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) return findSubject(tokens, clauseStart(tokens, s, v), v, actorAt);
    if (!when(v)) return [];
  }
  return [];
}

// "said today it had", "said on Tuesday that it had": words of when that may stand between the reporting verb and the pronoun.
const WHEN_REACH = 4;
const WHEN_POS = new Set(['ADV', 'ADP', 'PROPN', 'NOUN', 'NUM', 'SCONJ']);
