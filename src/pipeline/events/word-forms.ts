// The forms a token can match a pattern word by: its lemma, its lower-case form, and the stem of a regular
// "-d" or "-s" form the lemmatiser missed ("staged" comes back as "stag", so "stage" is tried too), or of an
// "-ing" form it left whole ("arresting" tagged as a noun).
import type { Token } from '../../document/document.js';

/**
 * The lemma, the lower-case form and, for a word ending in "ed" or "es", the same without its last letter:
 * "staged" → ["stag", "staged", "stage"]; "attacked" → ["attack", "attacked", "attacke"] (a non-word no pattern holds);
 * for an "-ing" word left as its own lemma, the word without "ing": "arresting" → ["arresting", "arrest"]; and
 * for an "-ed" word the lemmatiser left whole, also the word without "-ed": "ransacked" → [..., "ransack"].
 * @example wordForms({ normal: 'staged', lemma: 'stag' } as Token) // ['stag', 'staged', 'stage']
 */
export function wordForms(t: Pick<Token, 'normal' | 'lemma'>): string[] {
  const forms = t.lemma === t.normal ? [t.lemma] : [t.lemma, t.normal];
  if (endsInE(t.normal, 'd') || endsInE(t.normal, 's')) {
    const stem = t.normal.slice(0, -1);
    if (stem !== t.lemma) forms.push(stem);
  }
  if (t.lemma === t.normal && t.normal.endsWith('ing')) forms.push(t.normal.slice(0, -3));
  // "ransacked", "beheaded" come back whole: try the word without its "-ed" too.
  if (t.lemma === t.normal && endsInE(t.normal, 'd') && t.normal.length > 5) forms.push(t.normal.slice(0, -2));
  return forms;
}

/** `word` ends in "e" and `last` after a letter other than "e": "staged", "stages", not "agreed" (/[^e]e[ds]$/ without a regex, run on every token). */
function endsInE(word: string, last: string): boolean {
  const n = word.length;
  return n >= 3 && word[n - 1] === last && word[n - 2] === 'e' && word[n - 3] !== 'e';
}

/**
 * Whether any of `words` is in `set`: a token's forms among a pattern word's alternatives, or a pattern's needed
 * alternatives among a sentence's words. A plain loop: it runs for nearly every token a pattern is tried on.
 */
export function anyIn(words: readonly string[], set: { has(word: string): boolean }): boolean {
  for (let k = 0; k < words.length; k++) if (set.has(words[k]!)) return true;
  return false;
}
