// Gazetteer features from Dyad's knowledge: country words, regions, titles, honorifics, organisation heads and names.
import type { Knowledge } from '../knowledge/knowledge.js';
import type { PhraseIndex } from '../knowledge/phrase-index.js';

/** Per token, the dictionary matches covering it, as feature strings ("cty-name:B", "title:L", "hon:U"). */
export type Gazetteer = (words: readonly string[]) => string[][];

interface Dictionary {
  name: string;
  index: PhraseIndex<unknown>;
  /** A finer name from the matched value ("cty-demonym" for a demonym). */
  kind?: (value: unknown) => string;
}

/**
 * Builds the gazetteer from loaded knowledge: each dictionary is matched longest-first left to right, and each
 * token covered by a match gets "<dict>:<B|I|L|U>".
 * @example buildGazetteer(kb)(['in', 'Islamabad']) // [[], ['cty-capital:U']]
 */
export function buildGazetteer(kb: Knowledge): Gazetteer {
  const dicts: Dictionary[] = [
    { name: 'cty', index: kb.countries.words, kind: (v) => `cty-${(v as { kind: string }).kind}` },
    { name: 'region', index: kb.countries.regions },
    { name: 'place-head', index: kb.countries.placeHeads },
    { name: 'title', index: kb.titles.phrases },
    { name: 'org-known', index: kb.organizations.known },
    { name: 'org-head', index: kb.organizations.heads },
    { name: 'org-opener', index: kb.organizations.openers },
  ];
  const honorifics = kb.titles.honorifics;
  return (words) => {
    const normals = words.map((w) => w.toLowerCase());
    const out: string[][] = words.map(() => []);
    for (const d of dicts) {
      for (let i = 0; i < normals.length; ) {
        const m = d.index.longestAt(normals, i);
        if (!m) {
          i++;
          continue;
        }
        const name = d.kind ? d.kind(m.value) : d.name;
        if (m.end - m.start === 1) out[i]!.push(`${name}:U`);
        else for (let k = m.start; k < m.end; k++) out[k]!.push(`${name}:${k === m.start ? 'B' : k === m.end - 1 ? 'L' : 'I'}`);
        i = m.end;
      }
    }
    for (let i = 0; i < normals.length; i++) {
      const n = normals[i]!;
      if (honorifics.has(n) || honorifics.has(n.replace(/\.$/, ''))) out[i]!.push('hon:U');
    }
    return out;
  };
}
