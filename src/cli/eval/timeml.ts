// `dyad eval timeml DIR… [--errors]`: runs the pipeline on TimeML documents and scores its times as TempEval-3 does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DyadError } from '../../errors.js';
import { readTimeml, type TimexSpan } from '../../eval/timeml/reader.js';
import { addCounts, compareTimexes, timexScores, type TimexCounts, type TimexErrors } from '../../eval/timeml/score.js';
import type { Extractor } from '../../index.js';
import type { CliIo } from '../extract-command.js';
import { Sink } from '../output.js';
import { parseSetArgs, type EvalSet } from './sets.js';

// Dyad quotes "on Saturday", "in July" as readers do (and as the seed gold does); TimeML leaves the
// preposition out of the TIMEX3, so it is dropped here before comparing.
const LEADING_PREPOSITION = /^(?:on|in)\s+(?=\S)/i;

/**
 * The times Dyad produces for one TimeML document, as spans into its plain text, in TimeML's
 * convention (no leading "on"/"in").
 * @example producedTimexes(read, { text: 'It rained on Monday.', dct: '2001-03-07', timexes: [] }, 'a') // [{ start: 14, end: 20, text: 'Monday', … }]
 */
export function producedTimexes(read: Extractor, doc: { text: string; dct: string | null }, id: string): TimexSpan[] {
  const record = read({ id, text: doc.text, ...(doc.dct ? { published: doc.dct } : {}) });
  return record.times.map((t) => {
    const lead = LEADING_PREPOSITION.exec(t.text)?.[0].length ?? 0;
    return { start: t.start + lead, end: t.end, text: t.text.slice(lead), type: t.type, value: t.value };
  });
}

/** Scores every `.tml` file in each directory; prints per-directory and overall scores (and errors). Returns 0. */
export async function evalTimeml(dirs: string[], showErrors: boolean, io: CliIo, read: Extractor): Promise<number> {
  const out = new Sink(io.stdout);
  const totals: TimexCounts[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DyadError('INPUT_UNREADABLE', `${dir}: not a directory; give folders of .tml files`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
    const counts: TimexCounts[] = [];
    for (const file of files) {
      const doc = readTimeml(readFileSync(join(dir, file), 'utf8'));
      const result = compareTimexes(doc.timexes, producedTimexes(read, doc, file));
      counts.push(result.counts);
      if (showErrors) await out.write(formatErrors(file, doc.text, result.errors));
    }
    const sum = addCounts(...counts);
    totals.push(sum);
    await out.write(formatScores(`${basename(dir)} (${files.length} documents)`, sum));
  }
  if (dirs.length > 1) await out.write(formatScores(`overall (${dirs.length} directories)`, addCounts(...totals)));
  return 0;
}

/** Four lines of scores for `counts` under a heading. */
export function formatScores(heading: string, counts: TimexCounts): string {
  const s = timexScores(counts);
  const f = (n: number) => n.toFixed(3);
  return [
    `${heading}: ${counts.gold} gold TIMEX3, ${counts.produced} produced`,
    `  strict   P ${f(s.strict.precision)}  R ${f(s.strict.recall)}  F1 ${f(s.strict.f1)}`,
    `  relaxed  P ${f(s.relaxed.precision)}  R ${f(s.relaxed.recall)}  F1 ${f(s.relaxed.f1)}`,
    `  type accuracy ${f(s.typeAccuracy)}  value accuracy ${f(s.valueAccuracy)}  type F1 ${f(s.typeF1)}  value F1 ${f(s.valueF1)}`,
    '',
  ].join('\n');
}

function formatErrors(file: string, text: string, errors: TimexErrors): string {
  const lines: string[] = [];
  for (const { gold, produced } of errors.wrongValue) {
    lines.push(`${file}: value  "${produced.text}" = ${produced.value} (${produced.type}), gold "${gold.text}" = ${gold.value} (${gold.type})  | ${context(text, gold)}`);
  }
  for (const { gold, produced } of errors.wrongSpan) lines.push(`${file}: span   "${produced.text}", gold "${gold.text}"  | ${context(text, gold)}`);
  for (const g of errors.missed) lines.push(`${file}: missed "${g.text}" = ${g.value} (${g.type})  | ${context(text, g)}`);
  for (const p of errors.spurious) lines.push(`${file}: extra  "${p.text}" = ${p.value} (${p.type})  | ${context(text, p)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** The sentence around a span, on one line, with the span in [brackets]. */
function context(text: string, span: TimexSpan): string {
  let from = span.start;
  while (from > 0 && span.start - from < 200 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = span.end;
  while (to < text.length && to - span.end < 200 && !/[.!?\n]/.test(text[to]!)) to++;
  const line = `${text.slice(from, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, Math.min(text.length, to + 1))}`;
  return line.replace(/\s+/g, ' ').trim();
}

/** `dyad eval timeml DIR… [--errors]`. */
export const timemlSet: EvalSet = {
  name: 'timeml',
  summary: 'eval timeml DIR… [--errors]    TempEval-3 time scores (strict/relaxed span F1, type, value F1) on TimeML folders',
  async run(argv, io, read) {
    const { values, positionals } = parseSetArgs(argv, { errors: { type: 'boolean' } });
    if (positionals.length === 0) throw new DyadError('USAGE', 'eval timeml: name at least one folder of .tml files, e.g. ../shared/eval/timeml/timebank');
    return evalTimeml(positionals, values.errors === true, io, await read());
  },
};
