// PETRARCH's discards: a sentence holding a discard phrase is not coded; a story-level one ("+TYPHOON") stops the whole story.
import type { CompiledDictionary } from '../../knowledge/petrarch/compile.js';
import type { Word } from './words.js';

/**
 * The scope of the first discard phrase found in the words, matched from the start of a word
 * (as PETRARCH looks for " PHRASE" in the text); null when none is.
 * @example discardIn(words, dict) // 'story' for "… after a storm flooded its embassy" with "+STORM"
 */
export function discardIn(words: readonly Word[], dict: CompiledDictionary): 'story' | 'sentence' | null {
  if (dict.discards.length === 0) return null;
  const text = ` ${words.map((w) => w.text).join(' ')}`;
  let found: 'story' | 'sentence' | null = null;
  for (const d of dict.discards) {
    if (!text.includes(` ${d.phrase}`)) continue;
    if (d.scope === 'story') return 'story';
    found = 'sentence';
  }
  return found;
}
