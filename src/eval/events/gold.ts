// Readers for the event gold sets in ../shared/eval/events (PETRARCH unit tests, PETRARCH-2 GSR, PLOVER GSR), read at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DyadError } from '../../errors.js';

/** One gold coding. Actor codes are CAMEO actor codes as the set writes them ("USAGOV", "IGOUNO", "---"). */
export interface GoldEvent {
  source: string | null;
  target: string | null;
  /** Full CAMEO code ("042", "1124"); null in sets that code only PLOVER. */
  cameo: string | null;
  /** PLOVER event type when the set gives one; otherwise the scorer maps `cameo` through Dyad's table. */
  plover: string | null;
}

/** One gold sentence with every coding the annotators gave it (none: a no-event sentence). */
export interface GoldSentence {
  id: string;
  text: string;
  /** YYYY-MM-DD, or null when the set has no dates. */
  published: string | null;
  /** The set's category ("AFP", "SYNSET"); for PLOVER GSR the gold event type. */
  category: string;
  events: GoldEvent[];
}

export interface GoldSet {
  name: GoldSetName;
  file: string;
  /** True when gold codings carry CAMEO codes and actors, so dyad and code F1 can be scored. */
  hasCameo: boolean;
  sentences: GoldSentence[];
  /** Lines left out of scoring, with the reason (a sentence whose text is empty in the set). */
  skipped: { id: string; line: number; reason: string }[];
}

export const GOLD_SET_NAMES = ['petrarch-unit', 'petrarch2-gsr', 'plover-gsr'] as const;
export type GoldSetName = (typeof GOLD_SET_NAMES)[number];

/** Each set's file under the events folder (`../shared/eval/events`). */
export const GOLD_SET_FILES: Record<GoldSetName, string> = {
  'petrarch-unit': join('petrarch-unit', 'petr_unittest.jsonl'),
  'petrarch2-gsr': join('petrarch2-gsr', 'petr2_gsr_validation.jsonl'),
  'plover-gsr': join('plover-gsr', 'plover_gsr.jsonl'),
};

const code = z.string().nullable().optional();

/** PETRARCH unit tests and PETRARCH-2 GSR share one flattened shape. */
const petrarchLine = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^(\d{2})?\d{6}$/, 'date must be YYYYMMDD or YYMMDD').nullable().optional(),
  category: z.string().min(1),
  text: z.string(),
  events: z.array(z.object({ source: code, target: code, cameo: z.string().regex(/^\d{2,4}[A-Z]?$/, 'cameo must be 2 to 4 digits (a test-only letter may follow: "174K")'), plover: z.string().nullable().optional() })),
  noevents: z.boolean().optional(),
});

const ploverActor = z.object({ text: z.string().nullable().optional(), code: z.string().nullable().optional() });
const ploverLine = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  event: z.string().min(1),
  actor: z.array(ploverActor),
  recipient: z.array(ploverActor),
});

const blankCode = (c: string | null | undefined): string | null => (c && c.trim() ? c.trim() : null);

/** "20080804" → "2008-08-04"; TABARI's six digits "121108" → "2012-11-08" (years before 50 are 20xx). */
function isoDate(date: string): string {
  const full = date.length === 6 ? `${Number(date.slice(0, 2)) < 50 ? '20' : '19'}${date}` : date;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

function parsePetrarch(raw: unknown): GoldSentence {
  const r = petrarchLine.parse(raw);
  return {
    id: r.id,
    text: r.text,
    published: r.date ? isoDate(r.date) : null,
    category: r.category,
    events: r.events.map((e) => ({ source: blankCode(e.source), target: blankCode(e.target), cameo: e.cameo, plover: e.plover ?? null })),
  };
}

function parsePlover(raw: unknown): GoldSentence {
  const r = ploverLine.parse(raw);
  return {
    id: r.id,
    text: r.text,
    published: null,
    category: r.event,
    events: [{ source: blankCode(r.actor[0]?.code), target: blankCode(r.recipient[0]?.code), cameo: null, plover: r.event }],
  };
}

/**
 * Reads one gold set from its JSONL file. Blank lines are skipped; a sentence with empty text (one in
 * PETRARCH-2 GSR lost its text) is listed in `skipped` and not scored.
 * @throws DyadError INPUT_UNREADABLE when the file is missing, INPUT_JSON / INPUT_FIELD naming file and line otherwise.
 * @example readGoldSet('petrarch2-gsr', '../shared/eval/events/petrarch2-gsr/petr2_gsr_validation.jsonl').sentences.length // 78
 */
export function readGoldSet(name: GoldSetName, file: string): GoldSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DyadError('INPUT_UNREADABLE', `${file}: cannot read the ${name} gold set (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give its path with --gold FILE`);
  }
  const parse = name === 'plover-gsr' ? parsePlover : parsePetrarch;
  const sentences: GoldSentence[] = [];
  const skipped: GoldSet['skipped'] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new DyadError('INPUT_JSON', `${file}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    try {
      const sentence = parse(raw);
      if (sentence.text.trim()) sentences.push(sentence);
      else skipped.push({ id: sentence.id, line: i + 1, reason: `empty text (${sentence.events.length} gold codings not scored)` });
    } catch (error) {
      const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
      const where = issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : (error as Error).message;
      throw new DyadError('INPUT_FIELD', `${file}:${i + 1}: not a ${name} gold line at ${where}`);
    }
  });
  return { name, file, hasCameo: name !== 'plover-gsr', sentences, skipped };
}
