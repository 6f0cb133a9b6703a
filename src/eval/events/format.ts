// Prints an event score as a table (per category, then overall) and, on request, the misses and false events.
import type { GoldEvent } from './gold.js';
import { prf, type EventScorer, type Tally } from './score.js';

const pct = (x: number) => x.toFixed(3);

function row(name: string, t: Tally, hasCameo: boolean): string {
  const cells = [name.padEnd(14), String(t.sentences).padStart(5), String(t.gold).padStart(5), String(t.produced).padStart(5)];
  if (hasCameo) {
    for (const tp of [t.rootTp, t.codeTp]) {
      const s = prf(tp, t.produced, t.gold);
      cells.push(`${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`.padEnd(21));
    }
  }
  cells.push(t.ploverGold ? `${pct(t.ploverTp / t.ploverGold)} (${t.ploverTp}/${t.ploverGold})` : '  -');
  return cells.join('  ');
}

/**
 * The score table: one line per category (sorted by name), then the overall line and a one-line summary.
 * @example formatEventScore('petrarch2-gsr', scorer, true) // "category  sents  gold  coded  (src,tgt,root) P R F1 …"
 */
export function formatEventScore(setName: string, scorer: EventScorer, hasCameo: boolean): string {
  const head = ['category'.padEnd(14), 'sents', ' gold', 'coded'];
  if (hasCameo) head.push('(src,tgt,root) P R F1', 'full code P R F1'.padEnd(21));
  head.push('PLOVER acc');
  const lines = [head.join('  ')];
  for (const [name, t] of [...scorer.byCategory].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(name, t, hasCameo));
  const o = scorer.overall;
  lines.push(row('OVERALL', o, hasCameo));
  const r = prf(o.rootTp, o.produced, o.gold);
  const c = prf(o.codeTp, o.produced, o.gold);
  const summary = [`${setName}: ${o.sentences} sentences (${o.noEventSentences} with no event), ${o.gold} gold codings, ${o.produced} events coded (${o.falseOnNoEvent} on no-event sentences)`];
  if (hasCameo) summary.push(`(source, target, root) F1 ${pct(r.f1)}; full-code F1 ${pct(c.f1)}`);
  summary.push(`PLOVER type accuracy ${o.ploverGold ? pct(o.ploverTp / o.ploverGold) : '-'} (${o.ploverTp}/${o.ploverGold} gold events with a PLOVER type; ${o.ploverProduced} coded events have one)`);
  return `${lines.join('\n')}\n${summary.join('\n')}\n`;
}

const goldLabel = (g: GoldEvent) => `${g.source ?? '---'} → ${g.target ?? '---'} ${g.cameo ?? ''}${g.plover ? ` ${g.plover}` : ''}`.replace(/ +/g, ' ');

/** The misses and false events sentence by sentence, then the error classes by frequency. */
export function formatEventErrors(scorer: EventScorer): string {
  const out: string[] = [];
  for (const e of scorer.errors) {
    out.push(`\n[${e.sentence.id}] (${e.sentence.category}) ${e.sentence.text}`);
    for (const m of e.misses) out.push(`  MISS   ${goldLabel(m.gold)}  — ${m.errorClass}`);
    for (const f of e.falseEvents) out.push(`  FALSE  ${f.event.label}  — ${f.errorClass}`);
  }
  out.push('\nerror classes:');
  for (const [name, n] of [...scorer.errorClasses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${String(n).padStart(4)}  ${name}`);
  return `${out.join('\n')}\n`;
}
