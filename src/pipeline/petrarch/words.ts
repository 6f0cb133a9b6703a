// A sentence as the upper-case words PETRARCH's dictionaries are written in, each tied to the tokens it covers.
import type { Sentence, Token } from '../../document/document.js';

export interface Word {
  /** Upper-case text: "GONDOR", "'S", "N'T", "BARAD-DUR". */
  text: string;
  /** Token indices `[first, end)`. */
  first: number;
  end: number;
  /** wink's POS of the last token. */
  pos: string;
  start: number;
  stop: number;
}

/**
 * The words of sentence `s`: tokens joined by a hyphen with no space around it are one word
 * ("Barad-dur", "anti-" before a space), as dictionary phrases write them.
 * @example sentenceWords(tokens, s).map((w) => w.text) // ['ARNOR', "'S", 'BARAD-DUR', …]
 */
export function sentenceWords(tokens: readonly Token[], s: Sentence): Word[] {
  const words: Word[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i]!;
    const prev = words.at(-1);
    const glued = prev && prev.stop === t.start && (t.text === '-' || tokens[i - 1]!.text === '-') && /[\p{L}\d]/u.test(prev.text[0] ?? '');
    if (glued) {
      prev.text += t.text.toUpperCase();
      prev.end = i + 1;
      prev.stop = t.end;
      if (t.text !== '-') prev.pos = t.pos;
      continue;
    }
    words.push({ text: t.text.toUpperCase(), first: i, end: i + 1, pos: t.pos, start: t.start, stop: t.end });
  }
  return words;
}
