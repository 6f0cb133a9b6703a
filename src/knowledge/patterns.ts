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
      /** The subject is the target and the {source} slot the doer, in the active voice: "Y received a call from X". */
      subjectIsTarget: z.boolean().optional(),
      /** Fires only for a subject of two or more actors with no target: "X and Y met" → X→Y and Y→X. */
      reciprocal: z.boolean().optional(),
      /** The target is whoever did the earlier event the words name: "Syria condemned the strikes" → the striker. */
      targetFromEarlierEvent: z.boolean().optional(),
      example: z.string().min(1),
    }),
  ),
});

export type PatternElement =
  | { kind: 'word'; words: ReadonlySet<string>; optional: boolean; pos: string | null }
  /** `~`: up to seven modifier tokens ("a rare one-on-one"). */
  | { kind: 'modifiers' }
  /** `…`: up to twelve tokens with no verb and no clause boundary; `…+` lets verbs in ("threatened to impose new curbs on"). */
  | { kind: 'gap'; verbs: boolean }
  | { kind: 'slot'; role: 'source' | 'target' };

export interface EventPattern {
  id: string;
  cameo: string;
  passive: boolean;
  subjectIsTarget: boolean;
  reciprocal: boolean;
  targetFromEarlierEvent: boolean;
  elements: PatternElement[];
  /** Words that can start a match (the first element's words). */
  anchors: ReadonlySet<string>;
  hasSource: boolean;
  hasTarget: boolean;
  example: string;
}

/**
 * Compiles each template ("hold ~ call with {target}") and checks its CAMEO code exists.
 * @throws DyadError KNOWLEDGE_INVALID naming the pattern and the problem.
 */
export function buildPatterns(data: z.infer<typeof patternsSchema>, cameo: CameoTable): EventPattern[] {
  return data.patterns.map((p) => {
    if (!cameo.has(p.cameo)) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" has CAMEO code ${p.cameo}, which is not in cameo.json`);
    const elements = p.match.split(/\s+/).map((part): PatternElement => {
      if (part === '~') return { kind: 'modifiers' };
      if (part === '…' || part === '...') return { kind: 'gap', verbs: false };
      if (part === '…+') return { kind: 'gap', verbs: true };
      if (part === '{source}' || part === '{target}') return { kind: 'slot', role: part === '{source}' ? 'source' : 'target' };
      if (/[{}]/.test(part)) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}": unknown slot ${part}; use {source} or {target}`);
      const optional = part.endsWith('?');
      const [words = '', pos = null] = part.replace(/\?$/, '').split('@');
      return { kind: 'word', words: new Set(words.toLowerCase().split('|')), optional, pos };
    });
    const first = elements[0];
    if (first?.kind !== 'word' || first.optional) throw new DyadError('KNOWLEDGE_INVALID', `event pattern "${p.id}" must start with a required word, not "${p.match.split(/\s+/)[0]}"`);
    return {
      id: p.id,
      cameo: p.cameo,
      passive: p.passive ?? false,
      subjectIsTarget: p.subjectIsTarget ?? false,
      reciprocal: p.reciprocal ?? false,
      targetFromEarlierEvent: p.targetFromEarlierEvent ?? false,
      elements,
      anchors: first.words,
      hasSource: elements.some((e) => e.kind === 'slot' && e.role === 'source'),
      hasTarget: elements.some((e) => e.kind === 'slot' && e.role === 'target'),
      example: p.example,
    };
  });
}
