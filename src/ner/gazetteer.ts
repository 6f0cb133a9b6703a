// Gazetteer features from Dyad's knowledge: country words, regions, titles, honorifics, organisation heads and names.
import type { Knowledge } from '../knowledge/knowledge.js';
import type { PhraseIndex } from '../knowledge/phrase-index.js';

/** Per token, the dictionary matches covering it, as feature strings ("cty-name:B", "title:L", "hon:U"). */
export type Gazetteer = (words: readonly string[]) => string[][];

/** A match's feature strings by token position, built once per dictionary name so that matching builds none. */
interface Tags {
  B: string;
  I: string;
  L: string;
  U: string;
}

const tagsOf = (name: string): Tags => ({ B: `${name}:B`, I: `${name}:I`, L: `${name}:L`, U: `${name}:U` });

interface Dictionary {
  index: PhraseIndex<unknown>;
  /** The tags of a match: the dictionary's, or finer ones from the matched value ("cty-demonym" for a demonym). */
  tags: (value: unknown) => Tags;
}

function fixed(name: string): (value: unknown) => Tags {
  const tags = tagsOf(name);
  return () => tags;
}

/** Tags named "<prefix>-<kind>" by the matched value's kind. */
function byKind(prefix: string): (value: unknown) => Tags {
  const tags = new Map<string, Tags>();
  return (value) => {
    const kind = (value as { kind: string }).kind;
    let t = tags.get(kind);
    if (!t) tags.set(kind, (t = tagsOf(`${prefix}-${kind}`)));
    return t;
  };
}

/**
 * Builds the gazetteer from loaded knowledge: each dictionary is matched longest-first left to right, and each
 * token covered by a match gets "<dict>:<B|I|L|U>".
 * @example buildGazetteer(kb)(['in', 'Islamabad']) // [[], ['cty-capital:U']]
 */
export function buildGazetteer(kb: Knowledge): Gazetteer {
  const dicts: Dictionary[] = [
    { index: kb.countries.words, tags: byKind('cty') },
    { index: kb.countries.regions, tags: fixed('region') },
    { index: kb.countries.placeHeads, tags: fixed('place-head') },
    { index: kb.titles.phrases, tags: fixed('title') },
    { index: kb.organizations.known, tags: fixed('org-known') },
    { index: kb.organizations.heads, tags: fixed('org-head') },
    { index: kb.organizations.openers, tags: fixed('org-opener') },
  ];
  const honorifics = kb.titles.honorifics;
  const hon = tagsOf('hon').U;
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
        const tags = d.tags(m.value);
        if (m.end - m.start === 1) out[i]!.push(tags.U);
        else for (let k = m.start; k < m.end; k++) out[k]!.push(k === m.start ? tags.B : k === m.end - 1 ? tags.L : tags.I);
        i = m.end;
      }
    }
    for (let i = 0; i < normals.length; i++) {
      const n = normals[i]!;
      if (honorifics.has(n) || (n.endsWith('.') && honorifics.has(n.slice(0, -1)))) out[i]!.push(hon);
    }
    return out;
  };
}
