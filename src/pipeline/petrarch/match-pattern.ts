// Matches a verb pattern around a verb in a sentence's words: literal words and synsets in order, `$` `+` `%` bound to actor groups.
import type { PatternElement, ParsedPattern } from '../../knowledge/petrarch/pattern.js';
import type { ActorGroup } from './actor-groups.js';

/** What a matched pattern says about the event's actors. */
export interface PatternBindings {
  source?: ActorGroup;
  target?: ActorGroup;
  /** `%` before the verb: the members of this group act on one another ("Gondor and Osgiliath have delayed"). */
  compound?: ActorGroup;
}

/** The sentence as the matcher sees it: upper-case words and actor groups by first and by last word. */
export interface MatchContext {
  texts: readonly string[];
  groupStarting: ReadonlyMap<number, ActorGroup>;
  groupEnding: ReadonlyMap<number, ActorGroup>;
}

const bind = (b: PatternBindings, kind: PatternElement['kind'], g: ActorGroup, lower: boolean): PatternBindings | null => {
  if (kind === 'source') return { ...b, source: g };
  if (kind === 'target') return { ...b, target: g };
  if (kind === 'compound') return lower ? (g.units.length > 1 ? { ...b, compound: g } : null) : { ...b, target: g };
  return b;
};

/** Where element `e` ends when it starts at word `at` going forwards, with its bindings; null when it does not match there. */
function forwardAt(ctx: MatchContext, e: PatternElement, at: number, b: PatternBindings): { next: number; b: PatternBindings } | null {
  const t = ctx.texts;
  if (e.kind === 'word') return t[at] === e.word ? { next: at + 1, b } : null;
  if (e.kind === 'synset') {
    let best = -1;
    for (const p of e.phrases) if (p.length > best && p.every((w, k) => t[at + k] === w)) best = p.length;
    return best > 0 ? { next: at + best, b } : null;
  }
  const g = ctx.groupStarting.get(at);
  if (e.kind === 'skip') return { next: g ? g.end : at + 1, b };
  if (!g) return null;
  const bound = bind(b, e.kind, g, false);
  return bound ? { next: g.end, b: bound } : null;
}

/** Where element `e` starts when it ends just before word `at` going backwards; null when it does not match there. */
function backwardAt(ctx: MatchContext, e: PatternElement, at: number, b: PatternBindings): { next: number; b: PatternBindings } | null {
  const t = ctx.texts;
  if (e.kind === 'word') return t[at - 1] === e.word ? { next: at - 1, b } : null;
  if (e.kind === 'synset') {
    let best = -1;
    for (const p of e.phrases) if (p.length > best && at - p.length >= 0 && p.every((w, k) => t[at - p.length + k] === w)) best = p.length;
    return best > 0 ? { next: at - best, b } : null;
  }
  const g = ctx.groupEnding.get(at);
  if (e.kind === 'skip') return { next: g ? g.first : at - 1, b };
  if (!g) return null;
  const bound = bind(b, e.kind, g, true);
  return bound ? { next: g.first, b: bound } : null;
}

function matchUpper(ctx: MatchContext, els: readonly PatternElement[], k: number, pos: number, limit: number, b: PatternBindings): PatternBindings | null {
  if (k === els.length) return b;
  const e = els[k]!;
  const last = e.joined ? pos : limit - 1;
  for (let at = pos; at <= last && at < limit; at++) {
    const m = forwardAt(ctx, e, at, b);
    if (!m || m.next > limit) continue;
    const rest = matchUpper(ctx, els, k + 1, m.next, limit, m.b);
    if (rest) return rest;
  }
  return null;
}

function matchLower(ctx: MatchContext, els: readonly PatternElement[], k: number, pos: number, floor: number, adjacent: boolean, b: PatternBindings): PatternBindings | null {
  if (k < 0) return b;
  const e = els[k]!;
  const lowest = adjacent ? pos : floor + 1;
  for (let at = pos; at >= lowest && at > floor; at--) {
    const m = backwardAt(ctx, e, at, b);
    if (!m || m.next < floor) continue;
    const rest = matchLower(ctx, els, k - 1, m.next, floor, e.joined, m.b);
    if (rest) return rest;
  }
  return null;
}

/**
 * Matches `p` around the verb at words `[verbFirst, verbEnd)`: the elements after the verb between `verbEnd` and
 * `limit`, those before it between `floor` and `verbFirst`. Elements written with "_" must be adjacent.
 * @example matchPattern(ctx, parsePattern('* &TIETYPES TIES', sets), 3, 4, 0, 12) // {} (matched, no actor bound)
 */
export function matchPattern(ctx: MatchContext, p: ParsedPattern, verbFirst: number, verbEnd: number, floor: number, limit: number): PatternBindings | null {
  const upper = matchUpper(ctx, p.upper, 0, verbEnd, limit, {});
  if (!upper) return null;
  return matchLower(ctx, p.lower, p.lower.length - 1, verbFirst, floor, p.verbJoined, upper);
}
