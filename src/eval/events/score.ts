// Scores Dyad's events against a gold set: (source, target, CAMEO root) and full-code P/R/F1, PLOVER type accuracy, per category.
import type { EventRecord } from '../../document/record.js';
import type { CameoTable } from '../../knowledge/cameo.js';
import { actorKey, producedActorKey } from './actor-key.js';
import type { GoldEvent, GoldSentence } from './gold.js';

/** One event Dyad produced, reduced to what is scored; only asserted, non-negated events are kept. */
export interface CodedEvent {
  /** Actor keys (see actorKey): ISO country, IGO/NGO, or null. */
  source: string | null;
  target: string | null;
  cameo: string;
  plover: string | null;
  /** For error listings: Dyad's actor codes and evidence text. */
  label: string;
  /** Set on withheld events: "future", "intended", "hypothetical" or "negated". */
  modality?: string;
}

/** What else is known about a sentence when it is scored (see EventScorer.add). */
export interface SentenceContext {
  actorsFound?: ReadonlySet<string> | null;
  withheld?: CodedEvent[];
}

/** A gold event with its actors reduced to keys and its PLOVER type resolved. */
interface KeyedGold {
  event: GoldEvent;
  source: string | null;
  target: string | null;
  cameo: string | null;
  plover: string | null;
}

export type PloverOf = (cameo: string) => string | null;

/** Counts for one category or the whole set. */
export interface Tally {
  sentences: number;
  noEventSentences: number;
  gold: number;
  produced: number;
  rootTp: number;
  codeTp: number;
  /** Gold events with a PLOVER type, those matched by type, and produced events with a type. */
  ploverGold: number;
  ploverTp: number;
  ploverProduced: number;
  /** Produced events on sentences the gold says have none. */
  falseOnNoEvent: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** One sentence's misses and false events, under the (source, target, root) rule (PLOVER type for PLOVER-only sets). */
export interface SentenceErrors {
  sentence: GoldSentence;
  misses: { gold: GoldEvent; errorClass: string }[];
  falseEvents: { event: CodedEvent; errorClass: string }[];
}

const emptyTally = (): Tally => ({ sentences: 0, noEventSentences: 0, gold: 0, produced: 0, rootTp: 0, codeTp: 0, ploverGold: 0, ploverTp: 0, ploverProduced: 0, falseOnNoEvent: 0 });

/** P, R and F1 from true positives and the two totals; 0 where a denominator is 0. */
export function prf(tp: number, produced: number, gold: number): Prf {
  const precision = produced ? tp / produced : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * The PLOVER type of a CAMEO code from Dyad's table (cameo.json `plover`), trying the code and then its
 * parents ("0352" → "035" → "03"); null when no level maps (CAMEO 01 statements have no PLOVER type).
 * @example ploverFromTable(loadKnowledge().cameo)('042') // 'CONSULT'
 */
export function ploverFromTable(table: CameoTable): PloverOf {
  return (cameo) => {
    for (let c = cameo; c.length >= 2; c = c.slice(0, -1)) {
      const entry = table.get(c);
      if (entry) return entry.plover;
    }
    return null;
  };
}

/**
 * The events of a record that count: modality `asserted` and not negated.
 * @example codedEvents(read({ id, text, published })).map((e) => e.cameo) // ['042']
 */
export function codedEvents(record: EventRecord): CodedEvent[] {
  return splitEvents(record).counted;
}

/**
 * The events of a record split into those that count (asserted, not negated) and those withheld,
 * each withheld one carrying its modality ("future", "negated" …) for the error listing.
 * @example splitEvents(record).withheld.map((e) => e.modality) // ['future']
 */
export function splitEvents(record: EventRecord): { counted: CodedEvent[]; withheld: CodedEvent[] } {
  const counted: CodedEvent[] = [];
  const withheld: CodedEvent[] = [];
  for (const e of record.events) {
    const coded = toCoded(e);
    if (e.modality === 'asserted' && !e.negated) counted.push(coded);
    else withheld.push({ ...coded, modality: e.negated ? 'negated' : e.modality });
  }
  return { counted, withheld };
}

function toCoded(e: EventRecord['events'][number]): CodedEvent {
  return {
    source: producedActorKey(e.source),
    target: producedActorKey(e.target),
    cameo: e.cameo,
    plover: e.plover,
    label: `${e.source?.code || '---'} → ${e.target?.code || '---'} ${e.cameo} ${e.plover ?? '-'} "${e.evidence.text}"`,
  };
}

/**
 * Pairs gold and produced items one to one: each gold item, in order, takes the first unused produced item
 * that `same` accepts. With `same` an equality of keys this greedy pairing is also a maximum one.
 * @example matchOneToOne([1, 1], [1], (g, p) => g === p).pairs // [[0, 0]]
 */
export function matchOneToOne<G, P>(gold: readonly G[], produced: readonly P[], same: (g: G, p: P) => boolean): { pairs: [number, number][]; goldLeft: number[]; producedLeft: number[] } {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  const goldLeft: number[] = [];
  gold.forEach((g, gi) => {
    const pi = produced.findIndex((p, i) => !used.has(i) && same(g, p));
    if (pi < 0) return goldLeft.push(gi);
    used.add(pi);
    pairs.push([gi, pi]);
  });
  return { pairs, goldLeft, producedLeft: produced.map((_, i) => i).filter((i) => !used.has(i)) };
}

const root = (cameo: string) => cameo.slice(0, 2);
const sameDyad = (g: KeyedGold, p: CodedEvent) => g.source === p.source && g.target === p.target;

/** Why a gold event was missed, judged against the unmatched events Dyad coded for the sentence. */
function missClass(g: KeyedGold, left: CodedEvent[], all: CodedEvent[], hasCameo: boolean, found: ReadonlySet<string> | null): string {
  if (all.length === 0) {
    if (!found) return 'no event coded for the sentence';
    const actors = hasCameo ? [g.source, g.target].filter((k): k is string => k !== null) : [];
    if (hasCameo ? actors.every((k) => found.has(k)) : found.size >= 1) return 'no event coded, actors recognised (no pattern for the event)';
    return 'no event coded, an actor not recognised';
  }
  if (!hasCameo) {
    if (all.every((p) => p.plover === null)) return `only events without a PLOVER type (CAMEO ${[...new Set(all.map((p) => root(p.cameo)))].join('/')})`;
    return 'wrong PLOVER type';
  }
  const gr = root(g.cameo ?? '');
  if (left.some((p) => sameDyad(g, p))) return left.some((p) => sameDyad(g, p) && root(p.cameo) === '01') && gr !== '01' ? 'statement (01) coded instead of the event' : 'wrong CAMEO root (actors right)';
  const sameRoot = left.filter((p) => root(p.cameo) === gr);
  if (sameRoot.some((p) => p.source === g.target && p.target === g.source)) return 'source and target swapped';
  if (sameRoot.some((p) => p.source === g.source)) return sameRoot.some((p) => p.source === g.source && p.target === null) ? 'target missing' : 'wrong target';
  if (sameRoot.some((p) => p.target === g.target)) return sameRoot.some((p) => p.target === g.target && p.source === null) ? 'source country unknown' : 'wrong source';
  if (sameRoot.length > 0) return 'both actors wrong (root right)';
  if (left.length === 0) return 'a further coding missed (every coded event matched another)';
  return 'other events coded (root and actors differ)';
}

/**
 * Accumulates the score of a gold set sentence by sentence.
 * Rules: a produced event matches a gold coding when their actor keys (see actorKey) and CAMEO root are
 * equal (the full-code metric also needs the whole code equal); pairs are one to one, greedy in gold
 * order; unmatched produced events are false events, including any on a no-event sentence. PLOVER
 * accuracy pairs gold and produced events one to one on PLOVER type alone, over gold events that have one.
 * @example const s = new EventScorer(true, ploverOf); s.add(sentence, codedEvents(record)); s.overall
 */
export class EventScorer {
  readonly overall: Tally = emptyTally();
  readonly byCategory = new Map<string, Tally>();
  readonly errors: SentenceErrors[] = [];
  readonly errorClasses = new Map<string, number>();

  constructor(
    private readonly hasCameo: boolean,
    private readonly ploverOf: PloverOf,
  ) {}

  /**
   * Scores one sentence against what Dyad coded for it. `actorsFound`, the actor keys of the entities Dyad
   * recognised in the sentence, lets a sentence without events be told apart: actors known but no pattern,
   * or an actor not recognised; `withheld`, the events Dyad coded but did not assert (future, intended,
   * hypothetical, negated), names the misses that such an event would have matched.
   */
  add(sentence: GoldSentence, produced: CodedEvent[], context: SentenceContext = {}): void {
    const actorsFound = context.actorsFound ?? null;
    const withheld = context.withheld ?? [];
    const gold: KeyedGold[] = sentence.events.map((e) => ({
      event: e,
      source: actorKey(e.source),
      target: actorKey(e.target),
      cameo: e.cameo,
      plover: e.plover ?? (e.cameo ? this.ploverOf(e.cameo) : null),
    }));
    let category = this.byCategory.get(sentence.category);
    if (!category) this.byCategory.set(sentence.category, (category = emptyTally()));

    const rootMatch = matchOneToOne(gold, produced, (g, p) => g.cameo !== null && sameDyad(g, p) && root(g.cameo) === root(p.cameo));
    const codeMatch = matchOneToOne(gold, produced, (g, p) => g.cameo !== null && sameDyad(g, p) && g.cameo === p.cameo);
    const typedGold = gold.filter((g) => g.plover !== null);
    const typedProduced = produced.filter((p) => p.plover !== null);
    const ploverMatch = matchOneToOne(typedGold, typedProduced, (g, p) => g.plover === p.plover);

    for (const t of [this.overall, category]) {
      t.sentences++;
      if (gold.length === 0) {
        t.noEventSentences++;
        t.falseOnNoEvent += produced.length;
      }
      t.gold += gold.length;
      t.produced += produced.length;
      t.rootTp += rootMatch.pairs.length;
      t.codeTp += codeMatch.pairs.length;
      t.ploverGold += typedGold.length;
      t.ploverTp += ploverMatch.pairs.length;
      t.ploverProduced += typedProduced.length;
    }

    // Errors: under the root rule where the set has CAMEO codes, under PLOVER type where it has only PLOVER.
    const match = this.hasCameo ? rootMatch : ploverMatch;
    const missedGold = this.hasCameo ? rootMatch.goldLeft.map((i) => gold[i]!) : ploverMatch.goldLeft.map((i) => typedGold[i]!);
    const leftProduced = this.hasCameo ? match.producedLeft.map((i) => produced[i]!) : ploverMatch.producedLeft.map((i) => typedProduced[i]!);
    const withheldMatch = (g: KeyedGold) =>
      withheld.find((p) => (this.hasCameo ? g.cameo !== null && sameDyad(g, p) && root(g.cameo) === root(p.cameo) : g.plover !== null && g.plover === p.plover));
    const misses = missedGold.map((g) => {
      const w = withheldMatch(g);
      return { gold: { ...g.event, plover: g.plover }, errorClass: w ? `coded but not asserted (${w.modality ?? 'withheld'}; the gold counts it)` : missClass(g, leftProduced, produced, this.hasCameo, actorsFound) };
    });
    const falseEvents = leftProduced.map((event) => ({
      event,
      errorClass: gold.length === 0 ? 'event on a no-event sentence' : misses.length > 0 ? 'false event beside a miss' : 'extra event (gold fully matched)',
    }));
    for (const e of [...misses, ...falseEvents]) this.errorClasses.set(e.errorClass, (this.errorClasses.get(e.errorClass) ?? 0) + 1);
    if (misses.length > 0 || falseEvents.length > 0) this.errors.push({ sentence, misses, falseEvents });
  }
}
