// Builds the extractor for `--dictionary DIR`: loads the user's PETRARCH dictionaries, says how long it took and which lines were skipped.
import type { Extractor } from '../index.js';
import type { CompiledDictionary } from '../knowledge/petrarch/compile.js';
import { report, type CliIo } from './extract-command.js';

/** What a command asks of the extractor it loads. */
export interface LoadOptions {
  /** A folder of PETRARCH/TABARI dictionaries that code the events instead of Dyad's patterns. */
  dictionary?: string;
}

// Skipped lines listed one by one on stderr, before "… and N more".
const LISTED_WARNINGS = 5;

/**
 * The user's PETRARCH dictionaries in `dir`. Reports on stderr their size and load time, and the lines
 * skipped (file:line: reason).
 * @throws DyadError KNOWLEDGE_INVALID naming the folder or file that cannot be read.
 */
export async function loadDictionary(dir: string, io: CliIo): Promise<CompiledDictionary> {
  const { loadPetrarchDictionary } = await import('../index.js');
  const started = performance.now();
  const dictionary = loadPetrarchDictionary(dir);
  const ms = Math.round(performance.now() - started);
  const patterns = new Set([...dictionary.verbs.values()].flat().map((v) => v.block)).size;
  report(io, `dictionary ${dir}: ${dictionary.actors.size} actor phrases, ${dictionary.agents.size} agent phrases, ${dictionary.verbs.size} verb forms in ${patterns} blocks, ${dictionary.discards.length} discards, loaded in ${ms} ms`);
  for (const w of dictionary.warnings.slice(0, LISTED_WARNINGS)) report(io, `${w.file}:${w.line}: skipped: ${w.reason}`);
  if (dictionary.warnings.length > LISTED_WARNINGS) report(io, `… and ${dictionary.warnings.length - LISTED_WARNINGS} more dictionary lines skipped`);
  return dictionary;
}

/**
 * The library's extractor, with the dictionaries in `options.dictionary` when given (see `loadDictionary`).
 * @throws DyadError KNOWLEDGE_INVALID naming the folder or file that cannot be read.
 */
export async function loadExtractor(options: LoadOptions, io: CliIo): Promise<Extractor> {
  const { createExtractor } = await import('../index.js');
  if (options.dictionary === undefined) return createExtractor();
  return createExtractor({ dictionary: await loadDictionary(options.dictionary, io) });
}
