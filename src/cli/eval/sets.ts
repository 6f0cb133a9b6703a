// The evaluation sets `dyad eval SET` knows: each a file of its own beside this one, registered here.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DyadError } from '../../errors.js';
import type { Extractor } from '../../index.js';
import type { LoadOptions } from '../dictionary-loader.js';
import type { CliIo } from '../extract-command.js';
import { conllSet } from './conll.js';
import { eventsSet } from './events.js';
import { seedSet } from './seed.js';
import { timemlSet } from './timeml.js';

/** One evaluation: parses its own arguments, reads its data at run time, prints its scores. */
export interface EvalSet {
  name: string;
  /** One line for `dyad --help`. */
  summary: string;
  /** Runs with the arguments after `dyad eval NAME`; returns the exit code (0 scored, 1 failed checks or unreadable data). */
  run(argv: string[], io: CliIo, read: (options?: LoadOptions) => Promise<Extractor>): Promise<number>;
}

export const EVAL_SETS: readonly EvalSet[] = [seedSet, timemlSet, eventsSet, conllSet];

/**
 * Parses an eval set's arguments; a bad option is a USAGE error (exit 2) naming it.
 * @example parseSetArgs(['--gold', 'g.json'], { gold: { type: 'string' } }).values.gold // 'g.json'
 */
export function parseSetArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new DyadError('USAGE', `eval: ${(error as Error).message}`);
  }
}
