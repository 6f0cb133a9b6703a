// The events stage when a user brings PETRARCH dictionaries: their verbs, actors, agents and discards code the events.
import type { CodedEvent, Participant, Sector, Sentence } from '../../document/document.js';
import { layer } from '../../document/document.js';
import type { CodedActor } from './actor-groups.js';
import { dateEvent, type DateContext } from '../events/dating.js';
import type { Stage } from '../stage.js';
import { countryOfCameoCode } from '../../knowledge/petrarch/country-codes.js';
import { codeSentence, type DictionaryEvent } from './code-sentence.js';
import { discardIn } from './discard.js';
import { sentenceWords, type Word } from './words.js';

const SECTORS = new Set<string>(['GOV', 'MIL', 'BUS', 'ELI', 'OPP', 'MED', 'NGO', 'IGO', 'IMG', 'REB', 'CVL', 'JUD', 'LEG', 'COP', 'SPY', 'EDU', 'LAB', 'REL']);

// A dictionary event rests on the user's own rules; a pattern makes it surer than a verb alone.
const PATTERN_CONFIDENCE = 0.8;
const VERB_CONFIDENCE = 0.7;

/**
 * A dictionary actor as an event participant: "ARNGOV" → country ARN, sector GOV; "ROMGOV" → ROU, as CAMEO's
 * own country codes become ISO; "---REL", "IGOUNO" → no country; the entity is the code itself, as PETRARCH
 * identifies actors by code.
 * @example participant({ code: 'GONCOP', name: 'GONDOR' }) // { entity: 'dict:GONCOP', country: 'GON', sector: 'COP', code: 'GONCOP', … }
 */
export function participant(a: CodedActor): Participant {
  const head = a.code.slice(0, 3);
  const sector = a.code.slice(3, 6);
  return {
    entity: `dict:${a.code}`,
    mention: '',
    country: countryOfCameoCode(a.code),
    sector: SECTORS.has(sector) ? (sector as Sector) : SECTORS.has(head) ? (head as Sector) : null,
    code: a.code,
    name: a.name,
  };
}

function toEvent(e: DictionaryEvent, words: readonly Word[], s: Sentence, ctx: DateContext, id: string): CodedEvent {
  const source = participant(e.source);
  const target = participant(e.target);
  const { date, dateSource } = dateEvent(ctx, s, words[0]!.first, words.at(-1)!.end, words[e.verb.head]!.first, e.cameo, [source, target]);
  return {
    id,
    sentence: s.index,
    cameo: e.cameo,
    source,
    target,
    date,
    dateSource,
    amount: null,
    location: null,
    negated: false,
    modality: 'asserted',
    evidence: { start: words[e.first]!.start, end: words[e.end - 1]!.stop },
    pattern: e.pattern,
    confidence: e.pattern.endsWith(' block') ? VERB_CONFIDENCE : PATTERN_CONFIDENCE,
  };
}

export const petrarchEventsStage: Stage = {
  name: 'events.petrarch-dictionary.v1',
  needs: ['tokens', 'sentences', 'times'],
  provides: ['events'],
  run(doc, kb) {
    const dict = kb.petrarch;
    if (!dict) throw new Error('the PETRARCH events stage runs only with a dictionary (createExtractor({ dictionary }))');
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const events: CodedEvent[] = [];
    doc.events = events;
    const ctx: DateContext = { tokens, sentences, times: layer(doc, 'times'), entitiesBySentence: new Map(), earlier: events };
    const wordsOf = sentences.map((s) => sentenceWords(tokens, s));
    const discards = wordsOf.map((w) => discardIn(w, dict));
    if (discards.includes('story')) return;
    sentences.forEach((s, k) => {
      const words = wordsOf[k]!;
      if (discards[k] || words.length === 0) return;
      for (const e of codeSentence(words, dict, doc.published)) events.push(toEvent(e, words, s, ctx, `ev${events.length + 1}`));
    });
  },
};
