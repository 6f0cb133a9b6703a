// Turns a processed Document into the event record (JSON v1), mapping every cleaned offset back to the raw text.
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Actor, Document, Entity, EventPlace, Mention, Participant, Span } from './document.js';
import type { EventRecord, RecordActor, RecordEvent, RecordLocation } from './record.js';

/** Raw `[start, end)` and the raw text they quote, for a span of the cleaned text. */
export function raw(doc: Document, span: Span): { start: number; end: number; text: string } {
  const map = doc.clean?.map;
  const start = map ? map.toRaw(span.start, 'start') : span.start;
  const end = map ? map.toRaw(span.end, 'end') : span.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Mention forms that name an entity by a proper name. */
const NAME_FORMS = new Set(['name', 'acronym', 'honorific']);

function actorCode(country: string | null, sector: string | null): string {
  return `${country ?? ''}${sector ?? ''}`;
}

function recordActor(p: Participant, entities: Map<string, Entity>, kb: Knowledge): RecordActor {
  const e = entities.get(p.entity);
  const name = p.name ?? (e?.members ? (kb.countries.names.get(p.country ?? '') ?? p.country ?? '') : (e?.name ?? ''));
  return { entity: p.entity, name, country: p.country, sector: p.sector, code: p.code ?? actorCode(p.country, p.sector) };
}

function recordLocation(doc: Document, place: EventPlace, mentions: Map<string, Mention>, kb: Knowledge): RecordLocation {
  const at = raw(doc, mentions.get(place.mention)!);
  const name = place.kind === 'country' && place.country ? (kb.countries.names.get(place.country) ?? at.text) : at.text;
  return { name, country: place.country, kind: place.kind, mention: place.mention, ...at };
}

/** The CAMEO entry of a code, else of its nearest parent ("1717" → "171"); a user dictionary's own codes ("903") have none. */
function cameoEntry(kb: Knowledge, cameo: string): { name: string; plover: string | null; goldstein: number; quadClass: number } {
  for (let c = cameo; c.length >= 2; c = c.slice(0, -1)) {
    const entry = kb.cameo.get(c);
    if (entry) return entry;
  }
  return { name: `${cameo} (not a CAMEO code)`, plover: null, goldstein: 0, quadClass: 0 };
}

/**
 * The event record of a processed document. Offsets index `doc.text`, the input exactly as given.
 * @example toRecord(pipeline.run(doc), kb).events[0].evidence.text // "Secretary Rubio held a phone call with Mr Dar"
 */
export function toRecord(doc: Document, kb: Knowledge): EventRecord {
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const actors: Record<string, Actor> = doc.actors ?? {};
  const coref = doc.coref ?? {};
  const quantities = doc.quantities ?? [];
  const mentions = new Map((doc.mentions ?? []).map((m) => [m.id, m]));
  const events: RecordEvent[] = (doc.events ?? []).map((ev) => {
    const code = cameoEntry(kb, ev.cameo);
    const q = ev.amount === null ? undefined : quantities[ev.amount];
    return {
      id: ev.id,
      date: ev.date,
      dateSource: ev.dateSource,
      source: ev.source ? recordActor(ev.source, entities, kb) : null,
      target: ev.target ? recordActor(ev.target, entities, kb) : null,
      cameo: ev.cameo,
      cameoName: code.name,
      plover: ev.plover ?? code.plover,
      goldstein: code.goldstein,
      quadClass: code.quadClass,
      amount: q ? { value: q.amount, currency: q.currency, approximate: q.approximate, text: raw(doc, q).text } : null,
      location: ev.location ? recordLocation(doc, ev.location, mentions, kb) : null,
      sources: [doc.id],
      negated: ev.negated,
      modality: ev.modality,
      evidence: { sentence: ev.sentence, ...raw(doc, ev.evidence) },
      confidence: ev.confidence,
      pattern: ev.pattern,
    };
  });
  return {
    version: 1,
    document: { id: doc.id, published: doc.published, dateline: doc.clean?.dateline?.place ?? null, url: doc.url, source: doc.source, text: doc.text },
    mentions: (doc.mentions ?? []).filter((m) => coref[m.id]).map((m) => ({ id: m.id, type: m.type, ...raw(doc, m), entity: coref[m.id]! })),
    entities: [...entities.values()].map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      named: e.mentions.some((id) => NAME_FORMS.has(mentions.get(id)?.form ?? '')),
      country: actors[e.id]?.country ?? null,
      sector: actors[e.id]?.sector ?? null,
      roles: e.roles.filter((r) => !e.roles.some((o) => o !== r && o.includes(r))),
      mentions: e.mentions,
    })),
    times: (doc.times ?? []).map((t) => ({ ...raw(doc, t), value: t.value, type: t.type })),
    quantities: quantities.map((q) => ({ ...raw(doc, q), amount: q.amount, currency: q.currency, approximate: q.approximate })),
    events,
    messages: doc.messages.map((m) => ({ stage: m.stage, ruleId: m.ruleId, reason: m.reason, ...(m.start !== undefined && m.end !== undefined ? raw(doc, { start: m.start, end: m.end }) : {}) })),
    pipeline: doc.versions,
    stats: { sentences: doc.sentences?.length ?? 0, tokens: doc.tokens?.length ?? 0 },
  };
}
