// Reads a PETRARCH discard list: `+PHRASE` discards the story, a bare `PHRASE` only the sentence.
import type { DictionaryWarning, DiscardEntry } from './types.js';
import { dictLines } from './types.js';

/**
 * Reads a discard dictionary, one phrase a line.
 * @example readDiscards('+TYPHOON\nBASEBALL\n', 'd.txt').entries.map((e) => e.scope) // ['story', 'sentence']
 */
export function readDiscards(content: string, file: string): { entries: DiscardEntry[]; warnings: DictionaryWarning[] } {
  const entries: DiscardEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  for (const { line, text } of dictLines(content)) {
    const t = text.trim();
    const story = t.startsWith('+');
    const phrase = (story ? t.slice(1) : t).trim();
    if (!phrase) warnings.push({ file, line, reason: 'a "+" with no phrase after it' });
    else entries.push({ phrase, scope: story ? 'story' : 'sentence', file, line });
  }
  return { entries, warnings };
}
