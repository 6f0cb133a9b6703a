// Clause boundaries and the clause's subject: "During his visit, the COAS also met …" → "the COAS".
import type { Mention, Sentence, Token } from '../../document/document.js';
import { conjunctAfter, nameAfterTitle, ownedActor } from './actor-mentions.js';
import { compoundModifier } from './match.js';

// Words that open a new clause: "…, where the US official lauded …", "… which ended after Trump brokered …"
const BOUNDARIES = new Set(['that', 'where', 'which', 'who', 'whom', 'whose', 'after', 'before', 'when', 'while', 'because', 'although', 'though', 'since', 'until', 'whereas', 'once', 'but', ';', ':']);
// Reporting verbs open the reported clause: "The Foreign Office said Kenya's minister met …" → the minister met.
export const REPORTING = new Set(['say', 'tell', 'report', 'add', 'state', 'claim', 'confirm', 'note', 'insist', 'allege', 'announce', 'reveal', 'disclose']);
const INTRO_POS = new Set(['ADP', 'ADV', 'SCONJ', 'VERB', 'PART', 'AUX']);

// "has once again rejected" is no clause opening "once the talks end".
const NOT_AFTER_ONCE = new Set(['again', 'more']);

// "after Trump brokered a ceasefire" opens a clause; "after four years", "since 2010" are only prepositions.
const PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);
// How far after such a word its clause's verb may stand: "after the long-awaited talks between the two sides collapsed".
const CLAUSE_VERB_REACH = 12;

/** A finite verb follows `k` before any punctuation or clause word: "after (the talks) collapsed", not "after four years to allow". */
function clauseFollows(tokens: readonly Token[], k: number): boolean {
  for (let n = k + 1; n < tokens.length && n <= k + CLAUSE_VERB_REACH; n++) {
    const u = tokens[n]!;
    if (u.pos === 'PUNCT' || BOUNDARIES.has(u.normal)) return false;
    if ((u.pos === 'VERB' || u.pos === 'AUX') && !u.normal.endsWith('ing') && tokens[n - 1]!.normal !== 'to') return true;
    if (verbTakenForNoun(tokens, n)) return true;
  }
  return false;
}

/** "the president travels to Kampala" (travels/NOUN): an "-s" noun after its subject's noun, before a preposition. */
function verbTakenForNoun(tokens: readonly Token[], n: number): boolean {
  const u = tokens[n]!;
  const prev = tokens[n - 1]!.pos;
  return u.pos === 'NOUN' && /[^s]s$/.test(u.normal) && (prev === 'NOUN' || prev === 'PROPN') && tokens[n + 1]?.pos === 'ADP';
}

function isBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (PREPOSITIONS.has(t.normal)) return clauseFollows(tokens, k);
  return BOUNDARIES.has(t.normal) && !(t.normal === 'once' && NOT_AFTER_ONCE.has(tokens[k + 1]?.normal ?? ''));
}

// Reporting verbs that also take a noun object: "claimed responsibility for", "announced sanctions on", "confirmed reports of".
const OBJECT_TAKERS = new Set(['claim', 'announce', 'report', 'confirm', 'reveal', 'disclose']);

/** The reporting verb at `k` has a noun object, not a reported clause: "claimed responsibility for", not "announced troops would …". */
function hasNounObject(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 2]?.pos;
  return OBJECT_TAKERS.has(tokens[k]!.lemma) && tokens[k + 1]?.pos === 'NOUN' && after !== 'VERB' && after !== 'AUX';
}

function opensClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isBoundary(tokens, k) || (t.pos === 'VERB' && REPORTING.has(t.lemma) && !hasNounObject(tokens, k));
}

// A clause longer than this many tokens is text without sentence punctuation; cut it there.
const MAX_CLAUSE = 80;

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * The first token of the clause that holds token `at`. A relative clause set off by commas just before it (adverbs
 * aside) belongs to an aside: "The Monitor, a group that counts the dead, said" is said by the Monitor.
 */
export function clauseStart(tokens: readonly Token[], s: Sentence, at: number): number {
  const floor = Math.max(s.firstToken, at - MAX_CLAUSE);
  // "…, also began": adverbs may stand between the aside's closing comma and the verb.
  let before = at - 1;
  while (before > floor && tokens[before]!.pos === 'ADV') before--;
  let aside = tokens[before]?.text === ',';
  for (let k = at - 1; k >= floor; k--) {
    if (aside && RELATIVES.has(tokens[k]!.normal)) aside = false;
    else if (opensClause(tokens, k)) return k + 1;
  }
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
 * ("According to the Foreign Office, …", "In June, …"), with its coordinates ("X and Y", "X, Y, and Z").
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
  let leader: Mention | undefined;
  for (let k = start; k < verb; k++) {
    // "Volta Exchange, which links the Accra and Lome markets, began talks": the aside's actors are not the subject.
    const asideEnd = relativeAsideEnd(tokens, k, verb);
    if (asideEnd > k) {
      k = asideEnd;
      continue;
    }
    const m = ownedActor(tokens, actorAt.get(k), verb, actorAt);
    if (!m) continue;
    // "told BBC Radio 4's Today Programme …": the listener, and what the listener owns, are passed over.
    if (addressed(tokens, actorAt.get(k)!)) {
      k = m.endToken - 1;
      continue;
    }
    // "Al Qaeda-linked Somali militants": the actor before the hyphen only describes the subject; "Saudi-led forces" are its own.
    if (compoundModifier(tokens, m.endToken)) {
      if (tokens[m.endToken + 1]!.normal === 'led') leader ??= m;
      continue;
    }
    const group = [m];
    for (let next = conjunctAfter(tokens, pastTitledName(tokens, m.endToken, actorAt), actorAt, true); next && next.firstToken < verb; next = conjunctAfter(tokens, pastTitledName(tokens, next.endToken, actorAt), actorAt, true)) group.push(next);
    return group;
  }
  return leader ? [leader] : [];
}

/**
 * At a comma opening a relative clause that a comma closes before `verb` (", which links the Accra, Lome and
 * Cotonou markets,"): the last comma before the verb, past the clause's own lists; else -1.
 */
function relativeAsideEnd(tokens: readonly Token[], k: number, verb: number): number {
  if (tokens[k]!.text !== ',' || !RELATIVES.has(tokens[k + 1]?.normal ?? '')) return -1;
  for (let c = verb - 1; c > k + 1; c--) if (tokens[c]!.text === ',') return c;
  return -1;
}

// Verbs whose object is who is told: "told BBC Radio it was not fair to blame …" names the listener, not the one who blames.
const TELLING = new Set(['tell', 'inform', 'assure', 'brief', 'remind', 'notify', 'advise']);

/** Where the phrase of `m` starts: at its article ("the BBC"), else at its first token. */
function phraseStart(tokens: readonly Token[], m: Mention): number {
  return tokens[m.firstToken - 1]?.pos === 'DET' ? m.firstToken - 1 : m.firstToken;
}

/** Is `m` the one a verb of telling addresses ("told the BBC", "assured Kenyan officials")? */
function addressed(tokens: readonly Token[], m: Mention): boolean {
  const verb = tokens[phraseStart(tokens, m) - 1];
  return verb !== undefined && verb.pos === 'VERB' && TELLING.has(verb.lemma);
}

// Verbs that make or let someone do the act after "to": "prompting Nairobi to summon the envoy", "forced Kenya to close
// the border", "invited Ruto to visit Kampala".
const CAUSATIVE = new Set(['prompt', 'force', 'lead', 'cause', 'push', 'spur', 'compel', 'drive', 'persuade', 'convince', 'oblige', 'invite', 'allow', 'permit', 'enable', 'encourage']);
/** How many tokens an actor made to act may span between the causative verb and "to". */
const CAUSED_REACH = 6;

/** "…, prompting Nairobi to summon the envoy": the actor a causative verb makes do the act at `verb`, or none. */
function causedDoer(tokens: readonly Token[], verb: number, actorAt: Map<number, Mention>): Mention[] {
  if (tokens[verb - 1]?.normal !== 'to') return [];
  for (let k = verb - 2; k >= Math.max(1, verb - 1 - CAUSED_REACH); k--) {
    const m = actorAt.get(k);
    if (!m) continue;
    const before = tokens[k - 1]!.pos === 'DET' ? k - 2 : k - 1;
    return m.endToken === verb - 1 && CAUSATIVE.has(tokens[before]?.lemma ?? '') && tokens[before]!.pos === 'VERB' ? [m] : [];
  }
  return [];
}

/** Past the name an actor ending at `end` describes through a title ("Libyan leader Muammar Gaddafi"), or `end`. */
function pastTitledName(tokens: readonly Token[], end: number, actorAt: Map<number, Mention>): number {
  return nameAfterTitle(tokens, end, actorAt)?.endToken ?? end;
}

// A clause after "but" that opens with its verb: "Benin opened its borders but was still refusing entry to …".
const VERB_FIRST = new Set(['AUX', 'VERB', 'ADV']);

/**
 * The subject of the verb at `verb` in the clause from `first` (see findSubject): the actor a causative verb makes
 * act ("prompting Nairobi to summon"), else the clause's own; a clause after "but" that opens with its verb shares
 * the subject of the clause before it.
 */
export function subjectOf(tokens: readonly Token[], s: Sentence, first: number, verb: number, actorAt: Map<number, Mention>): Mention[] {
  const caused = causedDoer(tokens, verb, actorAt);
  if (caused.length > 0) return caused;
  const own = findSubject(tokens, first, verb, actorAt);
  if (own.length > 0 || tokens[first - 1]?.normal !== 'but' || !VERB_FIRST.has(tokens[first]?.pos ?? '')) return own;
  return findSubject(tokens, clauseStart(tokens, s, first - 1), first - 1, actorAt);
}

const SPEAKER_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);

/** Who speaks a reported clause: the reporting verb, the first token of its own clause, and its subject. */
export interface Speaker {
  verb: number;
  first: number;
  mentions: Mention[];
}

/**
 * The speaker of the clause opening at `clauseFirst` when a reporting verb stands just before it ("Kenya said (on
 * Monday) (that) …"), or null.
 */
export function speakerOf(tokens: readonly Token[], s: Sentence, clauseFirst: number, actorAt: Map<number, Mention>): Speaker | null {
  let floor = clauseFirst - 1 - WHEN_REACH;
  for (let v = clauseFirst - 1; v >= Math.max(s.firstToken, floor); v--) {
    const t = tokens[v]!;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) {
      const first = clauseStart(tokens, s, v);
      return { verb: v, first, mentions: trailingSpeaker(tokens, first, v, actorAt) ?? findSubject(tokens, first, v, actorAt) };
    }
    // "told the BBC it was unfair …": the listener stands between the reporting verb and the clause.
    const listener = actorAt.get(v);
    if (listener && addressed(tokens, listener)) {
      const before = phraseStart(tokens, listener);
      floor -= v - before + 1;
      v = before;
      continue;
    }
    if (!WHEN_POS.has(t.pos) || actorAt.has(v)) return null;
  }
  return null;
}

/**
 * "UN troops withdrew …, an AFP correspondent said": the speaker named between the last comma and the reporting verb
 * at `verb`, even when no actor stands there (an empty list); null when no such words stand there, or they open with
 * a preposition ("The ministry, in a statement on Monday said").
 */
function trailingSpeaker(tokens: readonly Token[], first: number, verb: number, actorAt: Map<number, Mention>): Mention[] | null {
  let comma = verb - 1;
  while (comma >= first && tokens[comma]!.text !== ',') comma--;
  if (comma < first || comma === verb - 1 || tokens[comma + 1]!.pos === 'ADP') return null;
  return findSubject(tokens, comma + 1, verb, actorAt);
}

/**
 * For a reported clause that opens with a pronoun ("Kenya said it invested …"), the speaker: the
 * subject of the reporting verb just before the clause. Empty otherwise.
 */
export function reportedSpeaker(tokens: readonly Token[], s: Sentence, clauseFirst: number, actorAt: Map<number, Mention>): Mention[] {
  const when = (k: number) => WHEN_POS.has(tokens[k]?.pos ?? '') && !actorAt.has(k);
  let p = clauseFirst;
  // "told the BBC it was unfair …": the clause opens after the listener.
  const listener = actorAt.get(p) ?? (tokens[p]?.pos === 'DET' ? actorAt.get(p + 1) : undefined);
  if (listener && addressed(tokens, listener)) p = listener.endToken;
  while (p < clauseFirst + WHEN_REACH && when(p) && !SPEAKER_PRONOUNS.has(tokens[p]!.normal)) p++;
  if (!SPEAKER_PRONOUNS.has(tokens[p]?.normal ?? '')) return [];
  return speakerOf(tokens, s, clauseFirst, actorAt)?.mentions ?? [];
}

// "said today it had", "said on Tuesday that it had": words of when that may stand between the reporting verb and the pronoun.
const WHEN_REACH = 4;
const WHEN_POS = new Set(['ADV', 'ADP', 'PROPN', 'NOUN', 'NUM', 'SCONJ']);
