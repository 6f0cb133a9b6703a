// Where a sentence takes place when someone travels: "He returned to the US", "Munir's visits to the US", "During his visit, …".
import { bySentence } from '../../document/by-sentence.js';
import type { Mention, Sentence, Token } from '../../document/document.js';

const TRAVEL = new Set(['visit', 'return', 'travel', 'arrive', 'fly', 'go', 'come', 'tour', 'trip', 'land', 'head', 'journey']);
const CONTINUES = new Set(['visit', 'trip', 'tour', 'stay', 'stop']);

export interface Setting {
  /** The country the sentence takes place in. */
  country: string;
  /** The mention of whoever travelled there, who is not of that country. */
  traveller: string | null;
}

/** The setting of each sentence that has one, by sentence index. */
export function findSettings(tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly Mention[]): Map<number, Setting> {
  const settings = new Map<number, Setting>();
  let last = null as Setting | null;
  const people = bySentence(mentions, (m) => m.type === 'PERSON');
  const byFirstToken = new Map<number, Mention>();
  for (const m of mentions) if (m.country && (m.type === 'GPE' || m.type === 'NORP')) byFirstToken.set(m.firstToken, m);
  for (const s of sentences) {
    const before = people.get(s.index) ?? [];
    let found: Setting | null = null;
    let traveller: Mention | undefined;
    let next = 0;
    for (let i = s.firstToken; i < s.endToken && !found; i++) {
      // The latest person before token i travels, if anyone does.
      while (next < before.length && before[next]!.endToken <= i) traveller = before[next++];
      if (!TRAVEL.has(tokens[i]!.lemma)) continue;
      let j = i + 1;
      if (tokens[j]?.normal === 'to' || tokens[j]?.normal === 'in') j++;
      else continue;
      if (tokens[j]?.normal === 'the') j++;
      const place = byFirstToken.get(j);
      // "… met the president during an unannounced trip to Nairobi": the visit is the subject's.
      const during = tokens[i]!.pos === 'NOUN' && [1, 2, 3].some((d) => tokens[i - d]?.normal === 'during');
      const visitor = during ? before[0] : traveller;
      if (place) found = { country: place.country!, traveller: visitor?.id ?? null };
    }
    // "During his visit, the COAS also met …" continues the last trip.
    const first = tokens[s.firstToken];
    if (!found && last !== null && first?.normal === 'during' && CONTINUES.has(tokens[s.firstToken + 2]?.lemma ?? '')) found = { country: last.country, traveller: null };
    if (found) {
      settings.set(s.index, found);
      last = found;
    }
  }
  return settings;
}
