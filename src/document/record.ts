// The event record (JSON, version 1): what `dyad extract --format json` prints for one article.
import type { DateSource, EntityType, Modality, PlaceKind, Sector, TimexType } from './document.js';

export interface RecordDocument {
  id: string;
  published: string | null;
  dateline: string | null;
  url: string | null;
  source: string | null;
  /** The input exactly as given; every `start`/`end` below indexes it. */
  text: string;
}

export interface RecordMention {
  id: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  entity: string;
}

export interface RecordEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Named by a proper name in the article ("Musalia Mudavadi", "al-Shabab"), not only by a group word, an office or a pronoun ("Kenyan troops", "the foreign minister"). */
  named: boolean;
  country: string | null;
  sector: Sector | null;
  roles: string[];
  mentions: string[];
}

export interface RecordTime {
  text: string;
  start: number;
  end: number;
  value: string;
  type: TimexType;
}

export interface RecordQuantity {
  text: string;
  start: number;
  end: number;
  amount: number;
  currency: string;
  approximate: boolean;
}

export interface RecordActor {
  entity: string;
  name: string;
  country: string | null;
  sector: Sector | null;
  /** CAMEO actor code: country + sector, "USAGOV"; just the country or sector when one is unknown. */
  code: string;
}

/**
 * Where an event happened, as the text names it: "Addis Ababa" (a city, ETH), "Ethiopia" (the whole country), "Tigray"
 * (a region). `name` is the country's name for a whole country ("United States" for "US"), else the place as written.
 */
export interface RecordLocation {
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** The place's mention and its raw offsets. */
  mention: string;
  start: number;
  end: number;
  text: string;
}

export interface RecordAmount {
  value: number;
  currency: string;
  approximate: boolean;
  text: string;
}

export interface RecordEvent {
  id: string;
  date: string | null;
  dateSource: DateSource;
  /** Null when the text names no doer ("the embassy was attacked"). */
  source: RecordActor | null;
  target: RecordActor | null;
  cameo: string;
  cameoName: string;
  plover: string | null;
  goldstein: number;
  quadClass: number;
  amount: RecordAmount | null;
  location: RecordLocation | null;
  sources: string[];
  negated: boolean;
  modality: Modality;
  evidence: { sentence: number; start: number; end: number; text: string };
  confidence: number;
  pattern: string;
}

export interface RecordMessage {
  stage: string;
  ruleId: string;
  reason: string;
  start?: number;
  end?: number;
}

export interface EventRecord {
  version: 1;
  document: RecordDocument;
  mentions: RecordMention[];
  entities: RecordEntity[];
  times: RecordTime[];
  quantities: RecordQuantity[];
  events: RecordEvent[];
  messages: RecordMessage[];
  /** Stage names with versions that made this record. */
  pipeline: string[];
  /** Size of the analysed text. */
  stats: { sentences: number; tokens: number };
}
