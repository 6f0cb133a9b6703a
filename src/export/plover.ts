// Stored events as PLOVER event records in the style of the POLECAT data set, one JSON object per event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cameoSchema } from '../knowledge/cameo.js';
import { defaultKnowledgeDir } from '../knowledge/knowledge.js';
import type { StoredActor, StoredEvent } from '../store/event-query.js';

/** One side of the event, as POLECAT's actor and recipient columns. */
export interface PloverActor {
  /** The name as written in the first report ("Mauro Vieira"), or null. */
  name: string | null;
  /** ISO 3166-1 alpha-3 ("BRA"), or null. */
  country: string | null;
  /** The CAMEO sector ("GOV", "MIL"), POLECAT's primary actor sector; null when unknown. */
  sector: string | null;
  /** The CAMEO actor code, country + sector ("BRAGOV"). */
  code: string | null;
}

/** One event in PLOVER terms; field names follow POLECAT's. */
export interface PloverRecord {
  /** The store's event id, as a string (POLECAT ids are strings). */
  event_id: string;
  /** The event's date as stored: "2025-03-13", or coarser ("2025-05" for "in May"); null when undated. */
  event_date: string | null;
  /** The PLOVER event type ("CONSULT", "AID"); null for CAMEO codes PLOVER drops (public statements, 01 and 02). */
  event_type: string | null;
  /** The PLOVER mode the CAMEO code implies ("phone" for 041, "visit" for 042); null when it implies none or the event's type is not the code's. */
  event_mode: string | null;
  /** PLOVER contexts the CAMEO code implies ("military" for 0871); empty when none. */
  event_context: string[];
  /** The words of the first report that state the event. */
  event_text: string;
  /** Null for an event whose doer is not named ("two soldiers were killed"). */
  actor: PloverActor | null;
  /** Null for an event without a target ("protesters rallied"). */
  recipient: PloverActor | null;
  /** The CAMEO event code it was coded as ("040"). */
  cameo: string;
  goldstein: number;
  /** GDELT's quad class, POLECAT's quad code: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
  quad_code: number;
  /** How many outlets reported it. */
  num_sources: number;
  /** The documents that report it: the id given at ingest and the URL when known. */
  sources: { id: string; url: string | null }[];
}

/** PLOVER type, mode and context by CAMEO code. */
export type PloverModes = Map<string, { event: string | null; mode: string | null; context: string | null }>;

/**
 * PLOVER modes and contexts from a knowledge folder's cameo.json (default: the shipped one).
 * @example ploverModes().get('041') // { mode: 'phone', context: null }
 */
export function ploverModes(dir: string = defaultKnowledgeDir()): PloverModes {
  const data = cameoSchema.parse(JSON.parse(readFileSync(join(dir, 'cameo.json'), 'utf8')));
  return new Map(data.codes.map((c) => [c.code, { event: c.plover, mode: c.ploverMode, context: c.ploverContext }]));
}

let shipped: PloverModes | null = null;
const shippedModes = (): PloverModes => (shipped ??= ploverModes());

const ploverActor = (a: StoredActor): PloverActor => ({ name: a.name, country: a.country, sector: a.sector, code: a.code });

/**
 * One event as a POLECAT-style PLOVER record; mode and context come from `modes` (default: the shipped cameo.json),
 * and only when the event has its CAMEO code's type ("indicted" is 173 but ACCUSE, not an arrest).
 * @example ploverRecord(event).event_type // 'CONSULT'
 */
export function ploverRecord(e: StoredEvent, modes: PloverModes = shippedModes()): PloverRecord {
  const code = modes.get(e.cameo);
  const implied = code?.event === e.plover ? code : undefined;
  return {
    event_id: String(e.id),
    event_date: e.date,
    event_type: e.plover,
    event_mode: implied?.mode ?? null,
    event_context: implied?.context ? [implied.context] : [],
    event_text: e.evidence,
    actor: e.source ? ploverActor(e.source) : null,
    recipient: e.target ? ploverActor(e.target) : null,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad_code: e.quadClass,
    num_sources: e.numSources,
    sources: e.sources.map((s) => ({ id: s.id, url: s.url })),
  };
}

/**
 * Lines of a PLOVER file: one JSON record per line.
 * @example for await (const line of ploverLines(events)) await sink.write(line)
 */
export async function* ploverLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  for await (const e of events) yield `${JSON.stringify(ploverRecord(e))}\n`;
}
