// Event patterns (event-patterns.json): templates over lemmas with actor slots, each keyed to a CAMEO code.
import { z } from 'zod';
import { DyadError } from '../errors.js';
import type { CameoTable } from './cameo.js';

export const patternsSchema = z.object({
  $comment: z.string().optional(),
  syntax: z.record(z.string(), z.string()).optional(),
  patterns: z.array(
    z.object({
      id: z.string().min(1),
      cameo: z.string().regex(/^\d{2,4}$/),
      match: z.string().min(1),
      /** The clause's subject is the target ("Y was visited by X"). */
      passive: z.boolean().optional(),
      /** A passive whose words name no doer, only an instrument: "was blown up by a missile"; the subject is the target, the source none. */
      agentless: z.boolean().optional(),
      /** The subject is the target and the {source} slot the doer, in the active voice: "Y received a call from X". */
      subjectIsTarget: z.boolean().optional(),
      /** Fires only for a subject of two or more actors with no target: "X and Y met" → X→Y and Y→X. */
      reciprocal: z.boolean().optional(),
      /** The target is whoever did the earlier event the words name: "Syria condemned the strikes" → the striker. */
      targetFromEarlierEvent: z.boolean().optional(),
      /** The verb also stands without an object ("Inmates rioted at the prison"): a bare participle after a noun is still its doer's act. */
      intransitive: z.boolean().optional(),
      /** The target is people, a person or a group, never a named country or organisation: "police beat protesters", but "beat Labour" and "beat France" are results. */
      peopleOnly: z.boolean().optional(),
      /** The target is a place (a country, city or region), not people or an organisation: "struck depots in eastern Syria", but not "attacked the ruling party's record in office". */
      placeOnly: z.boolean().optional(),
      /** Only the active voice tells it: "attacked the government's plans" is criticism, but "was attacked by X" cannot say what was attacked, so no passive forms are made. */
      activeOnly: z.boolean().optional(),
      /** The PLOVER type when the words tell more than the CAMEO code: "indicted" is CAMEO 173 (arrest, detain or charge) but PLOVER ACCUSE. */
      plover: z.string().optional(),
      /**
       * The code of the same event told from the target's side, coded target → source, as CAMEO's paired codes
       * ([043:042]): "Kenya received ministers from Uganda" is Uganda's visit (042) and Kenya's hosting (043).
       */
      paired: z.string().regex(/^\d{2,4}$/).optional(),
      example: z.string().min(1),
    }),
  ),
});

export type PatternElement =
  | { kind: 'word'; words: ReadonlySet<string>; optional: boolean; pos: string | null }
  /** `~`: up to seven modifier tokens ("a rare one-on-one"). */
  | { kind: 'modifiers' }
  /** `…`: up to twelve tokens with no verb (but a participle describing the noun before it) and no clause boundary; `…+` lets verbs in ("threatened to impose new curbs on"). */
  | { kind: 'gap'; verbs: boolean }
  /** `{target}?`: an actor slot that may stay empty; the event then has no target ("Protesters marched in the capital"). */
  | { kind: 'slot'; role: 'source' | 'target'; optional: boolean };

export interface EventPattern {
  id: string;
  cameo: string;
  passive: boolean;
  subjectIsTarget: boolean;
  reciprocal: boolean;
  targetFromEarlierEvent: boolean;
  /**
   * The verb takes the target as its object ("kill {target}") and is not marked intransitive: its bare participle
   * right after a noun is passive, the noun its target ("soldiers killed in the east", "officials accused of fraud").
   */
  transitive: boolean;
  elements: PatternElement[];
  /** Words that can start a match (the first element's words). */
  anchors: ReadonlySet<string>;
  hasSource: boolean;
  hasTarget: boolean;
  /** The PLOVER type the pattern gives instead of its CAMEO code's; null to take the code's. */
  plover: string | null;
  /** The code of the same event coded target → source ("received ministers from X": X's visit, 042, beside the hosting, 043); null if none. */
  paired: string | null;
  example: string;
  /** For a passive form derived from an active pattern ("attacked by X" from "attack {target}"), that pattern's id. */
  passiveOf: string | null;
  /** The target must be people, not a named country or organisation ("beat protesters", not "beat France"). */
  peopleOnly: boolean;
  /** The target must be a named place ("struck depots in Syria"), not "in government". */
  placeOnly: boolean;
  /** A passive that names no doer ("the embassy was attacked", id 'attack/agentless'): the subject is the target, the source none. */
  agentless: boolean;
}

/**
 * Compiles each template ("hold ~ call with {target}") and checks its CAMEO code and PLOVER type exist.
 * @throws DyadError KNOWLEDGE_INVALID naming the pattern and the problem.
 */
export function buildPatterns(data: z.infer<typeof patternsSchema>, cameo: CameoTable): EventPattern[] {
  const ploverTypes = new Set([...cameo.values()].map((c) => c.plover));
  return data.patterns.flatMap((p) => {
    if (!cameo.has(p.cameo)) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" has CAMEO code ${p.cameo}, which is not in cameo.json`);
    if (p.paired !== undefined && !cameo.has(p.paired)) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" has paired CAMEO code ${p.paired}, which is not in cameo.json`);
    if (p.plover !== undefined && !ploverTypes.has(p.plover)) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" has PLOVER type ${p.plover}, which no code in cameo.json maps to`);
    const elements = p.match.split(/\s+/).map((part): PatternElement => {
      if (part === '~') return { kind: 'modifiers' };
      if (part === '…' || part === '...') return { kind: 'gap', verbs: false };
      if (part === '…+') return { kind: 'gap', verbs: true };
      const slot = /^\{(source|target)\}(\?)?$/.exec(part);
      if (slot) return { kind: 'slot', role: slot[1] as 'source' | 'target', optional: slot[2] === '?' };
      if (/[{}]/.test(part)) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}": unknown slot ${part}; use {source}, {target} or {target}?`);
      const optional = part.endsWith('?');
      const [words = '', pos = null] = part.replace(/\?$/, '').split('@');
      return { kind: 'word', words: new Set(words.toLowerCase().split('|')), optional, pos };
    });
    const first = elements[0];
    if (p.agentless && elements.some((e) => e.kind === 'slot')) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" is agentless and so takes no {source} or {target} slot: its subject is the target`);
    if (first?.kind !== 'word' || first.optional) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" must start with a required word, not "${p.match.split(/\s+/)[0]}"`);
    const pattern: EventPattern = {
      id: p.id,
      cameo: p.cameo,
      passive: (p.passive ?? false) || (p.agentless ?? false),
      subjectIsTarget: p.subjectIsTarget ?? false,
      reciprocal: p.reciprocal ?? false,
      targetFromEarlierEvent: p.targetFromEarlierEvent ?? false,
      transitive: elements[1]?.kind === 'slot' && elements[1].role === 'target' && !(p.intransitive ?? false),
      elements,
      anchors: first.words,
      hasSource: elements.some((e) => e.kind === 'slot' && e.role === 'source'),
      hasTarget: elements.some((e) => e.kind === 'slot' && e.role === 'target'),
      plover: p.plover ?? null,
      paired: p.paired ?? null,
      example: p.example,
      passiveOf: null,
      agentless: p.agentless ?? false,
      peopleOnly: p.peopleOnly ?? false,
      placeOnly: p.placeOnly ?? false,
    };
    if (p.activeOnly) return [pattern];
    return [pattern, ...[passiveForm(pattern), agentlessForm(pattern)].filter((f): f is EventPattern => f !== null)];
  });
}

/**
 * The passive of an active pattern that opens "verb {target}": "X was attacked by Y" from "attack {target}", "was shot down by Y" from "shoot down {target}",
 * with a short gap for "was attacked on Sunday by Y". Null for other patterns.
 * @example passiveForm(attack).id // 'attack/passive'
 */
function passiveForm(p: EventPattern): EventPattern | null {
  const head = verbBeforeTarget(p);
  if (!head) return null;
  const by: PatternElement = { kind: 'word', words: new Set(['by']), optional: false, pos: null };
  return { ...p, id: `${p.id}/passive`, passive: true, hasSource: true, hasTarget: false, elements: [...head, { kind: 'gap', verbs: false }, by, { kind: 'slot', role: 'source', optional: false }], passiveOf: p.id };
}

// "blow up {target}", "shoot down {target}": a particle between the verb and its object stays after the passive verb.
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'away']);

/**
 * The verb (with its particle: "blow up") of an active pattern that opens "verb {target}" and names no other party,
 * or null: such a pattern has passive forms.
 */
function verbBeforeTarget(p: EventPattern): PatternElement[] | null {
  if (p.hasSource || p.passive || p.subjectIsTarget || p.reciprocal || p.targetFromEarlierEvent) return null;
  const [verb, second] = p.elements;
  const particle = second?.kind === 'word' && !second.optional && [...second.words].every((w) => PARTICLES.has(w));
  const head = particle ? p.elements.slice(0, 2) : p.elements.slice(0, 1);
  const slot = p.elements[head.length];
  return verb?.kind === 'word' && slot?.kind === 'slot' && slot.role === 'target' ? head : null;
}

/**
 * The passive of an active pattern that opens "verb {target}", with no doer named: "Two soldiers were killed" from
 * "kill {target}?", "was accused of" from "accuse {target} of", "was blown up" from "blow up {target}?"; the subject is
 * the target and the source none.
 * Null for other patterns, and for one with a further slot after its target.
 * @example agentlessForm(kill).id // 'kill/agentless'
 */
function agentlessForm(p: EventPattern): EventPattern | null {
  const head = verbBeforeTarget(p);
  const rest = p.elements.slice((head?.length ?? 0) + 1);
  if (!head || rest.some((e) => e.kind === 'slot')) return null;
  return { ...p, id: `${p.id}/agentless`, passive: true, hasTarget: false, transitive: false, elements: [...head, ...rest], passiveOf: p.id, agentless: true };
}
