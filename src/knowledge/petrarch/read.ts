// Reads a folder of PETRARCH/TABARI dictionaries into typed structures; each file's kind comes from its name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DyadError } from '../../errors.js';
import { readActors } from './actors.js';
import { readAgents } from './agents.js';
import { readDiscards } from './discards.js';
import type { PetrarchDictionaries } from './types.js';
import { readVerbs } from './verbs.js';

export type DictionaryKind = 'verbs' | 'actors' | 'agents' | 'discards';

/**
 * The kind of a dictionary file from its name, as PETRARCH's config names them: `*verbs*` or `CAMEO*`
 * (verbs), `*actors*`, `*agents*`, `*discards*`; null for anything else (issue coding, ontology, licences).
 * @example dictionaryKind('PETR.Validate.verbs.txt') // 'verbs'; dictionaryKind('CAMEO.2.0.txt') // 'verbs'
 */
export function dictionaryKind(name: string): DictionaryKind | null {
  const n = name.toLowerCase();
  if (!n.endsWith('.txt')) return null;
  if (n.includes('verbs') || n.startsWith('cameo')) return 'verbs';
  if (n.includes('actors')) return 'actors';
  if (n.includes('agents')) return 'agents';
  if (n.includes('discards')) return 'discards';
  return null;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DyadError('KNOWLEDGE_INVALID', `cannot read dictionary file ${path}: ${(error as Error).message}`);
  }
}

/**
 * Reads every dictionary file in `dir` (verbs, actors, agents, discards; several of a kind are merged in
 * name order). Lines that cannot be read are skipped and listed in `warnings` with file and line; with
 * `strict: true` the first such line throws instead.
 * @throws DyadError KNOWLEDGE_INVALID when `dir` is not a folder, holds no dictionary file, or a file cannot be read.
 * @example const d = readPetrarchDictionaries('../shared/eval/dictionaries/petrarch2'); d.verbs.blocks.length
 */
export function readPetrarchDictionaries(dir: string, options: { strict?: boolean } = {}): PetrarchDictionaries {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new DyadError('KNOWLEDGE_INVALID', `cannot read the dictionary folder ${dir}: ${(error as Error).message}; give a folder of PETRARCH .txt dictionaries`);
  }
  const out: PetrarchDictionaries = {
    verbs: { blocks: [], synsets: [], transformations: [] },
    actors: [],
    agents: [],
    discards: [],
    files: { verbs: [], actors: [], agents: [], discards: [], ignored: [] },
    warnings: [],
  };
  for (const name of names) {
    const path = join(dir, name);
    const kind = dictionaryKind(name);
    if (!kind || !statSync(path).isFile()) {
      out.files.ignored.push(path);
      continue;
    }
    out.files[kind].push(path);
    const text = readText(path);
    if (kind === 'verbs') {
      const r = readVerbs(text, path);
      out.verbs.blocks.push(...r.dictionary.blocks);
      out.verbs.synsets.push(...r.dictionary.synsets);
      out.verbs.transformations.push(...r.dictionary.transformations);
      out.warnings.push(...r.warnings);
    } else {
      const r = kind === 'actors' ? readActors(text, path) : kind === 'agents' ? readAgents(text, path) : readDiscards(text, path);
      (out[kind] as unknown[]).push(...r.entries);
      out.warnings.push(...r.warnings);
    }
  }
  if (out.files.verbs.length + out.files.actors.length + out.files.agents.length + out.files.discards.length === 0) {
    throw new DyadError('KNOWLEDGE_INVALID', `${dir} holds no PETRARCH dictionary (*verbs*.txt, CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt)`);
  }
  if (options.strict && out.warnings.length > 0) {
    const w = out.warnings[0]!;
    throw new DyadError('KNOWLEDGE_INVALID', `${basename(w.file)}:${w.line}: ${w.reason} (${out.warnings.length} such lines in ${dir})`);
  }
  return out;
}
