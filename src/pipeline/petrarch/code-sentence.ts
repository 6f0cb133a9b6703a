// Codes one sentence with a user's PETRARCH dictionaries: each dictionary verb, its pattern, its source and target groups.
import type { CompiledDictionary, CompiledPattern } from '../../knowledge/petrarch/compile.js';
import type { VerbCode } from '../../knowledge/petrarch/types.js';
import { actorGroups, type ActorGroup, type CodedActor } from './actor-groups.js';
import { byAgent, isPassive, objectOf, subjectOf, targetLimit } from './clause.js';
import { matchPattern, type MatchContext, type PatternBindings } from './match-pattern.js';
import { verbAt, type VerbAt } from './verbs.js';
import type { Word } from './words.js';

/** One event a dictionary coded: actors with their codes, the CAMEO code, and the words it rests on. */
export interface DictionaryEvent {
  source: CodedActor;
  target: CodedActor;
  cameo: string;
  verb: VerbAt;
  /** Word indices of the evidence, `[first, end)`. */
  first: number;
  end: number;
  /** `file:line` of the pattern, or of the verb block when the verb alone coded it. */
  pattern: string;
}

const actorsOf = (g: ActorGroup | null | undefined): CodedActor[] => (g ? g.units.flatMap((u) => u.actors) : []);

/** The most specific pattern of the verb's block that matches, with what it binds. */
function firstMatch(ctx: MatchContext, v: VerbAt, limit: number): { pattern: CompiledPattern; bindings: PatternBindings } | null {
  for (const pattern of v.entry.block.patterns) {
    const bindings = matchPattern(ctx, pattern, v.first, v.end, 0, limit);
    if (bindings) return { pattern, bindings };
  }
  return null;
}

/** Source and target groups: the pattern's `$` and `+`, else the subject and the first group after the verb ("by" X for a passive). */
function roles(groups: readonly ActorGroup[], words: readonly Word[], v: VerbAt, b: PatternBindings, limit: number): { source: ActorGroup | null; target: ActorGroup | null } {
  const after = objectOf(groups, words, v.end, limit, b.source);
  let subject = subjectOf(groups, words, v.first);
  let object = after;
  const agent = !b.source && isPassive(words, v.first) ? byAgent(groups, words, v.end) : null;
  if (agent) [subject, object] = [agent, subject];
  const source = b.source ?? (subject === b.target ? after : subject);
  const target = b.target ?? (object === source ? null : object);
  return { source, target };
}

function pairs(b: PatternBindings, source: ActorGroup | null, target: ActorGroup | null): [CodedActor, CodedActor][] {
  const out: [CodedActor, CodedActor][] = [];
  if (b.compound) {
    const members = actorsOf(b.compound);
    for (const s of members) for (const t of members) if (s.code !== t.code) out.push([s, t]);
    return out;
  }
  for (const s of actorsOf(source)) for (const t of actorsOf(target)) if (s.code !== t.code) out.push([s, t]);
  return out;
}

/**
 * The events of one sentence's words, actors coded for `date`. A verb's code comes from its most specific
 * matching pattern, else its own code, else its block's; a paired code (`[032:033]`) also codes target → source.
 * @example codeSentence(words, dict, '1995-01-01').map((e) => `${e.source.code} ${e.target.code} ${e.cameo}`) // ['ARN GON 064']
 */
export function codeSentence(words: readonly Word[], dict: CompiledDictionary, date: string | null): DictionaryEvent[] {
  const groups = actorGroups(words, dict, date);
  const ctx: MatchContext = {
    texts: words.map((w) => w.text),
    groupStarting: new Map(groups.map((g) => [g.first, g])),
    groupEnding: new Map(groups.map((g) => [g.end, g])),
  };
  const inGroup = (k: number) => groups.some((g) => k >= g.first && k < g.end);
  const events: DictionaryEvent[] = [];
  for (let k = 0; k < words.length; k++) {
    if (inGroup(k)) continue;
    const v = verbAt(words, dict, k);
    if (!v) continue;
    const limit = targetLimit(words, v.end);
    const matched = firstMatch(ctx, v, limit);
    const bindings = matched?.bindings ?? {};
    const code: VerbCode = matched?.pattern.code ?? v.entry.code ?? v.entry.block.code;
    if (code.code === null && code.paired === null) continue;
    const { source, target } = roles(groups, words, v, bindings, limit);
    const first = Math.min(v.first, source?.first ?? v.first);
    const end = Math.max(v.end, target?.end ?? v.end);
    const pattern = matched?.pattern.id ?? `${v.entry.block.name} block`;
    for (const [s, t] of pairs(bindings, source, target)) {
      const add = (from: CodedActor, to: CodedActor, cameo: string) => {
        if (!events.some((e) => e.source.code === from.code && e.target.code === to.code && e.cameo === cameo)) events.push({ source: from, target: to, cameo, verb: v, first, end, pattern });
      };
      if (code.code) add(s, t, code.code);
      if (code.paired) add(t, s, code.paired);
    }
  }
  return events;
}
