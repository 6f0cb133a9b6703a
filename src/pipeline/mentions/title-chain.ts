// Parses a chain of titles before a name: "US Secretary of State", "Chief of Army Staff (COAS) Field Marshal", "Centcom Commander Gen".
import type { Title, Token } from '../../document/document.js';
import type { CountryWordKind } from '../../knowledge/countries.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { KnownOrg } from '../../knowledge/organizations.js';
import { isAcronymShape, isCapitalized } from './tokens.js';

export interface TitleChain {
  /** Token range of the chain. */
  first: number;
  end: number;
  titles: Title[];
  /** Organisations named in the chain ("Centcom" in "Centcom Commander"), with their token ranges. */
  orgs: { first: number; end: number; org: KnownOrg }[];
  /** Country words in the chain ("US", "Pakistani", "of France"), with their token ranges. */
  countries: { first: number; end: number; code: string; kind: CountryWordKind }[];
}

/**
 * Reads titles from token `k` on, in any order a wire writes them: country or organisation
 * qualifiers, titles joined by "and", an acronym in brackets after a title, "of <Country>" after one.
 * Returns null when no title starts there. Titles must be capitalised ("army chief" is a role noun, not a chain),
 * but for one after a country word with a name after it ("Ugandan counterpart Yoweri Museveni").
 * @example parseTitleChain(tokens, normals, 0, n, kb) // "US Secretary of State Marco Rubio" → 1 title, country USA
 */
export function parseTitleChain(tokens: readonly Token[], normals: readonly string[], k: number, limit: number, kb: Knowledge): TitleChain | null {
  const chain: TitleChain = { first: k, end: k, titles: [], orgs: [], countries: [] };
  const titleAt = (p: number) => (p < limit && isCapitalized(tokens[p]!) ? kb.titles.phrases.longestAt(normals, p, limit) : null);
  // "his Ugandan counterpart Yoweri Museveni", "Kenyan president William Ruto": after a country word a title may be
  // written in lower case, when a name follows it.
  const lowerTitleAt = (p: number) => {
    const title = p < limit ? kb.titles.phrases.longestAt(normals, p, limit) : null;
    return title && title.end < limit && isCapitalized(tokens[title.end]!) ? title : null;
  };
  let pos = k;
  let qualifier: string | null = null;
  while (pos < limit) {
    const tok = tokens[pos]!;
    const country = isCapitalized(tok) ? kb.countries.words.longestAt(normals, pos, limit) : null;
    if (country && country.value.kind !== 'capital') {
      const after = normals[country.end] === "'s" ? country.end + 1 : country.end;
      if (titleAt(after) || lowerTitleAt(after)) {
        chain.countries.push({ first: pos, end: country.end, code: country.value.code, kind: country.value.kind });
        qualifier = country.value.code;
        pos = after;
        continue;
      }
    }
    const org = isCapitalized(tok) ? kb.organizations.known.longestAt(normals, pos, limit) : null;
    if (org && titleAt(org.end)) {
      chain.orgs.push({ first: pos, end: org.end, org: org.value });
      qualifier = org.value.country ?? qualifier;
      pos = org.end;
      continue;
    }
    const capitalised = titleAt(pos);
    const lower = capitalised === null && chain.countries.at(-1)?.end === pos ? lowerTitleAt(pos) : null;
    // "his Chinese counterpart General Liu": the title after the lower-case one tells the office.
    if (lower && titleAt(lower.end)) {
      pos = lower.end;
      continue;
    }
    const title = capitalised ?? lower;
    if (!title) break;
    const t: Title = { start: tok.start, end: tokens[title.end - 1]!.end, role: title.value.role, sector: title.value.sector, country: title.value.country ?? qualifier };
    chain.titles.push(t);
    pos = title.end;
    // "Chief of Army Staff (COAS)"
    if (tokens[pos]?.text === '(' && pos + 2 < limit && isAcronymShape(tokens[pos + 1]!) && tokens[pos + 2]!.text === ')') {
      t.acronym = tokens[pos + 1]!.text;
      pos += 3;
    }
    // "President of France"
    if (normals[pos] === 'of' && pos + 1 < limit && isCapitalized(tokens[pos + 1]!)) {
      const of = kb.countries.words.longestAt(normals, pos + 1, limit);
      if (of) {
        chain.countries.push({ first: pos + 1, end: of.end, code: of.value.code, kind: of.value.kind });
        t.country = of.value.code;
        pos = of.end;
      }
    }
    // "Deputy Prime Minister and Foreign Minister"
    if (normals[pos] === 'and' && titleAt(pos + 1)) pos += 1;
  }
  chain.end = pos;
  return chain.titles.length > 0 ? chain : null;
}
