// Stores an article's events: each report joins the stored event it describes (the merge rule) or starts a new one.
import type { RecordActor, RecordEvent } from '../document/record.js';
import { addDays, PRECISION_RANK, reportWindow, type DateWindow, type Precision } from '../merge/date-window.js';
import { bestMatch, DAY_SLACK, reversed, SYMMETRIC_CODES, type EventKey } from '../merge/same-event.js';
import type { PendingRows } from './pending-rows.js';
import type { SqlDriver } from './sql.js';

interface StoredKeyRow {
  id: number;
  cameo: string;
  root: string;
  negated: number;
  modality: string;
  source_country: string;
  source_sector: string;
  source_entity: number | null;
  target_country: string;
  target_sector: string;
  target_entity: number | null;
  date_lo: string | null;
  date_hi: string | null;
  date_precision: Precision | null;
  num_mentions: number;
  location_name: string | null;
  location_country: string | null;
  location_kind: string | null;
}

type Candidate = EventKey & { id: number; numMentions: number };

/** A stored event as a merge candidate; `added` is how many reports this batch has given it that its stored count does not hold yet. */
function fromRow(r: StoredKeyRow, added: number): Candidate {
  const window = r.date_lo && r.date_hi && r.date_precision ? { lo: r.date_lo, hi: r.date_hi, precision: r.date_precision } : null;
  return {
    id: r.id,
    root: r.root,
    cameo: r.cameo,
    negated: r.negated === 1,
    modality: r.modality,
    sourceCountry: r.source_country,
    sourceSector: r.source_sector,
    sourceEntity: r.source_entity,
    targetCountry: r.target_country,
    targetSector: r.target_sector,
    targetEntity: r.target_entity,
    window,
    place: r.location_name === null ? null : { name: r.location_name, country: r.location_country ?? '', kind: r.location_kind ?? 'place' },
    numMentions: r.num_mentions + added,
  };
}

/**
 * Actors that name a person or organisation; a country standing as the actor ("Kenya said") names none, nor does a
 * group or an office ("Israeli warplanes", "the foreign minister"), so they never keep apart reports that do.
 */
export const NAMED_TYPES = new Set(['PERSON', 'ORG']);

/** One event of an article, with its actors' stored entity ids and whether each names a person or organisation. */
export interface EventReport {
  event: RecordEvent;
  sourceEntity: number | null;
  targetEntity: number | null;
  sourceNamed: boolean;
  targetNamed: boolean;
}

export interface ArticleContext {
  documentId: number;
  published: string | null;
  isCopy: boolean;
}

const root = (cameo: string): string => cameo.slice(0, 2);
const actorParts = (a: RecordActor | null) => ({ country: a?.country ?? '', sector: a?.sector ?? '', code: a?.code ?? '', name: a?.name ?? '' });

function keyOf(r: EventReport, window: DateWindow | null): EventKey {
  const s = actorParts(r.event.source);
  const t = actorParts(r.event.target);
  return {
    root: root(r.event.cameo),
    cameo: r.event.cameo,
    negated: r.event.negated,
    modality: r.event.modality,
    sourceCountry: s.country,
    sourceSector: s.sector,
    sourceEntity: r.sourceNamed ? r.sourceEntity : null,
    targetCountry: t.country,
    targetSector: t.sector,
    targetEntity: r.targetNamed ? r.targetEntity : null,
    window,
    place: r.event.location ? { name: r.event.location.name, country: r.event.location.country ?? '', kind: r.event.location.kind } : null,
  };
}

/** Stored events the report could be (same root, direction, negation, modality, and a date window near its own). */
async function candidates(db: SqlDriver, key: EventKey, pending: PendingRows): Promise<Candidate[]> {
  if (key.window === null) return [];
  const found = await directed(db, key, pending);
  if (SYMMETRIC_CODES.has(key.cameo) && key.sourceCountry !== key.targetCountry) found.push(...(await directed(db, reversed(key), pending)));
  return found;
}

async function directed(db: SqlDriver, key: EventKey, pending: PendingRows): Promise<Candidate[]> {
  const window = key.window!;
  const rows = await db.all<StoredKeyRow>(
    `SELECT e.id, e.cameo, e.root, e.negated, e.modality, e.source_country, e.source_sector, e.target_country, e.target_sector,
            e.date_lo, e.date_hi, e.date_precision, e.num_mentions, e.location_name, e.location_country, e.location_kind,
            CASE WHEN se.type IN ('PERSON', 'ORG') AND se.named = 1 THEN e.source_entity END AS source_entity,
            CASE WHEN te.type IN ('PERSON', 'ORG') AND te.named = 1 THEN e.target_entity END AS target_entity
     FROM events e LEFT JOIN entities se ON se.id = e.source_entity LEFT JOIN entities te ON te.id = e.target_entity
     WHERE e.source_country = ? AND e.target_country = ? AND e.root = ? AND e.date_lo <= ? AND e.date_hi >= ? AND e.negated = ? AND e.modality = ?`,
    [key.sourceCountry, key.targetCountry, key.root, addDays(window.hi, DAY_SLACK), addDays(window.lo, -DAY_SLACK), key.negated ? 1 : 0, key.modality],
  );
  return rows.map((r) => fromRow(r, pending.mentionsAdded.get(r.id) ?? 0));
}

async function insertEvent(db: SqlDriver, r: EventReport, key: EventKey, ctx: ArticleContext): Promise<number> {
  const e = r.event;
  const s = actorParts(e.source);
  const t = actorParts(e.target);
  const row = await db.get<{ id: number }>(
    `INSERT INTO events (date, date_lo, date_hi, date_precision, cameo, root, cameo_name, plover, goldstein, quad_class,
       source_code, source_country, source_sector, source_entity, source_name, target_code, target_country, target_sector, target_entity, target_name,
       amount_value, amount_currency, amount_text, location_name, location_country, location_kind, negated, modality, confidence, num_mentions, num_articles, num_sources, first_document)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?) RETURNING id`,
    [
      e.date,
      key.window?.lo ?? null,
      key.window?.hi ?? null,
      key.window?.precision ?? null,
      e.cameo,
      key.root,
      e.cameoName,
      e.plover,
      e.goldstein,
      e.quadClass,
      s.code,
      s.country,
      s.sector,
      r.sourceEntity,
      s.name,
      t.code,
      t.country,
      t.sector,
      r.targetEntity,
      t.name,
      e.amount?.value ?? null,
      e.amount?.currency ?? null,
      e.amount?.text ?? null,
      e.location?.name ?? null,
      e.location?.country ?? null,
      e.location?.kind ?? null,
      e.negated ? 1 : 0,
      e.modality,
      e.confidence,
      ctx.documentId,
    ],
  );
  return row!.id;
}

/**
 * A new report may know more than the stored event: a finer date, the named actors, the sector, the amount, the place.
 * A symmetric event reported the other way round ("Y signed with X") fills the stored event's sides crosswise.
 */
async function refine(db: SqlDriver, stored: Candidate, r: EventReport, key: EventKey): Promise<void> {
  const w = key.window!;
  const finer = stored.window !== null && PRECISION_RANK[w.precision] < PRECISION_RANK[stored.window.precision];
  const crosswise = stored.sourceCountry !== key.sourceCountry;
  const [s, t] = crosswise ? [actorParts(r.event.target), actorParts(r.event.source)] : [actorParts(r.event.source), actorParts(r.event.target)];
  const [sourceEntity, targetEntity] = crosswise ? [r.targetEntity, r.sourceEntity] : [r.sourceEntity, r.targetEntity];
  await db.run(
    `UPDATE events SET ${finer ? 'date = ?, date_lo = ?, date_hi = ?, date_precision = ?,' : ''}
       source_entity = COALESCE(source_entity, ?), target_entity = COALESCE(target_entity, ?),
       source_sector = CASE WHEN source_sector = '' THEN ? ELSE source_sector END,
       source_code = CASE WHEN source_sector = '' THEN ? ELSE source_code END,
       target_sector = CASE WHEN target_sector = '' THEN ? ELSE target_sector END,
       target_code = CASE WHEN target_sector = '' THEN ? ELSE target_code END,
       amount_value = COALESCE(amount_value, ?), amount_currency = COALESCE(amount_currency, ?), amount_text = COALESCE(amount_text, ?),
       location_country = CASE WHEN location_name IS NULL THEN ? ELSE location_country END,
       location_kind = CASE WHEN location_name IS NULL THEN ? ELSE location_kind END,
       location_name = COALESCE(location_name, ?)
     WHERE id = ?`,
    [
      ...(finer ? [r.event.date, w.lo, w.hi, w.precision] : []),
      sourceEntity,
      targetEntity,
      s.sector,
      s.code,
      t.sector,
      t.code,
      r.event.amount?.value ?? null,
      r.event.amount?.currency ?? null,
      r.event.amount?.text ?? null,
      r.event.location?.country ?? null,
      r.event.location?.kind ?? null,
      r.event.location?.name ?? null,
      stored.id,
    ],
  );
}

/** Queues the report as a mention of the stored event; the batch's end writes it and recounts the event's mentions, articles and outlets. */
function addMention(pending: PendingRows, eventId: number, e: RecordEvent, ctx: ArticleContext): void {
  pending.addEventMention(eventId, [eventId, ctx.documentId, e.id, e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.text, e.date, e.dateSource, e.cameo, e.confidence, e.pattern, ctx.isCopy ? 1 : 0]);
}

/**
 * Stores each report: merged into the stored event it matches, else as a new event.
 * @returns how many events were created and how many reports joined an existing event.
 */
export async function writeEvents(db: SqlDriver, reports: EventReport[], ctx: ArticleContext, pending: PendingRows): Promise<{ created: number; merged: number }> {
  let created = 0;
  let merged = 0;
  for (const r of reports) {
    const key = keyOf(r, reportWindow(r.event.date, ctx.published));
    const match = bestMatch(key, await candidates(db, key, pending));
    let eventId: number;
    if (match) {
      await refine(db, match, r, key);
      eventId = match.id;
      merged++;
    } else {
      eventId = await insertEvent(db, r, key, ctx);
      created++;
    }
    addMention(pending, eventId, r.event, ctx);
  }
  return { created, merged };
}
