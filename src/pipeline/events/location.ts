// Where an event happened: the place its clause puts it in ("met in Addis Ababa", "clashed near the border town of
// Moyale", "In Mogadishu, …"), else the place a visit goes to ("visited Beijing").
import type { EventPlace, Mention, Participant, Sentence, Token } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';

/** Prepositions that put what happens in a place; "from" and "to" tell where someone came from or went, not where it happened. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around']);
/** Nouns between the preposition and the place's name: "in the Ethiopian capital, Addis Ababa", "near the border town of Moyale". */
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'region', 'province', 'state', 'district', 'county', 'port', 'border', 'area', 'outskirts', 'suburb', 'suburbs', 'resort', 'enclave', 'territory']);
/** Words that may stand between the preposition and the name: articles, describing words and participles, place nouns, "of" and an apposition's comma. */
const BETWEEN_POS = new Set(['DET', 'ADJ']);
const MAX_BETWEEN = 5;
/** Visits and hosting (042, 043): with no place in the clause, the visit's place is the country or city visited. */
const VISIT_CODES = new Set(['042', '043']);
/** Statements, appeals, demands, disapproval, rejection and threats: what follows them is often what they are about. */
const VERBAL_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);
/** A telephone call (041) joins two places; it happens in neither. */
const PLACELESS_CODES = new Set(['041']);
/** Words that open what an act is about: "spoke … about the queues at the Moyale crossing" happened elsewhere than Moyale. */
const TOPIC = new Set(['about', 'over', 'regarding', 'concerning']);

/**
 * Where the words after the verb stop telling where the act was: at what it is about ("about …", "over …"), at what
 * it is for ("signed an agreement to build a crossing near Moyale") or why ("sued the magazine for publishing …").
 */
function placeWordsEnd(tokens: readonly Token[], verb: number, last: number): number {
  for (let k = verb + 1; k < last; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (TOPIC.has(t.normal) || (t.normal === 'to' && next?.pos === 'VERB') || (t.normal === 'for' && next?.pos === 'VERB' && next.normal.endsWith('ing'))) return k;
  }
  return last;
}

export interface PlaceContext {
  tokens: readonly Token[];
  /** Place mentions (countries, capitals, regions, places the name tagger found) by first token. */
  placeAt: ReadonlyMap<number, Mention>;
  mentionById: ReadonlyMap<string, Mention>;
  kb: Knowledge;
}

/** Place mentions by first token: GPE and LOC names (not country pairs, groups or demonyms). */
export function placesByToken(mentions: readonly Mention[]): Map<number, Mention> {
  const at = new Map<number, Mention>();
  for (const m of mentions) if ((m.type === 'GPE' || m.type === 'LOC') && m.form === 'name') at.set(m.firstToken, m);
  return at;
}

/** A place found in the text, with the country of the place it lies in when the text names both ("the West Bank town of Nablus"). */
interface Found {
  place: Mention;
  within: string | null;
  /** The locative preposition's token. */
  at: number;
}

/** The place a locative preposition at `k` opens, looking past up to five describing words; undefined if none. */
function placeAfter(ctx: PlaceContext, k: number, end: number): Found | undefined {
  const { tokens, placeAt } = ctx;
  for (let n = k + 1; n < Math.min(end, k + 2 + MAX_BETWEEN); n++) {
    const place = placeAt.get(n);
    if (place) {
      const inner = namedInside(ctx, place, end);
      if (inner) return { place: inner, within: place.country, at: k };
      // "in Israeli-held territory", "in US dollars": a name that opens a compound or stands before a noun describes it.
      const after = tokens[place.endToken];
      return after?.text === '-' || (after?.pos === 'NOUN' && after.text === after.normal) ? undefined : { place, within: null, at: k };
    }
    const t = tokens[n]!;
    // "in the occupied West Bank town of Jenin": a participle describes the place like an adjective.
    const participle = t.pos === 'VERB' && t.normal.endsWith('ed');
    if (!(BETWEEN_POS.has(t.pos) || participle || PLACE_NOUNS.has(t.normal) || t.normal === 'of' || t.text === ',')) return undefined;
  }
  return undefined;
}

/** "the West Bank town of Nablus": the place a place noun and "of" name inside the place before them. */
function namedInside(ctx: PlaceContext, outer: Mention, end: number): Mention | undefined {
  let n = outer.endToken;
  while (n < end && PLACE_NOUNS.has(ctx.tokens[n]!.normal)) n++;
  return n > outer.endToken && ctx.tokens[n]?.normal === 'of' ? ctx.placeAt.get(n + 1) : undefined;
}

/** Places the locative prepositions in tokens `[from, to)` open, in order. */
function placesIn(ctx: PlaceContext, from: number, to: number): Found[] {
  const out: Found[] = [];
  for (let k = from; k < to; k++) {
    if (!LOCATIVE.has(ctx.tokens[k]!.normal)) continue;
    const place = placeAfter(ctx, k, to);
    if (place) out.push(place);
  }
  return out;
}

/**
 * The place of the event whose verb is at `verb` in the clause ending at `last` of sentence `s`: the first place a
 * locative opens after the verb ("met … in Addis Ababa"), else one in the sentence's opening phrase ("In Mogadishu, …");
 * for a visit with none, the place visited (the target, or the host for 043). A place before the verb is not taken:
 * it tells where a subject lives or works ("X, who grew up in Argentina, agreed"), not where the event was. For a
 * statement, an appeal or a verbal conflict the place must follow the verb at once ("said in Nairobi"): "condemned
 * the attack in Kabul" tells where the attack was. Places in what the act is about or for are not its own (see
 * placeWordsEnd), and a telephone call has none.
 */
export function placeOf(ctx: PlaceContext, s: Sentence, first: number, verb: number, last: number, cameo: string, visited: Participant | null): EventPlace | null {
  if (PLACELESS_CODES.has(cameo)) return null;
  const after = placesIn(ctx, verb + 1, placeWordsEnd(ctx.tokens, verb, last));
  const found = (VERBAL_ROOTS.has(cameo.slice(0, 2)) ? after.find((f) => f.at === verb + 1) : after[0]) ?? openingPlace(ctx, s, first, verb);
  if (found) return describe(ctx, found.place, found.within);
  const host = visited && VISIT_CODES.has(cameo) ? ctx.mentionById.get(visited.mention) : undefined;
  return host && (host.type === 'GPE' || host.type === 'LOC') && host.form === 'name' ? describe(ctx, host, null) : null;
}

/** "In Mogadishu, …", "At the summit in Addis Ababa, …": a place in the sentence's opening phrase, when the event's clause is the one it opens. */
function openingPlace(ctx: PlaceContext, s: Sentence, first: number, verb: number): Found | undefined {
  if (!LOCATIVE.has(ctx.tokens[s.firstToken]!.normal)) return undefined;
  let comma = s.firstToken;
  while (comma < verb && ctx.tokens[comma]!.text !== ',') comma++;
  return comma < verb && first <= comma + 1 ? placesIn(ctx, s.firstToken, comma)[0] : undefined;
}

/** The place as an event keeps it: its mention, its country (else `within`'s), and whether it is a country, a city or a region. */
function describe(ctx: PlaceContext, m: Mention, within: string | null): EventPlace {
  const normals = ctx.tokens.slice(m.firstToken, m.endToken).map((t) => t.normal);
  const word = ctx.kb.countries.words.longestAt(normals, 0);
  const whole = word !== null && word.end === normals.length;
  const kind = !whole ? (ctx.kb.countries.regions.longestAt(normals, 0) ? 'region' : 'place') : word.value.kind === 'name' ? 'country' : word.value.kind === 'capital' ? 'city' : 'region';
  return { mention: m.id, country: m.country ?? (whole ? word.value.code : within), kind };
}
