// Stage 4, mentions: people with their title chains, organisations, countries, capitals, demonyms, acronyms, role nouns, pronouns and country pairs by rules over knowledge; the name tagger's spans decide what knowledge does not.
import type { EntityType, Mention, MentionForm, NameLayer, NameSpan, Sector, Title, Token } from '../../document/document.js';
import { layer } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Stage } from '../stage.js';
import { nameRunEnd } from './name-run.js';
import { isPersonPronoun, pairPhrase } from './pair-phrases.js';
import { parseTitleChain, type TitleChain } from './title-chain.js';
import { canBeName, isAcronymShape, isCapitalized, touching } from './tokens.js';

// Words that may describe a place after "in": "northern", "military - ruled".
const MAX_PLACE_MODIFIERS = 3;
const MAX_NAME = 4;
// Determiners that own the office after them: "his Ethiopian counterpart", "their foreign ministers".
const OWNER_DETERMINERS = new Set(['his', 'her', 'their', 'its']);
// Words that name what organisations do, never people: "Petroleum Supply Enterprise", "Foreign Affairs".
const ORG_WORDS = new Set(['affairs', 'supply', 'services', 'service', 'development', 'national', 'federal', 'state', 'central', 'international', 'united', 'royal', 'islamic', 'democratic', 'republican', 'people', 'peoples', 'workers', 'labour', 'labor', 'trade', 'union', 'security', 'defence', 'defense', 'health', 'education', 'public', 'general', 'strategic', 'works', 'enterprise', 'summit', 'forum', 'conference', 'games', 'cup', 'league', 'championship', 'olympics', 'festival', 'awards', 'prize', 'street', 'road', 'avenue', 'square', 'house', 'hall', 'palace', 'tower', 'bridge', 'station', 'airport', 'hospital', 'stadium', 'park', 'centre', 'center']);

// A ministry's portfolios after "and": "Department of Work and Pensions", "Ministry of Trade and Industry", "Ministry of
// Foreign Affairs and International Cooperation". Not any name after "and": "the Bank of England and Barclays" are two.
const PORTFOLIOS = new Set(['industry', 'pensions', 'trade', 'commerce', 'development', 'planning', 'finance', 'investment', 'tourism', 'culture', 'sport', 'sports', 'technology', 'human', 'services', 'international', 'cooperation', 'energy', 'environment', 'justice', 'agriculture', 'fisheries', 'labour', 'labor', 'employment', 'welfare', 'health', 'education', 'science', 'research', 'innovation', 'transport', 'infrastructure', 'housing', 'communications', 'information', 'youth', 'women', 'affairs', 'immigration', 'citizenship', 'security', 'reconstruction', 'mines', 'petroleum', 'water', 'resources', 'natural', 'rural', 'urban', 'local', 'government', 'public', 'works', 'veterans', 'family', 'social', 'economy', 'economic', 'treasury', 'customs', 'revenue', 'heritage', 'media', 'arts', 'food', 'forestry', 'wildlife', 'climate', 'digital', 'regional', 'integration', 'diaspora', 'religious', 'endowments']);

/** Builds mentions for one document; state that spans sentences (acronyms, surnames) lives here. */
class MentionFinder {
  readonly mentions: Mention[] = [];
  private readonly acronyms = new Map<string, Mention>();
  private readonly surnames = new Set<string>();
  private readonly normals: string[];
  /** The name tagger's spans by their first token. */
  private readonly names = new Map<number, NameSpan>();
  /** Without the tagger, an unknown run of capitalised words is guessed to be a person by its shape. */
  private readonly guessPeople: boolean;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly kb: Knowledge,
    names: NameLayer,
  ) {
    this.normals = tokens.map((t) => t.normal);
    for (const n of names.spans) this.names.set(n.firstToken, n);
    this.guessPeople = names.tagger === null;
  }

  add(type: EntityType, form: MentionForm, first: number, end: number, extra: Partial<Mention> = {}): Mention {
    const m: Mention = {
      id: `m${this.mentions.length + 1}`,
      type,
      form,
      start: this.tokens[first]!.start,
      end: this.tokens[end - 1]!.end,
      sentence: this.tokens[first]!.sentence,
      firstToken: first,
      endToken: end,
      titles: [],
      country: null,
      sector: null,
      ...extra,
    };
    this.mentions.push(m);
    return m;
  }

  /** Finds the mentions in tokens `[from, to)` of one sentence. */
  sentence(from: number, to: number): void {
    let i = from;
    while (i < to) i = this.at(i, from, to);
  }

  /** Reads what starts at token `i` and returns where to go on. */
  private at(i: number, from: number, to: number): number {
    const t = this.tokens[i]!;
    const pair = pairPhrase(this.tokens, i, to);
    if (pair) return (pair.people ? this.add('PERSON', 'pair', i, pair.end, { sector: 'GOV' }) : this.add('GPE', 'pair', i, pair.end)).endToken;
    // "the army chief", "his Ethiopian counterpart", "Kenya's foreign minister": an office named without a name.
    const role = t.normal === 'the' ? this.roleNoun(i + 1, to, i, null) : OWNER_DETERMINERS.has(t.normal) ? this.countryRole(i, to) : this.ownedRole(i, to);
    if (role) return role;
    if (isPersonPronoun(t)) return this.add('PERSON', 'pronoun', i, i + 1).endToken;
    // "protesters", "Police in Abuja …" opening a sentence; a capitalised word inside one is a name ("the Ministry of …").
    const group = !isCapitalized(t) || i === from ? this.group(i, to) : null;
    if (group) return group;
    if (!isCapitalized(t)) return this.miscasedCountry(i, to) ?? i + 1;
    const chain = parseTitleChain(this.tokens, this.normals, i, to, this.kb);
    if (chain) return this.person(chain, to) ?? chain.end;
    if (this.kb.titles.honorifics.has(t.normal) && i + 1 < to) {
      const end = this.nameEnd(i + 1, to);
      if (end > i + 1) return this.personName('honorific', i, i + 1, end, []);
    }
    return this.capitalRun(i, from, to);
  }

  /**
   * "iSrael": a country's name typed with stray capitals (messy input) is still the country, as are its capital and
   * demonym; a word all in lower case is not ("turkey", "china").
   */
  private miscasedCountry(i: number, to: number): number | null {
    const t = this.tokens[i]!;
    if (t.text === t.normal) return null;
    const c = this.kb.countries.words.longestAt(this.normals, i, to);
    return c ? this.place(i, c.end, c.value.code, c.value.kind, to) : null;
  }

  /** "protesters", "Turkish warplanes", "Belarus's foreign ministry": an unnamed collective actor, with the country word just before it. */
  private group(i: number, to: number): number | null {
    const g = this.kb.organizations.groups.longestAt(this.normals, i, to);
    if (!g) return null;
    const head = this.tokens[g.end - 1]!;
    const next = this.tokens[g.end];
    if (!(head.pos === 'NOUN' || head.pos === 'PROPN') || (next && g.end < to && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.normal !== "'s")) return null;
    const prev = this.mentions[this.mentions.length - 1];
    const countryWord = prev !== undefined && (prev.type === 'NORP' || prev.type === 'GPE' || prev.type === 'MISC') && prev.form === 'name';
    // "US tobacco companies", "Kenyan tea exporters": a describing word or two between the country word and the group.
    const described = countryWord && this.describedFrom(prev.endToken, i);
    const adjacent = prev && (prev.endToken === i || described || (prev.endToken === i - 1 && this.normals[i - 1] === "'s"));
    // "Somali militants", "Turkish warplanes", "Tigrayan forces": the country word, or a people's name the
    // knowledge does not hold, belongs to the group's name.
    const first = adjacent && (prev.endToken === i || described) && countryWord ? prev.firstToken : i;
    if (first < i) this.shareGroup(first, g.value.sector);
    return this.add('ORG', 'group', first, g.end, { sector: g.value.sector, country: adjacent ? prev.country : this.placeAfter(g.end, to) }).endToken;
  }

  /** Are tokens `[from, to)` one or two lower-case describing words ("tobacco", "state-owned"), nothing else? */
  private describedFrom(from: number, to: number): boolean {
    if (to - from < 1 || to - from > 2) return false;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (!(t.pos === 'NOUN' || t.pos === 'ADJ') || isCapitalized(t)) return false;
    }
    return true;
  }

  /** "Kenyan and Somali officials", "Kenyan, Ugandan and Somali troops": each people named in a list before a group's own is a group of the same kind. */
  private shareGroup(first: number, sector: Sector | null): void {
    let k = first;
    for (let n = this.mentions.length - 1; n >= 0; n--) {
      const m = this.mentions[n]!;
      if (m.firstToken >= k) continue;
      const joiner = this.normals[k - 1];
      if ((joiner !== 'and' && joiner !== ',') || m.endToken !== k - 1 || m.type !== 'NORP' || m.form !== 'name') return;
      [m.type, m.form, m.sector] = ['ORG', 'group', sector];
      k = m.firstToken;
    }
  }

  /**
   * "Rebels in the Ivory Coast", "Police in Abuja", "dissidents from Egypt", "rebels in northern Mali", "from
   * military-ruled Myanmar", "officers in the Russian military": the country of the place just after "in" or
   * "from" and its describing words, or of a country word among them, or null.
   */
  private placeAfter(i: number, to: number): string | null {
    if (this.normals[i] !== 'in' && this.normals[i] !== 'from') return null;
    let k = this.normals[i + 1] === 'the' ? i + 2 : i + 1;
    const describes = (n: number) => this.tokens[n]!.pos === 'ADJ' || this.tokens[n]!.text === '-' || this.tokens[n - 1]!.text === '-';
    const limit = Math.min(to, k + MAX_PLACE_MODIFIERS);
    // "in the Russian military": the country word may be one of the describing words, but not the first part
    // of one ("in Russian-held territory", "in the Israeli-occupied West Bank").
    for (; k < to; k++) {
      const country = this.kb.countries.words.longestAt(this.normals, k, to);
      if (country && this.tokens[country.end]?.text !== '-') return country.value.code;
      if (k >= limit || !describes(k)) return null;
    }
    return null;
  }

  /** "Rwanda's Senate", "Sudan's paramilitary Rapid Support Forces": the country of the "X's" (and describing words) before token `i`, or null. */
  private possessor(i: number): string | null {
    let k = i - 1;
    while (k > i - 1 - MAX_PLACE_MODIFIERS && this.tokens[k]?.pos === 'ADJ') k--;
    const owner = this.mentions.at(-1);
    return this.normals[k] === "'s" && owner?.endToken === k ? owner.country : null;
  }

  /** "his Ethiopian counterpart": an office of a named country after a possessive determiner; "his envoy" is left to the pronoun, whose envoy it is. */
  private countryRole(i: number, to: number): number | null {
    const next = this.tokens[i + 1];
    const country = next && isCapitalized(next) ? this.kb.countries.words.longestAt(this.normals, i + 1, to) : null;
    return country ? this.roleNoun(i + 1, to, i, null) : null;
  }

  /** "Kenya's foreign minister", "Kenya's President met …": an office owned by the country just before, with no name after it. */
  private ownedRole(i: number, to: number): number | null {
    if (this.normals[i - 1] !== "'s") return null;
    const owner = this.possessor(i);
    return owner ? this.roleNoun(i, to, i, owner) : null;
  }

  /**
   * "the army chief", "the US official", "the COAS", "his Ethiopian counterpart": a person named by an office
   * whose words start at `i`; the mention starts at `first` (its determiner), with the owner's `country` if known.
   */
  private roleNoun(i: number, to: number, first: number, owner: string | null): number | null {
    let k = i;
    let country: string | null = owner;
    const c = k < to && isCapitalized(this.tokens[k]!) ? this.kb.countries.words.longestAt(this.normals, k, to) : null;
    if (c && c.value.kind !== 'capital') {
      country ??= c.value.code;
      k = c.end;
    }
    const title = this.kb.titles.phrases.longestAt(this.normals, k, to);
    if (!title) return null;
    if (title.end < to && canBeName(this.tokens[title.end]!, false)) return null;
    if (describesNoun(this.tokens, k, title.end)) return null;
    const { role, sector, generic } = title.value;
    // "the governor of the coastal Kenyan county of Kilifi": the office's country after "of".
    let k2 = title.end;
    if (this.normals[k2] === 'of') {
      k2++;
      while (k2 < to && k2 < title.end + 4 && (this.normals[k2] === 'the' || this.tokens[k2]!.pos === 'ADJ')) k2++;
      const of = k2 < to ? this.kb.countries.words.longestAt(this.normals, k2, to) : null;
      country ??= of?.value.code ?? null;
    }
    this.add('PERSON', 'role', first, title.end, { role, sector, generic, country: country ?? title.value.country });
    return title.end;
  }

  private nameEnd(i: number, to: number): number {
    const end = nameRunEnd(this.tokens, i, to, false, true);
    return Math.min(end, i + MAX_NAME);
  }

  /**
   * "President obama": where a title is followed by a known office-holder's name written in lower case
   * (messy input: social media, transcripts), the end of that name; else `i`.
   */
  private knownAfterTitle(i: number, to: number): number {
    return isCapitalized(this.tokens[i]!) ? i : (this.kb.people.names.longestAt(this.normals, i, to)?.end ?? i);
  }

  /** A person after a title chain; also the organisations and countries named inside the chain. */
  private person(chain: TitleChain, to: number): number | null {
    const { titles, first, end: chainEnd } = chain;
    for (const o of chain.orgs) this.add('ORG', 'name', o.first, o.end, { country: o.org.country, sector: o.org.sector });
    for (const c of chain.countries) this.add(c.kind === 'demonym' ? 'NORP' : 'GPE', 'name', c.first, c.end, { country: c.code });
    let nameStart = chainEnd;
    if (nameStart < to && this.kb.titles.honorifics.has(this.normals[nameStart]!)) nameStart++;
    const end = nameStart < to ? Math.max(this.nameEnd(nameStart, to), this.knownAfterTitle(nameStart, to)) : nameStart;
    // A chain with no name after it names an office: "Kenya's President met …" is the office's holder, coded by
    // its country; "Prime Minister said", with no country, is left to the sentences around it.
    if (end === nameStart) return this.office(chain);
    const after = this.personName('name', first, nameStart, end, titles);
    // "President Daniel Kiprop of Kenya"
    const of = this.normals[after] === 'of' && after + 1 < to ? this.kb.countries.words.longestAt(this.normals, after + 1, to) : null;
    if (!of) return after;
    for (const t of titles) t.country ??= of.value.code;
    this.add('GPE', 'name', after + 1, of.end, { country: of.value.code });
    return of.end;
  }

  /** The holder of a chain's last office, when the chain names the office's country ("Kenyan President", "Kenya's Foreign Minister"); else null. */
  private office(chain: TitleChain): number | null {
    const title = chain.titles.at(-1)!;
    if (title.country === null) return null;
    let first = chain.first;
    while (this.tokens[first]!.start < title.start) first++;
    this.add('PERSON', 'role', first, chain.end, { role: title.role, sector: title.sector, country: title.country });
    return chain.end;
  }

  private personName(form: MentionForm, first: number, nameStart: number, end: number, titles: Title[]): number {
    const start = form === 'honorific' ? this.tokens[first]!.start : this.tokens[nameStart]!.start;
    const m = this.add('PERSON', form, first, end, { titles });
    m.start = start;
    // Either end of a name can be the family name: "Mr Dar" after "Ishaq Dar", "Han" after "Han Seung-woo".
    this.surnames.add(this.normals[end - 1]!);
    this.surnames.add(this.normals[nameStart]!);
    for (const t of titles) if (t.acronym) this.acronyms.set(t.acronym, m);
    return end;
  }

  /**
   * A capitalised run that is not a titled person: organisation, place, country pair, acronym or bare name.
   * Knowledge speaks first (known organisations and people, countries, organisation heads, regions, acronyms
   * and surnames already read); the name tagger decides the rest, and an organisation it finds that opens with
   * a country's name ("United States Strategic Metals") outranks the country.
   */
  private capitalRun(i: number, from: number, to: number): number {
    const kb = this.kb;
    let name = this.names.get(i);
    // "New York", "The Oval": a name the tagger found opening with a word that seldom opens one.
    let end = nameRunEnd(this.tokens, i, to, i === from);
    if (end === i && name) end = Math.min(name.endToken, to);
    const portfolios = this.portfoliosEnd(i, end, to);
    if (portfolios > end && name?.endToken === end) name = { ...name, endToken: portfolios };
    end = portfolios;
    const known = kb.organizations.known.longestAt(this.normals, i, to);
    if (known && isCapitalized(this.tokens[i]!)) {
      // "ASEAN Regional Forum": a known name that opens a longer organisation name.
      const longer = end > known.end && kb.organizations.heads.longestEndingAt(this.normals, end, known.end);
      return this.org(i, longer ? end : known.end, to, known.value.country, longer ? longer.value.sector ?? known.value.sector : known.value.sector);
    }
    if (end === i) return i + 1;
    const inner = this.titledPersonInside(i, end, to);
    if (inner) return inner;
    // "Obama said …": an office-holder the knowledge names, with no title in front.
    const listed = kb.people.names.longestAt(this.normals, i, end);
    if (listed && listed.end === end) return this.personName('name', i, i, end, []);
    const country = kb.countries.words.longestAt(this.normals, i, end);
    // Where the tagger reads the whole run as a place, an organisation's head word does not make it one: "West Bank".
    const place = name?.type === 'LOC' && name.endToken === end;
    const head = kb.organizations.heads.longestEndingAt(this.normals, end, i + 1) ?? kb.organizations.openers.longestAt(this.normals, i, end);
    if (head && end - i > 1 && !place) return this.org(i, end, to, country?.value.code ?? null, head.value.sector);
    const knownRegion = kb.countries.regions.longestAt(this.normals, i, end);
    // "the Indian Ocean", "the Taiwan Strait": a region whose name opens with a country's word is the region.
    if (knownRegion && country && knownRegion.end > country.end) return this.add('LOC', 'name', i, knownRegion.end).endToken;
    if (country && !(country.value.ambiguous && country.end < end)) {
      // "United States Strategic Metals" is an organisation; "Kenya-Uganda" stays a country pair.
      const after = this.tokens[country.end];
      const joined = after !== undefined && touching(this.tokens[country.end - 1]!, after);
      if (name && name.type !== 'LOC' && end > country.end && name.endToken > country.end && !joined) return this.tagged(name, to, country.value.code);
      // A state is also a sports team or part of a name the tagger reads from the context ("Colorado 5 Minnesota 3").
      if (country.value.kind === 'subdivision' && name && name.type !== 'LOC' && name.firstToken === i && name.endToken >= country.end) return this.tagged(name, to, country.value.code);
      return this.place(i, country.end, country.value.code, country.value.kind, to);
    }
    // A place's head word ("Kansas City") yields to the tagger, which reads the context ("Kansas City 4 Detroit 0").
    const region = knownRegion ?? (kb.countries.placeHeads.longestEndingAt(this.normals, end, i + 1) && end - i > 1 && (!name || place) ? { end } : null);
    if (region) return this.add('LOC', 'name', i, region.end).endToken;
    const tok = this.tokens[i]!;
    const acronym = end === i + 1 && isAcronymShape(tok) ? this.acronyms.get(tok.text) : undefined;
    if (acronym) return this.add(acronym.type, 'acronym', i, i + 1, { expands: acronym.id, country: acronym.country, sector: acronym.sector, titles: acronym.form === 'acronym' ? [] : acronym.titles.filter((t) => t.acronym === tok.text) }).endToken;
    if (end === i + 1 && this.surnames.has(tok.normal) && (!name || name.type === 'PER')) return this.personName('name', i, i, i + 1, []);
    if (name) return this.tagged(name, to, null);
    if (this.guessPeople && this.looksLikePersonName(i, end)) return this.personName('name', i, i, end, []);
    // Nothing names the run as a whole ("Hundreds of Georgian students"): its later words get their own look.
    return i + 1;
  }

  /** A mention of what the name tagger found, cut at the sentence's end; `country` when a country's name opens it. */
  private tagged(name: NameSpan, to: number, country: string | null): number {
    const first = name.firstToken;
    const end = Math.min(name.endToken, to);
    switch (name.type) {
      case 'PER':
        return this.personName('name', first, first, end, []);
      case 'ORG':
        return this.org(first, end, to, country, null);
      default:
        return this.add(name.type, 'name', first, end, { country }).endToken;
    }
  }

  /**
   * An unknown run of two to four capitalised words is a person's name unless a word in it belongs to
   * organisations, places, titles or countries ("Petroleum Supply Enterprise", "Foreign Affairs") or it has digits or capitals only.
   */
  private looksLikePersonName(i: number, end: number): boolean {
    if (end - i < 2 || end - i > MAX_NAME) return false;
    const kb = this.kb;
    for (let k = i; k < end; k++) {
      const t = this.tokens[k]!;
      if (/\d/.test(t.text) || (t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text))) return false;
      const one = [this.normals[k]!];
      if (kb.organizations.heads.longestAt(one, 0) || kb.titles.phrases.longestAt(one, 0) || kb.countries.words.longestAt(one, 0) || kb.countries.placeHeads.longestAt(one, 0) || ORG_WORDS.has(one[0]!)) return false;
    }
    return true;
  }

  /** The end of "and" and a ministry's further portfolios after a run "X of Y" ending at `end` ("… of Work and Pensions"), else `end`. */
  private portfoliosEnd(i: number, end: number, to: number): number {
    if (this.normals[end] !== 'and' || !this.normals.slice(i, end).includes('of')) return end;
    let k = end + 1;
    while (k < to && isCapitalized(this.tokens[k]!) && PORTFOLIOS.has(this.normals[k]!)) k++;
    return k > end + 1 ? k : end;
  }

  /**
   * A titled person after other capitalised words: "Foreign Office Spokesperson Lina Sabri" (an
   * organisation, then the person), "Kazakh President Nurlan Abenov" (a word we don't know, then the person).
   */
  private titledPersonInside(i: number, end: number, to: number): number | null {
    for (let k = i + 1; k < end; k++) {
      const chain = parseTitleChain(this.tokens, this.normals, k, to, this.kb);
      if (!chain || chain.end >= to || !canBeName(this.tokens[chain.end]!, false)) continue;
      const head = this.kb.organizations.heads.longestEndingAt(this.normals, k, i);
      if (head) this.add('ORG', 'name', i, k, { sector: head.value.sector });
      return this.person(chain, to) ?? chain.end;
    }
    return null;
  }

  /** An organisation over tokens `[i, end)`, with "(ACRONYM)" after it registered both ways. */
  private org(i: number, end: number, to: number, country: string | null, sector: Sector | null): number {
    const m = this.add('ORG', 'name', i, end, { country: country ?? this.possessor(i), sector });
    const t = this.tokens;
    // "Rapid Support Forces … the RSF": a later acronym of the name's initials stands for it, unless one already does.
    const initials = initialsOf(t, i, end);
    if (initials && !this.acronyms.has(initials)) this.acronyms.set(initials, m);
    if (t[end]?.text === '(' && end + 2 < to && isAcronymShape(t[end + 1]!) && t[end + 2]!.text === ')') {
      const acr = this.add('ORG', 'acronym', end + 1, end + 2, { expands: m.id, country, sector });
      m.acronym = acr.id;
      this.acronyms.set(t[end + 1]!.text, m);
      return end + 3;
    }
    return end;
  }

  /** A country, capital or demonym; "Pakistan-US" is a country pair. */
  private place(i: number, end: number, code: string, kind: string, to: number): number {
    const t = this.tokens;
    if (t[end]?.text === '-' && end + 1 < to && t[end]!.start === t[end - 1]!.end) {
      const other = this.kb.countries.words.longestAt(this.normals, end + 1, to);
      if (other && other.value.code !== code && t[end + 1]!.start === t[end]!.end) {
        this.add('GPE', 'pair', i, other.end, { members: [code, other.value.code] });
        return other.end;
      }
    }
    this.add(kind === 'demonym' ? 'NORP' : 'GPE', 'name', i, end, { country: code });
    return end;
  }
}

// Words an organisation's initials leave out: "Ministry of Foreign Affairs" is MFA.
const NOT_INITIALLED = new Set(['of', 'and', 'for', 'the', 'on', '&']);

/** "RSF" for "Rapid Support Forces": the initials of a name of two or more capitalised words, or null. */
function initialsOf(tokens: readonly Token[], i: number, end: number): string | null {
  let initials = '';
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (NOT_INITIALLED.has(t.normal) && k > i) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return null;
    initials += t.text[0];
  }
  return initials.length >= 2 ? initials : null;
}

export const mentionsStage: Stage = {
  name: 'mentions.rules+names.v2',
  needs: ['tokens', 'sentences', 'names'],
  provides: ['mentions'],
  run(doc, kb) {
    const tokens = layer(doc, 'tokens');
    const finder = new MentionFinder(tokens, kb, layer(doc, 'names'));
    for (const s of layer(doc, 'sentences')) finder.sentence(s.firstToken, s.endToken);
    doc.mentions = finder.mentions;
  },
};

/** Parts of speech of a lower-case word a describing title stands before: "the major cocoa traders", "the general election". */
const DESCRIBED_POS = new Set(['NOUN', 'ADJ']);

/**
 * Is the one-word title `[from, end)` an adjective describing the noun after it ("the major cocoa traders", "the
 * general election") rather than an office ("the general said")?
 */
function describesNoun(tokens: readonly Token[], from: number, end: number): boolean {
  const next = tokens[end];
  return end - from === 1 && tokens[from]!.pos === 'ADJ' && next !== undefined && DESCRIBED_POS.has(next.pos) && next.text === next.normal;
}
