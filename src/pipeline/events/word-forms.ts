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
  if (/[^e]e[ds]$/.test(t.normal)) {
    const stem = t.normal.slice(0, -1);
    if (stem !== t.lemma) forms.push(stem);
  }
  if (t.lemma === t.normal && t.normal.endsWith('ing')) forms.push(t.normal.slice(0, -3));
  // "ransacked", "beheaded" come back whole: try the word without its "-ed" too.
  if (t.lemma === t.normal && /[^e]ed$/.test(t.normal) && t.normal.length > 5) forms.push(t.normal.slice(0, -2));
  return forms;
}
