// The `dyad` command line as a function: run(argv, io) → exit code, testable in-process with fake streams.
import { DyadError } from '../errors.js';
import type { Extractor } from '../index.js';
import { extractCommand, report, type CliIo } from './extract-command.js';
import { loadExtractor, type LoadOptions } from './dictionary-loader.js';
import { EVAL_SETS } from './eval/sets.js';
import { HELP, packageVersion } from './help.js';
import { parseCommand, type Command, type StoreCommand } from './options.js';
import { Sink } from './output.js';

export type { CliIo } from './extract-command.js';

export interface RunDeps {
  /** Builds the extractor; default: the library's `createExtractor()` (with `--dictionary`, the user's dictionaries), loaded only when needed. */
  loadExtractor?: (options: LoadOptions) => Extractor | Promise<Extractor>;
}

/** Commands over the store, loaded when run (each parses its own options). */
const STORE_COMMANDS: Record<StoreCommand, (argv: string[], io: CliIo) => Promise<number>> = {
  ingest: async (argv, io) => (await import('./ingest-command.js')).ingestCommand(argv, io),
  events: async (argv, io) => (await import('./events-command.js')).eventsCommand(argv, io),
  export: async (argv, io) => (await import('../export/export-command.js')).exportCommand(argv, io),
  timeline: async (argv, io) => (await import('../analytics/timeline-command.js')).timelineCommand(argv, io),
  actors: async (argv, io) => (await import('../analytics/actors-command.js')).actorsCommand(argv, io),
  actor: async (argv, io) => (await import('../analytics/actor-command.js')).actorCommand(argv, io),
  search: async (argv, io) => (await import('../analytics/search-command.js')).searchCommand(argv, io),
  dyads: async (argv, io) => (await import('../analytics/dyads-command.js')).dyadsCommand(argv, io),
  serve: async (argv, io) => (await import('../server/serve-command.js')).serveCommand(argv, io),
};

/**
 * Runs `dyad` with `argv` (without `node` and the script name).
 * Never throws: a usage error prints one line and returns 2; any unexpected error prints one line and returns 1.
 * @example process.exitCode = await run(['extract', 'a.txt'], process)
 */
export async function run(argv: string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    report(io, `${(error as Error).message}; run 'dyad --help' for usage`);
    return 2;
  }
  try {
    if (command.name === 'help' || command.name === 'version') {
      await new Sink(io.stdout).write(command.name === 'help' ? HELP : `dyad ${packageVersion()}\n`);
      return 0;
    }
    const load = async (options: LoadOptions = {}) => (deps.loadExtractor ? deps.loadExtractor(options) : loadExtractor(options, io));
    if (command.name === 'eval') return await EVAL_SETS.find((s) => s.name === command.set)!.run(command.argv, io, load);
    if (command.name !== 'extract') return await STORE_COMMANDS[command.name](command.argv, io);
    return await extractCommand(command.options, io, await load({ dictionary: command.options.dictionary }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DyadError && error.code === 'USAGE') {
      report(io, `${message}; run 'dyad --help' for usage`);
      return 2;
    }
    report(io, error instanceof DyadError ? message : `unexpected error: ${message}`);
    return 1;
  }
}
