// `dyad eval seed`: reads the seed article, extracts it and scores the record against the analyst's gold reading.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DyadError } from '../../errors.js';
import { formatSeedScore, parseSeedGold, scoreSeed } from '../../eval/seed-score.js';
import type { Extractor } from '../../index.js';
import { defaultKnowledgeDir } from '../../knowledge/knowledge.js';
import type { CliIo } from '../extract-command.js';
import { Sink } from '../output.js';
import { parseSetArgs, type EvalSet } from './sets.js';

/** `../shared/seed/gold.json` beside the package, the default gold reading. */
export function defaultSeedGold(): string {
  return resolve(defaultKnowledgeDir(), '..', '..', 'shared', 'seed', 'gold.json');
}

/**
 * Scores the seed article named by `goldPath` (its `document.file`, read from the same folder) and prints
 * one line per check. Returns 0 when every check passes, 1 otherwise.
 * @example await evalSeed('../shared/seed/gold.json', io, read) // prints "✓ required events 9/9 …"
 */
export async function evalSeed(goldPath: string, io: CliIo, read: Extractor): Promise<number> {
  if (!existsSync(goldPath)) throw new DyadError('INPUT_UNREADABLE', `${goldPath}: no gold file there; give one with --gold FILE`);
  const gold = parseSeedGold(JSON.parse(readFileSync(goldPath, 'utf8')));
  const articlePath = join(dirname(goldPath), gold.document.file);
  const record = read({ id: gold.document.file, text: readFileSync(articlePath, 'utf8'), published: gold.document.published });
  const score = scoreSeed(record, gold);
  await new Sink(io.stdout).write(`${articlePath} (published ${gold.document.published})\n${formatSeedScore(score)}\n`);
  return score.pass ? 0 : 1;
}

/** `dyad eval seed [--gold FILE]`. */
export const seedSet: EvalSet = {
  name: 'seed',
  summary: 'eval seed [--gold FILE]        score the seed article against its gold reading (default ../shared/seed/gold.json)',
  async run(argv, io, read) {
    const { values } = parseSetArgs(argv, { gold: { type: 'string' } });
    const gold = values.gold;
    return evalSeed(typeof gold === 'string' ? gold : defaultSeedGold(), io, await read());
  },
};
