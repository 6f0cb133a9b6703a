// Cross-article actor knowledge: people the store has learned become known people for the extractor.
import type { Knowledge } from '../knowledge/knowledge.js';
import type { KnownPerson } from '../knowledge/people.js';
import type { EventRecord } from '../document/record.js';
import type { LearnedPerson } from '../store/store.js';
import { sectorSchema } from '../knowledge/sector.js';

/**
 * The people an article teaches: named in full ("Anna Kowalczyk"), with a title that gives their
 * country and sector ("Polish Foreign Minister").
 */
export function peopleTaught(record: EventRecord): LearnedPerson[] {
  const out: LearnedPerson[] = [];
  for (const e of record.entities) {
    if (e.type !== 'PERSON' || e.country === null || e.sector === null || e.roles.length === 0 || !e.name.includes(' ')) continue;
    out.push({ name: e.name, country: e.country, sector: e.sector, role: e.roles[0]!, from: record.document.published });
  }
  return out;
}

/**
 * Adds learned people to the knowledge's index of known people, by full name and by surname, so a
 * later story's bare "Kowalczyk" is coded POLGOV. A name the knowledge already holds keeps its
 * entry (with its dated offices), and is taught by surname all the same: "Ishaq Dar" is listed, and
 * a later "Dar accused India" is his. A surname stays with the first person taught it (`surnames`
 * counts them across calls) and never displaces one the knowledge already holds.
 * @returns how many people were added.
 */
export function teach(kb: Knowledge, people: LearnedPerson[], surnames: Map<string, number> = new Map()): number {
  let added = 0;
  for (const p of people) {
    const sector = sectorSchema.safeParse(p.sector);
    if (!sector.success) continue;
    const listed = kb.people.names.get(p.name);
    const person: KnownPerson = listed ?? { name: p.name, terms: [{ role: p.role, country: p.country, sector: sector.data, from: p.from ?? '0001-01-01', to: null }] };
    if (!listed) {
      kb.people.names.add(p.name, person);
      added++;
    }
    const surname = p.name.split(/\s+/).at(-1)!;
    const seen = (surnames.get(surname.toLowerCase()) ?? 0) + 1;
    surnames.set(surname.toLowerCase(), seen);
    if (seen === 1) kb.people.names.add(surname, person);
  }
  return added;
}

/**
 * People taught during a run, each lesson taking effect from a fixed input number on. Articles are
 * read ahead on several threads while earlier ones are still being stored, so "as soon as it is
 * stored" would depend on the thread count and timing; "from input t + {@link TEACH_LAG}" does not,
 * and the ingest guarantees the lesson has arrived by then.
 */
export class Lessons {
  private pending: { fromSeq: number; people: LearnedPerson[] }[] = [];
  private readonly surnames = new Map<string, number>();

  constructor(private readonly kb: Knowledge) {}

  /** People known before the run: in effect at once. */
  teachNow(people: LearnedPerson[]): void {
    teach(this.kb, people, this.surnames);
  }

  add(people: LearnedPerson[], fromSeq: number): void {
    this.pending.push({ fromSeq, people });
  }

  /** Applies every lesson due by input `seq`; call before reading that input. */
  applyUpTo(seq: number): void {
    if (this.pending.length === 0) return;
    const due = this.pending.filter((l) => l.fromSeq <= seq);
    if (due.length === 0) return;
    this.pending = this.pending.filter((l) => l.fromSeq > seq);
    for (const l of due.sort((a, b) => a.fromSeq - b.fromSeq)) teach(this.kb, l.people, this.surnames);
  }
}

/** How many inputs after the one that taught it a lesson takes effect; more than a batch plus the read-ahead of any pool. */
export const TEACH_LAG = 512;
