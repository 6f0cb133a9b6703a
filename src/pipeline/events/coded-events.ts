// The events already coded in a sentence: duplicates, statements beside them, what an earlier event's doer is, and which events others tell better.
import type { CodedEvent, Participant } from '../../document/document.js';
import { sameActor, sameDoer } from './participants.js';

// Conflictual events (CAMEO 11 and up) whose doer a later "condemned the strikes" points back to.
export const CONFLICT_ROOT = 11;

/**
 * The same event is already coded in sentence `index`: the same code between the same actors, or, told again elsewhere
 * in the sentence, between the same two sides either way ("denied signing an agreement with China, after media
 * reported the two had reached a deal").
 */
export function alreadyCoded(events: readonly CodedEvent[], index: number, cameo: string, source: Participant | null, target: Participant | null, evidenceStart: number): boolean {
  const side = (p: Participant | null) => p?.country ?? p?.entity ?? '';
  return sameSentence(events, index).some((e) => {
    if (e.cameo !== cameo) return false;
    if (!e.target || !target) return sameDoer(e.source, source) && e.target === target;
    return (sameDoer(e.source, source) && sameActor(e.target, target)) || (e.evidence.start !== evidenceStart && [side(e.source), side(e.target)].sort().join() === [side(source), side(target)].sort().join());
  });
}

/** A statement coded beside an event is a little less sure than the event. */
export function lessSure(e: CodedEvent): number {
  return Math.round((e.confidence - 0.1) * 100) / 100;
}

/** The events of sentence `index` at the end of `events`. */
function sameSentence(events: readonly CodedEvent[], index: number): CodedEvent[] {
  let k = events.length;
  while (k > 0 && events[k - 1]!.sentence === index) k--;
  return events.slice(k);
}

// How far back "condemned the strikes" looks for the strikes.
const EARLIER_EVENT_REACH = 30;

/** The source of the latest earlier conflictual event whose doer is named and is not `subject`: "condemned the strikes" → whoever struck. */
export function earlierDoer(earlier: readonly CodedEvent[], subject: Participant[]): Participant[] {
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - EARLIER_EVENT_REACH); k--) {
    const doer = earlier[k]!.source;
    if (doer && Number(earlier[k]!.cameo.slice(0, 2)) >= CONFLICT_ROOT && !subject.some((s) => sameActor(s, doer))) return [doer];
  }
  return [];
}

/**
 * Removes from sentence `index` each event without a target (or, when conflictual, with a target of no country)
 * that an event of the same source, root (or both conflictual) and modality towards a country tells better:
 * "agreed to lift the sanctions on Eritrea" is one intent towards Eritrea, not also an agreement with no one; "struck
 * positions of X, destroying depots" and "bombarded Aleppo, killing eight people" are one strike.
 */
export function dropSubsumed(out: CodedEvent[], index: number): void {
  const mine = sameSentence(out, index);
  const root = (e: CodedEvent) => Number(e.cameo.slice(0, 2));
  const akin = (a: CodedEvent, b: CodedEvent) => root(a) === root(b) || (root(a) >= CONFLICT_ROOT && root(b) >= CONFLICT_ROOT);
  // "bombarded Aleppo, killing eight people": unnamed victims of no country are the toll of the named strike.
  const tells = (o: CodedEvent, e: CodedEvent) => (e.target === null ? o.target !== null : e.target.country === null && root(e) >= CONFLICT_ROOT && !!o.target?.country);
  // "pledged to expel X", "the two leaders agreed to meet": the promise is told by the intent coded from what was promised.
  const promised = (e: CodedEvent) =>
    e.cameo.startsWith('03') && !e.pattern.endsWith('+intent') && mine.some((o) => o.pattern.endsWith('+intent') && sameDoer(o.source, e.source) && (e.target === null || (o.target !== null && sameActor(o.target, e.target))));
  const told = (e: CodedEvent) => promised(e) || mine.some((o) => o !== e && tells(o, e) && sameDoer(o.source, e.source) && akin(o, e) && o.modality === e.modality && o.negated === e.negated);
  const keep = mine.filter((e) => !told(e));
  if (keep.length < mine.length) out.splice(out.length - mine.length, mine.length, ...keep);
}
