// Finds the dictionary's actors in a sentence: actor phrases with their agents ("Arnor cleric", "MSF Arnor", "Gondor's
// government"), agents over the actors they qualify ("ambassadors of Arnor and Gondor"), and compounds ("X, Y and Z").
import { actorCodes } from '../../knowledge/petrarch/actor-codes.js';
import type { CompiledDictionary, DictActor, DictAgent } from '../../knowledge/petrarch/compile.js';
import type { Word } from './words.js';

/** One actor as coded: its full code ("ARNGOV", "---REL") and the name it was found by. */
export interface CodedActor {
  code: string;
  name: string;
}

/** A noun phrase naming actors: word indices `[first, end)` and the actors it names (several for "[ELR/GAL]"). */
export interface ActorUnit {
  first: number;
  end: number;
  actors: CodedActor[];
  /** True when no actor phrase was found, only agents ("the lawmakers"). */
  agentOnly: boolean;
}

/** Units joined by "and", "or", commas: "Mordor, Rohan, Fornost and Bree". */
export interface ActorGroup {
  first: number;
  end: number;
  units: ActorUnit[];
}

type Piece = { first: number; end: number } & ({ kind: 'actor'; value: DictActor } | { kind: 'agent'; value: DictAgent });

const CONJUNCTIONS = new Set([',', 'AND', 'OR', 'NOR']);
const COMPOUND_FILLERS = new Set([...CONJUNCTIONS, 'THE', 'A', 'AN', 'BOTH', 'NEITHER', 'EITHER']);
// "ambassadors of Arnor", "lawmakers in Fornost", "soldiers from Gondor"
const AGENT_LINKS = new Set(['OF', 'IN', 'FROM']);
// Words that may stand between an actor and its agent: "Gondor's government", "Arnor former security officials".
const MAX_AGENT_GAP = 3;

function pieces(words: readonly Word[], texts: readonly string[], dict: CompiledDictionary): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < words.length; ) {
    const actor = dict.actors.longestAt(texts, i);
    const agent = dict.agents.longestAt(texts, i);
    if (actor && (!agent || actor.end >= agent.end)) out.push({ kind: 'actor', ...actor });
    else if (agent) out.push({ kind: 'agent', ...agent });
    i = actor || agent ? Math.max(actor?.end ?? 0, agent?.end ?? 0) : i + 1;
  }
  return out;
}

/** Words between two pieces that still leave them one noun phrase: a possessive and adjectives or nouns. */
function samePhrase(words: readonly Word[], from: number, to: number): boolean {
  if (to - from > MAX_AGENT_GAP) return false;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.text !== "'S" && !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos)) return false;
    if (CONJUNCTIONS.has(w.text)) return false;
  }
  return true;
}

/** Appends an agent's code unless the code already holds it at a three-letter boundary ("USAGOV" + GOV stays "USAGOV"). */
function withAgent(code: string, agent: DictAgent): string {
  for (let k = 0; k + agent.code.length <= code.length; k += 3) if (code.slice(k, k + agent.code.length) === agent.code) return code;
  return agent.position === 'suffix' ? `${code}${agent.code}` : `${agent.code}${code}`;
}

function unitOf(group: Piece[], date: string | null): ActorUnit {
  const actor = group.find((p) => p.kind === 'actor');
  const agents = group.filter((p): p is Piece & { kind: 'agent' } => p.kind === 'agent').map((p) => p.value);
  const base = actor ? actorCodes(actor.value.roles, date) : ['---'];
  const name = actor ? actor.value.name : '';
  return {
    first: group[0]!.first,
    end: group.at(-1)!.end,
    actors: base.map((code) => ({ code: agents.reduce(withAgent, code), name })),
    agentOnly: !actor,
  };
}

function units(words: readonly Word[], ps: Piece[], date: string | null): ActorUnit[] {
  const out: ActorUnit[] = [];
  let current: Piece[] = [];
  for (const p of ps) {
    const last = current.at(-1);
    const joins = last && (p.kind === 'agent' || !current.some((c) => c.kind === 'actor')) && (p.first === last.end || (samePhrase(words, last.end, p.first) && (p.kind === 'agent') !== (last.kind === 'agent')));
    if (!joins && current.length) {
      out.push(unitOf(current, date));
      current = [];
    }
    current.push(p);
  }
  if (current.length) out.push(unitOf(current, date));
  return out;
}

/** True when only fillers stand between two units and at least one of them is a conjunction or comma. */
function compoundGap(words: readonly Word[], from: number, to: number): boolean {
  let conjunction = false;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (CONJUNCTIONS.has(w.text)) conjunction = true;
    else if (!COMPOUND_FILLERS.has(w.text) && w.pos !== 'ADJ') return false;
  }
  return conjunction;
}

/** "ministers and police in Northland and Southmark": each agent over each actor. */
function distribute(agents: ActorGroup, actors: ActorGroup): ActorGroup {
  const unitsOut: ActorUnit[] = [];
  for (const agent of agents.units) {
    for (const u of actors.units) {
      const suffix = agent.actors[0]!.code.replace(/^---/, '');
      unitsOut.push({ ...u, first: agents.first, actors: u.actors.map((a) => ({ ...a, code: withAgent(a.code, { code: suffix, position: 'suffix' }) })) });
    }
  }
  return { first: agents.first, end: actors.end, units: unitsOut };
}

/**
 * The actor groups of a sentence's words, in text order, with codes resolved on `date` (the article's day).
 * @example actorGroups(words, dict, '1995-01-04') // [{ units: [MOR], [ROH], [FOR], [BRE] }, { units: [OSG] }]
 */
export function actorGroups(words: readonly Word[], dict: CompiledDictionary, date: string | null): ActorGroup[] {
  const texts = words.map((w) => w.text);
  const groups: ActorGroup[] = [];
  for (const u of units(words, pieces(words, texts, dict), date)) {
    const last = groups.at(-1);
    if (last && compoundGap(words, last.end, u.first)) {
      last.units.push(u);
      last.end = u.end;
    } else groups.push({ first: u.first, end: u.end, units: [u] });
  }
  const out: ActorGroup[] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const next = groups[k + 1];
    let link = g.end;
    if (next && AGENT_LINKS.has(texts[link] ?? '')) link++;
    if (next && link > g.end && (texts[link] === 'THE' ? link + 1 : link) === next.first && g.units.every((u) => u.agentOnly) && next.units.every((u) => !u.agentOnly)) {
      out.push(distribute(g, next));
      k++;
    } else out.push(g);
  }
  return out;
}
