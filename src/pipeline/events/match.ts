// Matches an event pattern's template against the tokens of a clause, filling its actor slots.
import type { Mention, Token } from '../../document/document.js';
import type { EventPattern, PatternElement } from '../../knowledge/patterns.js';
import { REPORTING } from './clause.js';
import { wordForms } from './word-forms.js';

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
  /** How many of the pattern's words the match found: of two readings of the same words, the one that names more of them is the more specific. */
  words: number;
}

interface Scope {
  tokens: readonly Token[];
  end: number;
  actorAt: Map<number, Mention>;
  /** One past the last token of each actor mention. */
  actorEnds: ReadonlySet<number>;
  /** Whether an optional slot may stay empty; matching first tries with every slot filled. */
  emptySlots: boolean;
}

// After a modal or "to" comes a verb, whatever the tagger says: "would free" (free/ADJ).
const BEFORE_VERB = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to']);

/**
 * The word at `p` is one of the element's words, with its part of speech if it names one. A verb
 * the tagger took for a noun right after an actor still counts: "If Kenya attacks Uganda" (attacks/NOUN),
 * and so does one after a modal or "to": "would free" (free/ADJ).
 */
function wordMatches(el: { words: ReadonlySet<string>; pos: string | null }, scope: Scope, p: number): boolean {
  const t = scope.tokens[p]!;
  if (!wordForms(t).some((w) => el.words.has(w))) return false;
  if (el.pos === null || t.pos === el.pos) return true;
  return el.pos === 'VERB' && ((t.pos === 'NOUN' && scope.actorEnds.has(p)) || BEFORE_VERB.has(scope.tokens[p - 1]?.normal ?? ''));
}

// "met his counterpart" is not a meeting with him; "praised his efforts" is praise of him.
const RELATIONAL = new Set(['counterpart', 'counterparts', 'colleague', 'colleagues', 'successor', 'predecessor', 'deputy', 'rival', 'rivals', 'opponent', 'opponents', 'wife', 'husband', 'son', 'daughter', 'family', 'aide', 'aides', 'envoy', 'team', 'staff', 'officials', 'ministers', 'advisers', 'advisors', 'allies', 'supporters']);

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

/** The token at `end` is a hyphen joining the actor before it to a participle: "government-held", "rebel-controlled". */
export function compoundModifier(tokens: readonly Token[], end: number): boolean {
  const dash = tokens[end];
  const next = tokens[end + 1];
  return dash?.text === '-' && dash.start === tokens[end - 1]!.end && next !== undefined && next.start === dash.end && /(ed|held|run|led)$/.test(next.normal);
}

/**
 * An actor slot at `p`: skips up to four determiners, adjectives or quantity words, and once an object's
 * head noun with "of", then takes "X" or "X and Y".
 */
function slotAt(scope: Scope, p: number, role: 'source' | 'target'): { mentions: Mention[]; end: number } | null {
  let headSkipped = false;
  for (let k = p, limit = p + SLOT_SKIP + 1; k < Math.min(scope.end, limit); k++) {
    const m = scope.actorAt.get(k);
    const owner = m && (m.form === 'pronoun' || scope.tokens[m.endToken]?.normal === "'s");
    // "a government-held part of Syria": the actor before the hyphen only describes what follows.
    if (m && compoundModifier(scope.tokens, m.endToken)) {
      limit += m.endToken + 2 - k;
      k = m.endToken + 1;
      continue;
    }
    if (m && owner && RELATIONAL.has(scope.tokens[m.form === 'pronoun' ? m.endToken : m.endToken + 1]?.normal ?? '')) return null;
    if (m) {
      const mentions = [m];
      let end = headAfter(scope, m);
      while (end + 1 < scope.end && scope.tokens[end]!.normal === 'and' && scope.actorAt.has(end + 1)) {
        const next = scope.actorAt.get(end + 1)!;
        mentions.push(next);
        end = headAfter(scope, next);
      }
      return { mentions, end };
    }
    const t = scope.tokens[k]!;
    // "at least 40 people", "up to 16 advisers"
    const hedge = (t.normal === 'at' && scope.tokens[k + 1]?.normal === 'least') || (t.normal === 'up' && scope.tokens[k + 1]?.normal === 'to') || (t.normal === 'to' && scope.tokens[k - 1]?.normal === 'up');
    // "exiled leaders of", "detained activists": a participle before its noun
    const participle = t.pos === 'VERB' && t.normal.endsWith('ed') && scope.tokens[k + 1]?.pos === 'NOUN';
    // "crackdown on opposition activists", "engaged government troops": a noun describing the group actor after it.
    // Only for the target: a passive's "by government forces" is read as before (PETRARCH-2 GSR codes such a sentence by its speaker).
    const groupModifier = role === 'target' && t.pos === 'NOUN' && scope.actorAt.get(k + 1)?.form === 'group';
    if (SLOT_SKIP_POS.has(t.pos) || SLOT_SKIP_WORDS.has(t.normal) || hedge || participle || groupModifier || t.text === '-') continue;
    const past = headSkipped ? -1 : pastHead(scope, k);
    if (past < 0) return null;
    headSkipped = true;
    k = past - 1;
    limit = past + SLOT_SKIP;
  }
  return null;
}

/** The token at `k` is joined by a hyphen to the next one, a modifier whatever its tag: "live-fire drills" (live/VERB). */
function hyphenated(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const dash = tokens[k + 1];
  return dash?.text === '-' && dash.start === t.end && tokens[k + 2]?.start === dash.end;
}

/** The actor ending before `end` speaks: "…, the state news agency SANA reported" names a source, not a party. */
function speaks(tokens: readonly Token[], end: number): boolean {
  const verb = tokens[end];
  return verb?.pos === 'VERB' && REPORTING.has(verb.lemma);
}

interface Slots {
  source: Mention[];
  target: Mention[];
  words: number;
}

/**
 * "expelled two Russian diplomats", "expelled foreign aid agencies": the words after a slot may be the actor's own
 * ("Russian diplomats", "aid agencies" are one mention each), so "expel ~ {target} diplomats" and
 * "expel ~ {target}? ~ aid ~ agencies" hold; the rest of the pattern is read from inside the mention and must reach past it.
 */
function insideSlot(scope: Scope, els: readonly PatternElement[], e: number, slot: { mentions: Mention[]; end: number }, slots: Slots): number | null {
  const last = slot.mentions[slot.mentions.length - 1]!;
  if (els[e] === undefined || slot.end - last.firstToken < 2) return null;
  for (let q = last.firstToken; q < slot.end; q++) {
    const words = slots.words;
    const r = matchFrom(scope, els, e, q, slots);
    if (r !== null && r >= slot.end) return r;
    slots.words = words;
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
      const slot = slotAt(scope, p, el.role);
      if (slot && !speaks(tokens, slot.end)) {
        const r = matchFrom(scope, els, e + 1, slot.end, slots) ?? insideSlot(scope, els, e + 1, slot, slots);
        if (r !== null) {
          slots[el.role] = slot.mentions;
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
          const verbOk = (el.kind === 'gap' && el.verbs) || hyphenated(tokens, p + n - 1);
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
export function matchPattern(pattern: EventPattern, tokens: readonly Token[], at: number, end: number, actorAt: Map<number, Mention>, actorEnds: ReadonlySet<number> = new Set()): PatternMatch | null {
  const optional = pattern.elements.some((el) => el.kind === 'slot' && el.optional);
  for (const emptySlots of optional ? [false, true] : [false]) {
    const slots: Slots = { source: [], target: [], words: 0 };
    const stop = matchFrom({ tokens, end, actorAt, actorEnds, emptySlots }, pattern.elements, 0, at, slots);
    if (stop !== null) return { pattern, first: at, end: stop, source: slots.source, target: slots.target, words: slots.words };
  }
  return null;
}
