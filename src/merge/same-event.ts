// The merge rule: when two reports describe one real-world event. Explained in README ("How reports become one event").
import { daysBetween, PRECISION_RANK, type DateWindow } from './date-window.js';

/** What the rule looks at, for a stored event or a new report of one. Unknown country/sector is ''. */
export interface EventKey {
  root: string;
  cameo: string;
  negated: boolean;
  modality: string;
  sourceCountry: string;
  sourceSector: string;
  sourceEntity: number | null;
  targetCountry: string;
  targetSector: string;
  targetEntity: number | null;
  window: DateWindow | null;
  /** Where it happened, when a report names the place; null when none does. */
  place: EventKeyPlace | null;
}

/** A place as the merge compares it: its name, its country ('' unknown) and whether it is a country, a city, a region or a place of unknown kind. */
export interface EventKeyPlace {
  name: string;
  country: string;
  kind: string;
}

/** Two day-precise reports of one event may differ by a day: time zones, "yesterday" in a story filed after midnight. */
export const DAY_SLACK = 1;

/**
 * Codes where "X with Y" and "Y with X" tell one event: a call, talks, a meeting elsewhere, negotiations,
 * signing an agreement, a ceasefire, fighting. Reports of these merge whichever side the story puts first;
 * a visit (042/043) or a sanction has a direction and never merges with its reverse.
 */
export const SYMMETRIC_CODES = new Set(['040', '041', '044', '046', '057', '0871', '190']);

/** The same report seen from the other side: source and target swapped. */
export function reversed(k: EventKey): EventKey {
  return {
    ...k,
    sourceCountry: k.targetCountry,
    sourceSector: k.targetSector,
    sourceEntity: k.targetEntity,
    targetCountry: k.sourceCountry,
    targetSector: k.sourceSector,
    targetEntity: k.sourceEntity,
  };
}

/**
 * What must agree between two reports' codes: the three-digit base code ("057" sign an agreement, "051"
 * praise: both root 05, different events), except consultations, where outlets word one meeting as
 * talks, a meeting or a visit (040–046), so the root is enough.
 * @example eventClass('0571') // '057'; eventClass('043') // '04'
 */
export function eventClass(cameo: string): string {
  return cameo.startsWith('04') ? '04' : cameo.slice(0, 3);
}

const sectorsAgree = (a: string, b: string): boolean => a === '' || b === '' || a === b;
const entitiesAgree = (a: number | null, b: number | null): boolean => a === null || b === null || a === b;

/** Whether two windows can be the same moment: day-precise ones within {@link DAY_SLACK}, others overlapping. */
export function windowsAgree(a: DateWindow, b: DateWindow): boolean {
  if (a.precision === 'day' && b.precision === 'day') return Math.abs(daysBetween(a.lo, b.lo)) <= DAY_SLACK;
  return a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * The merge rule. Two reports are one event when all of these hold:
 * - the same kind of event: the same base code ({@link eventClass}; any consultation for 04), negation and
 *   modality ("will meet" never merges with "met");
 * - the same direction and actors: source and target countries equal, sectors equal where both are
 *   known, and where both reports name the person or organisation, the same one (entities are
 *   resolved across articles, so "Rubio" in one story and "Marco Rubio" in another are one);
 *   for symmetric events ({@link SYMMETRIC_CODES}: a call, talks, a signing) either direction;
 * - compatible dates: day-precise dates at most a day apart, coarser ones ("in July", "last week")
 *   overlapping, and an undated report within a few days before its article's publication;
 * - compatible places ({@link placesAgree}): where both reports name where it happened, not two different
 *   towns or two different countries.
 * So two calls between the same ministers in April and August stay two events, and a later story that
 * retells "the May ceasefire" attaches to May's event rather than making a new one dated today.
 * Events with no date window (undated, unpublished) only merge with reports of the same window (none).
 * @example sameEvent(storedCall, newReportOfTheCall) // true
 */
export function sameEvent(a: EventKey, b: EventKey): boolean {
  if (sameDirectedEvent(a, b)) return true;
  return SYMMETRIC_CODES.has(a.cameo) && SYMMETRIC_CODES.has(b.cameo) && sameDirectedEvent(a, reversed(b));
}

/**
 * Whether two reports' places can be one place: either unnamed, the same name, or one containing the other as far
 * as Dyad can tell (a country and a place in it; a region and any place, since Dyad does not know which towns lie in
 * which region). They differ when their countries are known and differ, or when both are towns or cities with
 * different names: an air strike in Nablus and one in Jenin on the same day are two events.
 */
export function placesAgree(a: EventKeyPlace | null, b: EventKeyPlace | null): boolean {
  if (a === null || b === null || a.name === b.name) return true;
  if (a.country !== '' && b.country !== '' && a.country !== b.country) return false;
  const town = (p: EventKeyPlace) => p.kind === 'city' || p.kind === 'place';
  return !(town(a) && town(b));
}

function sameDirectedEvent(a: EventKey, b: EventKey): boolean {
  if (eventClass(a.cameo) !== eventClass(b.cameo) || a.negated !== b.negated || a.modality !== b.modality) return false;
  if (a.sourceCountry !== b.sourceCountry || a.targetCountry !== b.targetCountry) return false;
  if (!sectorsAgree(a.sourceSector, b.sourceSector) || !sectorsAgree(a.targetSector, b.targetSector)) return false;
  if (!entitiesAgree(a.sourceEntity, b.sourceEntity) || !entitiesAgree(a.targetEntity, b.targetEntity)) return false;
  if (a.window === null || b.window === null || !placesAgree(a.place, b.place)) return false;
  return windowsAgree(a.window, b.window);
}

/**
 * Of the stored events a report matches, the one it most likely is: the same full code, then the
 * closest date precision, then the most reported.
 */
export function bestMatch<T extends EventKey & { numMentions: number }>(report: EventKey, candidates: T[]): T | null {
  const score = (c: T): number =>
    (c.cameo === report.cameo ? 1000 : 0) +
    (c.window && report.window && c.window.lo === report.window.lo && c.window.hi === report.window.hi ? 100 : 0) -
    (c.window ? PRECISION_RANK[c.window.precision] : 9) * 10 +
    Math.min(c.numMentions, 9);
  let best: T | null = null;
  for (const c of candidates) if (sameEvent(c, report) && (best === null || score(c) > score(best))) best = c;
  return best;
}
