// `dyad eval events --set NAME`: runs the pipeline on each gold sentence of an event set and prints P/R/F1 and PLOVER accuracy.
import { join, resolve } from 'node:path';
import { DyadError } from '../../errors.js';
import { formatEventErrors, formatEventScore } from '../../eval/events/format.js';
import { GOLD_SET_FILES, GOLD_SET_NAMES, readGoldSet, type GoldSetName } from '../../eval/events/gold.js';
import { producedActorKey } from '../../eval/events/actor-key.js';
import { EventScorer, ploverFromTable, splitEvents, type CodedEvent } from '../../eval/events/score.js';
import type { Extractor } from '../../index.js';
import { defaultKnowledgeDir, loadKnowledge } from '../../knowledge/knowledge.js';
import { report, type CliIo } from '../extract-command.js';
import { Sink } from '../output.js';
import { parseSetArgs, type EvalSet } from './sets.js';

/** `../shared/eval/events` beside the package: where the gold sets are read at run time. */
export function defaultEventsDir(): string {
  return resolve(defaultKnowledgeDir(), '..', '..', 'shared', 'eval', 'events');
}

/** The scoring rules, printed by `dyad eval events --help`. */
export const EVENT_SCORING_RULES = `Usage: dyad eval events --set ${GOLD_SET_NAMES.join('|')} [--errors] [--limit N] [--gold FILE] [--dictionary DIR]

Runs Dyad's pipeline on each gold sentence (published = the sentence's date) and scores the events.
  --set     petrarch-unit  ../shared/eval/events/${GOLD_SET_FILES['petrarch-unit']}
            petrarch2-gsr  ../shared/eval/events/${GOLD_SET_FILES['petrarch2-gsr']}
            plover-gsr     ../shared/eval/events/${GOLD_SET_FILES['plover-gsr']}
  --gold    read the set's JSONL from FILE instead
  --errors  list each sentence's misses and false events, then the error classes
  --limit   score only the first N sentences
  --dictionary  code with the PETRARCH/TABARI dictionaries in DIR instead of Dyad's patterns
            (e.g. ../shared/eval/events/petrarch-unit, ../shared/eval/dictionaries/petrarch2)

Scoring rules:
  - Counted events: Dyad's events with modality "asserted" and negated false (future, intended,
    hypothetical and negated events are not events that happened).
  - Actors are compared by key. A gold CAMEO actor code keys on its first three letters: the country
    ("USAGOV" → USA, "PSEGZA" → PSE), with CAMEO's non-ISO codes mapped (ROM → ROU, TMP → TLS,
    WSB/GZS → PSE); IGO…, NGO…/NGM…, IMG…, MNC… key on that kind ("IGOUNO" → IGO); "---", "---GOV"
    and other unknown codes key as null. A Dyad actor keys on its ISO country, or IGO/NGO/IMG when it
    has no country and that is its sector, else null (an absent target is null). null matches only null.
  - (source, target, root): a coded event matches a gold coding when both actor keys and the first two
    digits of the CAMEO code are equal. Full code: the same with the whole code equal.
  - Several codings in a sentence: gold and coded events are paired one to one, greedily in gold
    order (keys are equalities, so greedy pairing is maximal). Unpaired gold codings are misses;
    unpaired coded events are false events, including every event coded on a no-event sentence.
    P = matched / coded, R = matched / gold, F1 their harmonic mean, summed over sentences.
  - PLOVER type accuracy: gold events with a PLOVER type (plover-gsr: the record's "event"; PETRARCH
    sets: the gold CAMEO code mapped through Dyad's knowledge/cameo.json, then its parent codes;
    CAMEO 01 statements have none) paired one to one on type alone with coded events that have
    one (the record's plover: its pattern's type where the words tell one, as "indicted" is ACCUSE
    though CAMEO 173, else its CAMEO code mapped through the same table); accuracy = pairs / typed
    gold events.
  - Categories: the set's "category" (PETRARCH sets); plover-gsr's gold event type.
`;

/** Scores `read` on the sentences of `set` (from `file`) and prints the table, and the errors when asked. */
export async function evalEvents(set: GoldSetName, file: string, io: CliIo, read: Extractor, options: { errors: boolean; limit: number | null }): Promise<number> {
  const gold = readGoldSet(set, file);
  const table = loadKnowledge().cameo;
  const ploverOf = ploverFromTable(table);
  const scorer = new EventScorer(gold.hasCameo, ploverOf);
  const sentences = options.limit === null ? gold.sentences : gold.sentences.slice(0, options.limit);
  let failed = 0;
  for (const sentence of sentences) {
    let produced: CodedEvent[] = [];
    let withheld: CodedEvent[] = [];
    let found: Set<string> | null = null;
    try {
      const record = read({ id: sentence.id, text: sentence.text, published: sentence.published });
      ({ counted: produced, withheld } = splitEvents(record));
      found = new Set(record.entities.map((e) => producedActorKey(e)).filter((k): k is string => k !== null));
    } catch (error) {
      failed++;
      report(io, `${file}: ${sentence.id}: could not extract events: ${(error as Error).message}`);
    }
    scorer.add(sentence, produced, { actorsFound: found, withheld });
  }
  const sink = new Sink(io.stdout);
  const skipped = gold.skipped.map((s) => `skipped ${s.id} (line ${s.line}): ${s.reason}\n`).join('');
  await sink.write(`${file}${options.limit === null ? '' : ` (first ${sentences.length})`}\n${skipped}${formatEventScore(set, scorer, gold.hasCameo)}`);
  if (options.errors) await sink.write(formatEventErrors(scorer));
  return failed > 0 ? 1 : 0;
}

/** `dyad eval events --set NAME [--errors] [--limit N] [--gold FILE] [--dictionary DIR]`. */
export const eventsSet: EvalSet = {
  name: 'events',
  summary: `eval events --set SET [--errors]  event P/R/F1, PLOVER accuracy on ${GOLD_SET_NAMES.join(', ')} (rules: dyad eval events --help)`,
  async run(argv, io, read) {
    const { values } = parseSetArgs(argv, {
      set: { type: 'string' },
      errors: { type: 'boolean' },
      limit: { type: 'string' },
      gold: { type: 'string' },
      dictionary: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await new Sink(io.stdout).write(EVENT_SCORING_RULES);
      return 0;
    }
    const set = values.set;
    if (typeof set !== 'string' || !(GOLD_SET_NAMES as readonly string[]).includes(set)) {
      throw new DyadError('USAGE', `eval events needs --set ${GOLD_SET_NAMES.join('|')} (got ${typeof set === 'string' ? JSON.stringify(set) : 'none'})`);
    }
    let limit: number | null = null;
    if (typeof values.limit === 'string') {
      if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1) throw new DyadError('USAGE', `--limit ${JSON.stringify(values.limit)} is not a positive whole number; give e.g. --limit 20`);
      limit = Number(values.limit);
    }
    const name = set as GoldSetName;
    const file = typeof values.gold === 'string' ? values.gold : join(defaultEventsDir(), GOLD_SET_FILES[name]);
    const dictionary = typeof values.dictionary === 'string' ? values.dictionary : undefined;
    return evalEvents(name, file, io, await read(dictionary === undefined ? {} : { dictionary }), { errors: values.errors === true, limit });
  },
};
