// Turns read PETRARCH dictionaries into what the coder looks things up in: phrase indexes, verb forms, parsed patterns.
import { parsePattern, expandSynsets, type ParsedPattern } from './pattern.js';
import { phraseWords, pluralPhrase, WordPhraseIndex } from './phrases.js';
import type { ActorRole, DictionaryWarning, PetrarchDictionaries, VerbCode } from './types.js';
import { verbSurfaces } from './verb-forms.js';

export interface DictActor {
  /** The entry's phrase as written ("GOLLUM"), for the record's actor name. */
  name: string;
  roles: ActorRole[];
}

export interface DictAgent {
  code: string;
  position: 'suffix' | 'prefix';
}

export interface CompiledPattern extends ParsedPattern {
  code: VerbCode;
  /** `file:line`, recorded on each event the pattern codes. */
  id: string;
}

export interface CompiledBlock {
  name: string;
  code: VerbCode;
  /** Most specific first (by weight, then file order). */
  patterns: CompiledPattern[];
}

/** One surface form of a verb ("BROKE DOWN"): its words, which one is the verb, its block and its own code. */
export interface VerbEntry {
  words: string[];
  head: number;
  block: CompiledBlock;
  code: VerbCode | null;
}

export interface CompiledDictionary {
  actors: WordPhraseIndex<DictActor>;
  agents: WordPhraseIndex<DictAgent>;
  /** Verb entries by the upper-case form of their inflected word. */
  verbs: Map<string, VerbEntry[]>;
  /** Discard phrases, upper-case words joined by single spaces. */
  discards: { phrase: string; scope: 'story' | 'sentence' }[];
  files: PetrarchDictionaries['files'];
  /** Lines the reader skipped and patterns that could not be used, each naming file and line. */
  warnings: DictionaryWarning[];
}

/**
 * Compiles read dictionaries for coding. Patterns that cannot be used (no `*`, an undefined synset) are left
 * out with a warning naming their file and line, as PETRARCH ignores them.
 * @example compileDictionaries(readPetrarchDictionaries(dir)).verbs.get('MET')
 */
export function compileDictionaries(d: PetrarchDictionaries): CompiledDictionary {
  const warnings = [...d.warnings];
  const actors = new WordPhraseIndex<DictActor>();
  for (const a of d.actors) {
    const value = { name: a.phrase.replace(/_+$/, '').replace(/_/g, ' '), roles: a.roles };
    for (const phrase of [a.phrase, ...a.synonyms]) actors.add(phraseWords(phrase), value);
  }
  const agents = new WordPhraseIndex<DictAgent>();
  for (const g of d.agents) {
    const words = phraseWords(g.phrase);
    const value = { code: g.code, position: g.position };
    agents.add(words, value);
    // "{}": no plural; "{ATTORNEYS_GENERAL}": that one; absent: the regular one
    const plurals = g.plurals === null ? (g.phrase.endsWith('_') ? [] : [pluralPhrase(words)]) : g.plurals.map(phraseWords);
    for (const p of plurals) agents.add(p, value);
  }
  const synsets = expandSynsets(d.verbs.synsets);
  const verbs = new Map<string, VerbEntry[]>();
  for (const b of d.verbs.blocks) {
    const patterns: CompiledPattern[] = [];
    for (const p of b.patterns) {
      const parsed = parsePattern(p.pattern, synsets);
      if (typeof parsed === 'string') warnings.push({ file: b.file, line: p.line, reason: parsed });
      else patterns.push({ ...parsed, code: p.code, id: `${b.file.split(/[\\/]/).pop()}:${p.line}` });
    }
    const block: CompiledBlock = { name: b.name, code: b.code, patterns: patterns.map((p, k) => ({ p, k })).sort((x, y) => y.p.weight - x.p.weight || x.k - y.k).map((x) => x.p) };
    for (const v of b.verbs) {
      for (const shape of verbSurfaces(v.word, v.forms)) {
        const key = shape.words[shape.head]!;
        const entry: VerbEntry = { ...shape, block, code: v.code };
        const list = verbs.get(key);
        if (list) list.push(entry);
        else verbs.set(key, [entry]);
      }
    }
  }
  const discards = d.discards.map((x) => ({ phrase: phraseWords(x.phrase).join(' '), scope: x.scope }));
  return { actors, agents, verbs, discards, files: d.files, warnings };
}
