// Matches an event pattern's template against the tokens of a clause, filling its actor slots.
import type { Mention, Token } from '../../document/document.js';
import type { EventPattern, PatternElement } from '../../knowledge/patterns.js';
import { conjunctAfter, nameAfterTitle, ownedActor } from './actor-mentions.js';
import { REPORTING } from './clause.js';
import { anyIn } from './word-forms.js';

const MAX_MODIFIERS = 7;
const MAX_GAP = 12;
const SLOT_SKIP = 4;
const SLOT_SKIP_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);
// "arrested at least 40 people", "more than 100 protesters"
const SLOT_SKIP_WORDS = new Set(['least', 'more', 'than', 'some', 'about', 'around', 'nearly', 'over', 'of', 'thousands', 'hundreds', 'dozens', 'scores']);
const NOT_MODIFIER_POS = new Set(['VERB', 'AUX', 'SCONJ']);
// No gap runs past the end of a clause.
const GAP_STOPS = new Set([';', '.', ':', 'which', 'who', 'whom', 'where', 'while', 'whereas', 'but']);
const STOPS = new Set(['with', 'between', 'to', 'by', 'from', 'against', ',', '.', ';', ':', 'which', 'who', 'where', 'that']);

export interface PatternMatch {
  pattern: EventPattern;
  first: number;
  end: number;
  source: Mention[];
  target: Mention[];
  /** How many of the pattern's words the match read: "demanded the withdrawal of" reads more than "demanded … of". */
  words: number;
  /** The target slot held a reflexive ("attacked themselves": the subject) or a reciprocal ("fought each other": its members), else null. */
  reflexive: Reflexive | null;
}

/** "themselves", "itself": the doer is its own target; "each other", "one another": the doers are each other's. */
export type Reflexive = 'self' | 'mutual';

const SELF = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves', 'themself']);
const MUTUAL = new Set(['each other', 'one another']);

/** The reflexive or reciprocal pronoun at `p` with one past its end: "themselves", "each other"; null if none. */
function reflexiveAt(tokens: readonly Token[], p: number, end: number): { kind: Reflexive; end: number } | null {
  const t = tokens[p];
  if (!t || p >= end) return null;
  if (SELF.has(t.normal)) return { kind: 'self', end: p + 1 };
  return p + 1 < end && MUTUAL.has(`${t.normal} ${tokens[p + 1]!.normal}`) ? { kind: 'mutual', end: p + 2 } : null;
}

/** A document's tokens as patterns read them: with each token's word forms and the actor mentions over them. */
export interface PatternText {
  tokens: readonly Token[];
  /** `wordForms` of each token, computed once per document. */
  forms: readonly (readonly string[])[];
  actorAt: Map<number, Mention>;
  /** One past the last token of each actor mention. */
  actorEnds: ReadonlySet<number>;
}

interface Scope extends PatternText {
  end: number;
  /** Whether an optional slot may stay empty; matching first tries with every slot filled. */
  emptySlots: boolean;
}

// After a modal or "to" comes a verb, whatever the tagger says: "would free" (free/ADJ).
const BEFORE_VERB = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to']);

// "was attacked", "got hit", "is being pressured"
const PASSIVE_AUX = new Set(['be', 'get', 'being']);

/** "was attacked", "has been attacked", "were reportedly attacked": a passive verb at `i`. */
export function afterBe(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (PASSIVE_AUX.has(prev?.lemma ?? '')) return true;
  return prev?.pos === 'ADV' && PASSIVE_AUX.has(tokens[i - 2]?.lemma ?? '');
}
// "has alleged", "had claimed": a past participle after these is a verb, whatever the tagger says.
const PERFECT = new Set(['has', 'have', 'had']);

/**
 * The word at `p` is one of the element's words, with its part of speech if it names one. A verb
 * the tagger took for a noun right after an actor still counts: "If Kenya attacks Uganda" (attacks/NOUN),
 * and so does one after a modal or "to": "would free" (free/ADJ), and an "-ed" form it took for an adjective
 * right after an actor, "has" or "be": "Rwanda alleged that" (alleged/ADJ), "Rwanda has alleged", "is being
 * pressured". A verb joined to the word before by a hyphen is not one: "an open-ended strike".
 */
function wordMatches(el: { words: ReadonlySet<string>; pos: string | null }, scope: Scope, p: number): boolean {
  const t = scope.tokens[p]!;
  if (!anyIn(scope.forms[p]!, el.words)) return false;
  if (el.pos === null) return true;
  const prev = scope.tokens[p - 1]?.normal ?? '';
  // "an open-ended strike", "Israeli-occupied": a participle joined by a hyphen describes a noun.
  if (el.pos === 'VERB' && prev === '-' && scope.tokens[p - 1]!.end === t.start) return false;
  if (t.pos === el.pos) return true;
  if (el.pos !== 'VERB') return false;
  if (t.pos === 'ADJ' && t.normal.endsWith('ed') && (scope.actorEnds.has(p) || PERFECT.has(prev) || afterBe(scope.tokens, p))) return true;
  // "to help support" (support/NOUN)
  const helped = prev === 'help' && scope.tokens[p - 2]?.normal === 'to';
  // "…, wounding two people and arresting 30" (arresting/NOUN); after a comma a noun stays one ("…, beating Ethiopia's Bekele")
  const joinedAct = t.pos === 'NOUN' && t.normal.endsWith('ing') && prev === 'and';
  return (t.pos === 'NOUN' && scope.actorEnds.has(p)) || BEFORE_VERB.has(prev) || helped || joinedAct;
}

// "met his counterpart" is not a meeting with him; "praised his efforts" is praise of him.
const RELATIONAL = new Set(['counterpart', 'counterparts', 'colleague', 'colleagues', 'successor', 'predecessor', 'rival', 'rivals', 'opponent', 'opponents', 'wife', 'husband', 'son', 'daughter', 'family', 'allies', 'supporters']);
// A person's "envoy" or "aides" are other people, but "Tokyo's envoy" and "the ministry's officials" act for Tokyo and the ministry.
const AGENTS = new Set(['deputy', 'aide', 'aides', 'envoy', 'envoys', 'team', 'staff', 'officials', 'ministers', 'advisers', 'advisors']);

/** The word after the owner `m` ("his counterpart", "Putin's aides", not "Tokyo's envoy") names someone other than `m`. */
function otherPerson(m: Mention, word: string): boolean {
  return RELATIONAL.has(word) || (AGENTS.has(word) && (m.form === 'pronoun' || m.type === 'PERSON'));
}

// "shelled positions of the rebels", "defended the right of Armenia": the actor stands after the object's head noun.
const MAX_HEAD = 3;

/** Past "positions of", "the rights of" at `k`: up to three nouns and a linking word; -1 if none. */
function pastHead(scope: Scope, k: number): number {
  let n = k;
  while (n < scope.end && n < k + MAX_HEAD && scope.tokens[n]!.pos === 'NOUN' && !scope.actorAt.has(n)) n++;
  return n > k && n < scope.end && scope.tokens[n]!.normal === 'of' ? n + 1 : -1;
}

// "Filipino peacekeepers", "Palestinian prisoners": a demonym's head noun the mention rules left out.
const MAX_DEMONYM_HEAD = 2;

/** One past the actor `m`, with the nouns after a demonym that it describes. */
function headAfter(scope: Scope, m: Mention): number {
  let end = m.endToken;
  if (m.type !== 'NORP') return end;
  while (end < Math.min(scope.end, m.endToken + MAX_DEMONYM_HEAD) && scope.tokens[end]!.pos === 'NOUN' && !scope.actorAt.has(end)) end++;
  return end;
}

// "the Kenya Ports Authority (KPA)": how long an aside in brackets after an actor may be.
const MAX_ASIDE = 6;

/** Past a bracketed aside that starts at `end` ("(KPA)"), or `end`. */
function pastParenthesis(scope: Scope, end: number): number {
  if (scope.tokens[end]?.text !== '(') return end;
  for (let k = end + 1; k < Math.min(scope.end, end + MAX_ASIDE + 1); k++) if (scope.tokens[k]!.text === ')') return k + 1;
  return end;
}

/**
 * Where the actor `m`, ending a slot at `end`, ends without its head noun: before the nouns a demonym heads
 * ("Russian" of "Russian diplomats"), or before a group's own head ("Ugandan" of the group "Ugandan diplomats").
 */
function bareEnd(m: Mention, end: number): number {
  if (end > m.endToken) return m.endToken;
  return m.form === 'group' && m.endToken - 1 > m.firstToken ? m.endToken - 1 : end;
}

const POSSESSIVE = new Set(["'s", '’s']);
const OWNED_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
// "Guinea's military junta", "Japan's foreign minister Takeshi Iwaya"
const MAX_OWNED = 4;

/**
 * One past what an owner ending at `end` owns: "urged Guinea's junta to" goes on after "junta", so the words after
 * the slot still match; the owner stays the actor. `end` when no "'s" and noun follow.
 */
function pastOwned(scope: Scope, end: number): number {
  if (!POSSESSIVE.has(scope.tokens[end]?.normal ?? '')) return end;
  let n = end + 1;
  while (n < Math.min(scope.end, end + 1 + MAX_OWNED) && OWNED_POS.has(scope.tokens[n]!.pos)) n++;
  const last = scope.tokens[n - 1]!;
  return n > end + 1 && (last.pos === 'NOUN' || last.pos === 'PROPN') ? n : end;
}

/** The token at `end` is a hyphen joining the actor before it to a participle: "government-held", "rebel-controlled". */
export function compoundModifier(tokens: readonly Token[], end: number): boolean {
  const dash = tokens[end];
  const next = tokens[end + 1];
  return dash?.text === '-' && dash.start === tokens[end - 1]!.end && next !== undefined && next.start === dash.end && /(ed|held|run|led)$/.test(next.normal);
}

/**
 * An actor slot at `p`: skips up to four determiners, adjectives or quantity words, nouns that describe the actor
 * ("government forces"), a title before a name ("former president X", "the opposition newspaper X"), and once an
 * object's head noun with "of", then takes "X" or "X and Y". `bareEnd` is the end without the nouns a final demonym
 * heads ("Russian" of "Russian diplomats", "Filipino peacekeepers").
 */
function slotAt(scope: Scope, p: number): { mentions: Mention[]; end: number; bareEnd: number } | null {
  let headSkipped = false;
  for (let k = p, limit = p + SLOT_SKIP + 1; k < Math.min(scope.end, limit); k++) {
    const m = ownedActor(scope.tokens, scope.actorAt.get(k), scope.end, scope.actorAt);
    const owner = m && (m.form === 'pronoun' || scope.tokens[m.endToken]?.normal === "'s");
    // "a government-held part of Syria": the actor before the hyphen only describes what follows.
    if (m && compoundModifier(scope.tokens, m.endToken)) {
      limit += m.endToken + 2 - k;
      k = m.endToken + 1;
      continue;
    }
    // "her Kenyan counterpart": the possessive only introduces the actor after it.
    if (m && m.form === 'pronoun' && owner && scope.actorAt.has(m.endToken)) {
      limit += m.endToken - k;
      k = m.endToken - 1;
      continue;
    }
    if (m && owner && otherPerson(m, scope.tokens[m.form === 'pronoun' ? m.endToken : m.endToken + 1]?.normal ?? '')) return null;
    if (m) {
      const mentions = [m];
      let end = pastOwned(scope, headAfter(scope, m));
      for (let next = conjunctAfter(scope.tokens, end, scope.actorAt, false); next && next.firstToken < scope.end; next = conjunctAfter(scope.tokens, end, scope.actorAt, false)) {
        mentions.push(next);
        end = pastOwned(scope, headAfter(scope, next));
      }
      return { mentions, end: pastParenthesis(scope, end), bareEnd: bareEnd(mentions[mentions.length - 1]!, end) };
    }
    const t = scope.tokens[k]!;
    // "at least 40 people", "up to 16 advisers"
    const hedge = (t.normal === 'at' && scope.tokens[k + 1]?.normal === 'least') || (t.normal === 'up' && scope.tokens[k + 1]?.normal === 'to') || (t.normal === 'to' && scope.tokens[k - 1]?.normal === 'up');
    // "exiled leaders of", "detained activists": a participle before its noun
    const participle = t.pos === 'VERB' && t.normal.endsWith('ed') && scope.tokens[k + 1]?.pos === 'NOUN';
    // A noun after "help" is its verb, not a word describing the actor: "help support Palestinian statehood".
    const describing = t.pos === 'NOUN' && scope.tokens[k - 1]?.normal !== 'help';
    // "government forces", "army troops": a noun that describes the actor after it
    const modifier = describing && scope.actorAt.has(k + 1);
    // "former president Carlos Menem", "the aid agency Oxfam": title nouns right before the name
    const title = describing && nameAfterTitle(scope.tokens, k, scope.actorAt, scope.end) !== undefined;
    // "the visiting Chinese premier", "the jailed Turkish journalists": a participle between the article and its noun
    const articleParticiple = t.pos === 'VERB' && /(ed|ing)$/.test(t.normal) && scope.tokens[k - 1]?.pos === 'DET' && (scope.tokens[k + 1]?.pos === 'NOUN' || scope.actorAt.has(k + 1));
    if (SLOT_SKIP_POS.has(t.pos) || SLOT_SKIP_WORDS.has(t.normal) || hedge || participle || modifier || title || articleParticiple || t.text === '-') continue;
    const past = headSkipped ? -1 : pastHead(scope, k);
    if (past < 0) return null;
    headSkipped = true;
    k = past - 1;
    limit = past + SLOT_SKIP;
  }
  return null;
}

/**
 * The token at `k` is joined by a hyphen to the word after or before it, a modifier whatever its tag: "live-fire
 * drills" (live/VERB), "its long-threatened invasion" (threatened/VERB).
 */
function hyphenated(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const after = tokens[k + 1];
  const before = tokens[k - 1];
  return (after?.text === '-' && after.start === t.end && tokens[k + 2]?.start === after.end) || (before?.text === '-' && before.end === t.start && tokens[k - 2]?.end === before.start);
}

/** The actor ending before `end` speaks: "…, the state news agency SANA reported" names a source, not a party. */
function speaks(tokens: readonly Token[], end: number): boolean {
  const verb = tokens[end];
  return verb?.pos === 'VERB' && REPORTING.has(verb.lemma);
}

/** The participle at `k` describes the noun after it: "developed nations", "guided missiles". */
function participleOfNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'VERB' && t.normal !== t.lemma && t.normal.endsWith('ed') && tokens[k + 1]?.pos === 'NOUN';
}

interface Slots {
  source: Mention[];
  target: Mention[];
  words: number;
  reflexive: Reflexive | null;
}

/**
 * "expelled two Russian diplomats", "expelled foreign aid agencies": the words after a slot may be the actor's own
 * ("Russian diplomats", "aid agencies" are one mention each), so "expel ~ {target} diplomats" and
 * "expel ~ {target}? ~ aid ~ agencies" hold; the rest of the pattern is read from inside the mention and must reach past it.
 */
function insideSlot(scope: Scope, els: readonly PatternElement[], e: number, slot: { mentions: Mention[]; end: number }, slots: Slots): number | null {
  const last = slot.mentions[slot.mentions.length - 1]!;
  // Only the pattern's own words may be read inside the mention: a required one must come before any other slot
  // ("{target} diplomats", "{target}? 's? ~ aid ~ agencies"), or "a raid by {source} on? {target}?" would read its target there.
  const rest = els.slice(e);
  const nextSlot = rest.findIndex((el) => el.kind === 'slot');
  const beforeSlot = rest.slice(0, nextSlot < 0 ? rest.length : nextSlot);
  if (!beforeSlot.some((el) => el.kind === 'word' && !el.optional) || slot.end - last.firstToken < 2) return null;
  for (let q = last.firstToken; q < slot.end; q++) {
    const [wordsRead, reflexive] = [slots.words, slots.reflexive];
    const r = matchFrom(scope, els, e, q, slots);
    if (r !== null && r >= slot.end) return r;
    [slots.words, slots.reflexive] = [wordsRead, reflexive];
  }
  return null;
}

function matchFrom(scope: Scope, els: readonly PatternElement[], e: number, p: number, slots: Slots): number | null {
  if (e === els.length) return p;
  const el = els[e]!;
  const { tokens } = scope;
  switch (el.kind) {
    case 'word':
      if (p < scope.end && wordMatches(el, scope, p)) {
        const r = matchFrom(scope, els, e + 1, p + 1, slots);
        if (r !== null) {
          slots.words++;
          return r;
        }
      }
      return el.optional ? matchFrom(scope, els, e + 1, p, slots) : null;
    case 'slot': {
      // "the militias attacked themselves", "the two armies fought each other": the target is the subject, told by a pronoun.
      const own = el.role === 'target' ? reflexiveAt(tokens, p, scope.end) : null;
      if (own) {
        const r = matchFrom(scope, els, e + 1, own.end, slots);
        if (r !== null) {
          slots.reflexive = own.kind;
          return r;
        }
      }
      const slot = slotAt(scope, p);
      // "in an Israeli air strike", "expelled {target} diplomats": the nouns after a demonym may be the pattern's own words.
      for (const end of slot ? new Set([slot.end, slot.bareEnd]) : []) {
        if (speaks(tokens, end)) continue;
        const r = matchFrom(scope, els, e + 1, end, slots) ?? (end === slot!.end ? insideSlot(scope, els, e + 1, slot!, slots) : null);
        if (r !== null) {
          slots[el.role] = slot!.mentions;
          return r;
        }
      }
      return el.optional && scope.emptySlots ? matchFrom(scope, els, e + 1, p, slots) : null;
    }
    case 'modifiers':
    case 'gap': {
      const max = el.kind === 'gap' ? MAX_GAP : MAX_MODIFIERS;
      for (let n = 0; n <= max && p + n <= scope.end; n++) {
        if (n > 0) {
          const t = tokens[p + n - 1]!;
          // "for an attack targeting shoppers in Kenya": a participle that describes the noun before it opens no clause.
          const describes = el.kind === 'gap' && t.normal.endsWith('ing') && tokens[p + n - 2]?.pos === 'NOUN';
          const verbOk = (el.kind === 'gap' && el.verbs) || describes || hyphenated(tokens, p + n - 1) || participleOfNoun(tokens, p + n - 1);
          if ((!verbOk && NOT_MODIFIER_POS.has(t.pos)) || (el.kind === 'modifiers' && STOPS.has(t.normal)) || GAP_STOPS.has(t.normal)) return null;
        }
        const r = matchFrom(scope, els, e + 1, p + n, slots);
        if (r !== null) return r;
      }
      return null;
    }
  }
}

/**
 * Tries `pattern` with its first word at token `at`; returns the match with its slots, or null. An optional
 * slot is filled when any reading fills it ("agreed to … with {target}?" takes the partner if named).
 */
export function matchPattern(pattern: EventPattern, text: PatternText, at: number, end: number): PatternMatch | null {
  const optional = pattern.elements.some((el) => el.kind === 'slot' && el.optional);
  for (const emptySlots of optional ? [false, true] : [false]) {
    const slots: Slots = { source: [], target: [], words: 0, reflexive: null };
    const stop = matchFrom({ tokens: text.tokens, forms: text.forms, actorAt: text.actorAt, actorEnds: text.actorEnds, end, emptySlots }, pattern.elements, 0, at, slots);
    if (stop !== null) return { pattern, first: at, end: stop, source: slots.source, target: slots.target, words: slots.words, reflexive: slots.reflexive };
  }
  return null;
}
