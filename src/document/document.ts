// The Document: one article and the layers the pipeline stages add to it.
import type { OffsetMap } from './offset-map.js';

/** A `[start, end)` range in UTF-16 code units of the cleaned text (`doc.clean.text`). */
export interface Span {
  start: number;
  end: number;
}

/** CAMEO actor role (sector). */
export type Sector = 'GOV' | 'MIL' | 'BUS' | 'ELI' | 'OPP' | 'MED' | 'NGO' | 'IGO' | 'IMG' | 'REB' | 'CVL' | 'JUD' | 'LEG' | 'COP' | 'SPY' | 'EDU' | 'LAB' | 'REL';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** A problem found in the article: data, not an exception (vfile-message style). */
export interface Message extends Partial<Span> {
  ruleId: string;
  reason: string;
  stage: string;
}

export interface CleanLayer {
  /** The text every later stage reads: whitespace and quotes normalized, non-article lines blanked. */
  text: string;
  /** Maps offsets in `text` back to `doc.text`. */
  map: OffsetMap;
  dateline: (Span & { place: string }) | null;
  /** Lines that are not article text ("Read More: …"), in cleaned coordinates, blanked in `text`. */
  dropped: (Span & { reason: string })[];
}

export interface Token extends Span {
  text: string;
  /** Lower-cased form. */
  normal: string;
  lemma: string;
  /** Universal POS tag (wink-nlp). */
  pos: string;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Token indices `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
}

/** A title or office in a chain before a name: "US Secretary of State", "Field Marshal". */
export interface Title extends Span {
  role: string;
  sector: Sector | null;
  /** ISO alpha-3 named in the title ("US Secretary of State") or implied by its organisation ("Centcom Commander"). */
  country: string | null;
  acronym?: string;
}

export type MentionForm = 'name' | 'acronym' | 'honorific' | 'role' | 'pronoun' | 'pair' | 'group';

/** A name the statistical tagger found: a CoNLL type over tokens `[firstToken, endToken)` of one sentence. */
export interface NameSpan {
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  firstToken: number;
  endToken: number;
}

/** What the name tagger found, before the mention rules decide; `tagger` null when the rules work alone. */
export interface NameLayer {
  tagger: string | null;
  spans: NameSpan[];
}

export interface Mention extends Span {
  id: string;
  type: EntityType;
  form: MentionForm;
  sentence: number;
  /** First token index covered and one past the last. */
  firstToken: number;
  endToken: number;
  /** The title chain in front of the name, outermost first. */
  titles: Title[];
  /** For GPE and NORP mentions, and organisations a dictionary knows: the country. */
  country: string | null;
  /** Sector a dictionary or a role noun gives (known organisation, "the army chief"). */
  sector: Sector | null;
  /** For acronyms: the long form's mention id, and the long form's acronym id. */
  expands?: string;
  acronym?: string;
  /** For a role noun: the office it names ("Chief of Army Staff" for "the army chief"). */
  role?: string;
  /** For a role noun: true when it names a kind of person ("the official"), not one office. */
  generic?: boolean;
  /** For a pair written out ("Pakistan-US ties"): the two countries. */
  members?: string[];
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: string[];
  roles: string[];
  /** For the country pair of "both sides", "the two countries": the member countries' ISO alpha-3. */
  members?: string[];
}

export interface Actor {
  entity: string;
  country: string | null;
  sector: Sector | null;
  /** Why the country was chosen: 'title', 'organisation', 'name', 'setting', 'dateline', 'article'. */
  countrySource: string | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  /** The sentence that holds it; -1 for the dateline's date ("WASHINGTON, Aug. 11 (Xinhua) --"). */
  sentence: number;
  /** TIMEX3 value: 2025-09-13, 2025-07, 2025-W37, PRESENT_REF, XXXX-05 … */
  value: string;
  type: TimexType;
  /** Rule that produced it, for tracing. */
  rule: string;
}

export interface Quantity extends Span {
  sentence: number;
  amount: number;
  /** ISO 4217. */
  currency: string;
  approximate: boolean;
}

export interface Participant {
  entity: string;
  mention: string;
  country: string | null;
  sector: Sector | null;
  /** A user dictionary's full actor code ("ARNGOVFRM") and the phrase it was found by, when one coded the event. */
  code?: string;
  name?: string;
}

export type Modality = 'asserted' | 'future' | 'intended' | 'hypothetical';
export type DateSource = 'clause' | 'sentence' | 'inherited' | 'none';

/** What kind of place an event happened in: a whole country, a city, a region, or a place of unknown kind. */
export type PlaceKind = 'country' | 'city' | 'region' | 'place';

/** Where an event happened: a place mention, its country when known, and what kind of place it is. */
export interface EventPlace {
  mention: string;
  country: string | null;
  kind: PlaceKind;
}

export interface CodedEvent {
  id: string;
  sentence: number;
  cameo: string;
  /** Null when the text names no doer: "Two soldiers were killed near the border". */
  source: Participant | null;
  target: Participant | null;
  date: string | null;
  dateSource: DateSource;
  /** Index into `doc.quantities`. */
  amount: number | null;
  location: EventPlace | null;
  negated: boolean;
  modality: Modality;
  evidence: Span;
  pattern: string;
  confidence: number;
  /** The PLOVER type its pattern gives when the words tell more than the CAMEO code ("indicted": 173, ACCUSE). */
  plover?: string;
}

export interface Document {
  id: string;
  /** The input exactly as given; every offset in the event record indexes this. */
  text: string;
  /** Publication date, YYYY-MM-DD, the anchor for relative times. */
  published: string | null;
  url: string | null;
  source: string | null;
  messages: Message[];
  /** Names of the stages that ran, with versions ("clean.v1"). */
  versions: string[];
  clean?: CleanLayer;
  tokens?: Token[];
  sentences?: Sentence[];
  names?: NameLayer;
  mentions?: Mention[];
  entities?: Entity[];
  /** Mention id → entity id. */
  coref?: Record<string, string>;
  actors?: Record<string, Actor>;
  times?: TimeExpression[];
  quantities?: Quantity[];
  events?: CodedEvent[];
}

export type Layer = 'clean' | 'tokens' | 'sentences' | 'names' | 'mentions' | 'entities' | 'coref' | 'actors' | 'times' | 'quantities' | 'events';

/** Returns a layer an earlier stage added; the pipeline checked the order when it was built. */
export function layer<K extends Layer>(doc: Document, name: K): NonNullable<Document[K]> {
  const value = doc[name];
  if (value === undefined) throw new Error(`layer "${name}" is missing: a stage ran before the stage that provides it`);
  return value as NonNullable<Document[K]>;
}

/** A new document with no layers. */
export function createDocument(input: { id: string; text: string; published?: string | null; url?: string | null; source?: string | null }): Document {
  return {
    id: input.id,
    text: input.text,
    published: input.published ?? null,
    url: input.url ?? null,
    source: input.source ?? null,
    messages: [],
    versions: [],
  };
}
