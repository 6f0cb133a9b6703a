// Loads a folder of PETRARCH dictionaries for coding: read, then compiled.
import { compileDictionaries, type CompiledDictionary } from './compile.js';
import { readPetrarchDictionaries } from './read.js';

/**
 * Reads and compiles the PETRARCH/TABARI dictionaries in `dir` (verbs, actors, agents, discards) for `createExtractor({ dictionary })`.
 * Unreadable lines are skipped and listed in `warnings` with file and line.
 * @throws DyadError KNOWLEDGE_INVALID when `dir` is not a folder of dictionaries or a file cannot be read.
 * @example createExtractor({ dictionary: loadPetrarchDictionary('../shared/eval/dictionaries/petrarch2') })
 */
export function loadPetrarchDictionary(dir: string): CompiledDictionary {
  return compileDictionaries(readPetrarchDictionaries(dir));
}
