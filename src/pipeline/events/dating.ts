// Dates an event: the time of its clause, else of its sentence, else of the occasion it continues, else none.
import type { CodedEvent, DateSource, Participant, Sentence, TimeExpression, Token } from '../../document/document.js';
import { partitionPoint } from '../../document/partition-point.js';

const OCCASION_NOUNS = new Set(['visit', 'trip', 'tour', 'stay', 'talk', 'meeting', 'call', 'conversation', 'summit', 'session']);

/** The calendar part of a TIMEX3 value that dates an event ("2025-09-13TNI" → "2025-09-13"), or null for PRESENT_REF, durations, unresolved values. */
export function eventDateValue(t: TimeExpression): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|SU|WI|SP|FA))?/.exec(t.value);
  return m ? m[0] : null;
}

export interface DateContext {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  times: readonly TimeExpression[];
  /** Entity ids mentioned in each sentence. */
  entitiesBySentence: Map<number, Set<string>>;
  /** Events coded so far, in text order. */
  earlier: readonly CodedEvent[];
}

// How many earlier events an occasion is looked for among.
const OCCASION_REACH = 30;

/** The latest of the last few earlier events that satisfies `test`. */
function latest(earlier: readonly CodedEvent[], test: (e: CodedEvent) => boolean): CodedEvent | undefined {
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - OCCASION_REACH); k--) if (test(earlier[k]!)) return earlier[k];
  return undefined;
}

/** The time in `[from, to)` nearest to token `at`, with a value that dates an event. */
function nearestTime(ctx: DateContext, start: number, end: number, at: number): string | null {
  let best: { value: string; distance: number } | null = null;
  const times = ctx.times;
  // Times are in text order: find the first starting at or after `start`, then walk to `end`.
  for (let k = partitionPoint(times, (t) => t.start < start); k < times.length && times[k]!.start < end; k++) {
    const t = times[k]!;
    if (t.end > end) continue;
    const value = eventDateValue(t);
    if (!value) continue;
    const distance = Math.abs(t.start - at);
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value ?? null;
}

/**
 * Dates an event whose verb is at `verb` in clause `[clauseFirst, clauseEnd)` of sentence `s`.
 * Inherits when the sentence opens "During his visit, …" (the latest consultation's date), when a
 * consultation's source was just on a dated visit or call, or when both actors (entities, or `country:XXX`
 * keys) were in the sentence just before, which was dated ("… on Saturday reaffirmed …" then "… held a phone call …").
 */
export function dateEvent(ctx: DateContext, s: Sentence, clauseFirst: number, clauseEnd: number, verb: number, cameo: string, actors: Pick<Participant, 'entity' | 'country'>[]): { date: string | null; dateSource: DateSource } {
  const tk = ctx.tokens;
  const at = tk[verb]!.start;
  const clause = nearestTime(ctx, tk[clauseFirst]!.start, tk[clauseEnd - 1]!.end, at);
  if (clause) return { date: clause, dateSource: 'clause' };
  const sentence = nearestTime(ctx, s.start, s.end, at);
  if (sentence) return { date: sentence, dateSource: 'sentence' };
  const opener = tk[s.firstToken];
  if (opener?.normal === 'during' && OCCASION_NOUNS.has(tk[s.firstToken + 2]?.lemma ?? '')) {
    const occasion = latest(ctx.earlier, (e) => e.sentence < s.index && e.cameo.startsWith('04') && e.date !== null);
    if (occasion) return { date: occasion.date, dateSource: 'inherited' };
  }
  // A consultation by someone who was just on a dated visit or call belongs to that occasion: "Mehra also met …".
  if (cameo.startsWith('04')) {
    const trip = latest(ctx.earlier, (e) => e.sentence >= s.index - 2 && e.sentence < s.index && e.cameo.startsWith('04') && e.date !== null && [e.source?.entity, e.target?.entity].includes(actors[0]?.entity));
    if (trip) return { date: trip.date, dateSource: 'inherited' };
  }
  // Both actors were in the sentence just before, which was dated: the same occasion told on. By their
  // countries alone only for a day-precise occasion ("… agreed on Friday …" then "… hosted the two countries' chiefs …").
  const before = ctx.entitiesBySentence.get(s.index - 1);
  const prev = ctx.sentences[s.index - 1];
  if (prev && before && actors.length >= 2) {
    const date = nearestTime(ctx, prev.start, prev.end, prev.end);
    const byEntity = actors.every((a) => before.has(a.entity));
    const byCountry = actors.every((a) => before.has(a.entity) || (a.country !== null && before.has(`country:${a.country}`)));
    if (date && (byEntity || (byCountry && /^\d{4}-\d{2}-\d{2}$/.test(date)))) return { date, dateSource: 'inherited' };
  }
  return { date: null, dateSource: 'none' };
}
