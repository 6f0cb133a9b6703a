// The `dyad` command line as a function: run(argv, io) → exit code, testable in-process with fake streams.
import { DyadError } from '../errors.js';
import type { Extractor } from '../index.js';
import { extractCommand, report, type CliIo } from './extract-command.js';
import { defaultSeedGold, evalSeed } from './eval-command.js';
import { HELP, packageVersion } from './help.js';
import { parseCommand, type Command } from './options.js';
import { Sink } from './output.js';

export type { CliIo } from './extract-command.js';

export interface RunDeps {
  /** Builds the extractor; default: the library's `createExtractor()`, loaded only when needed. */
  loadExtractor?: () => Extractor | Promise<Extractor>;
}

const defaultLoader = async (): Promise<Extractor> => (await import('../index.js')).createExtractor();

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
    const read = await (deps.loadExtractor ?? defaultLoader)();
    if (command.name === 'eval') return await evalSeed(command.gold ?? defaultSeedGold(), io, read);
    return await extractCommand(command.options, io, read);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report(io, error instanceof DyadError ? message : `unexpected error: ${message}`);
    return 1;
  }
}
