// Tests for matchPattern on hand-built tokens: words, optional words, modifier runs, gaps and actor slots with coordination.
import { describe, expect, it } from 'vitest';
import type { Mention, Token } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import type { EventPattern } from '../../knowledge/patterns.js';
import { matchPattern } from './match.js';
import { wordForms } from './word-forms.js';

const kb = loadKnowledge();
const pattern = (id: string): EventPattern => kb.patterns.find((p) => p.id === id)!;

/**
 * Tokens from "word/POS/lemma" items ("met/VERB/meet"); a capitalised word in [brackets] is one
 * actor mention over those tokens: "[Ruth Nakato]".
 */
function sentence(spec: string): { tokens: Token[]; actorAt: Map<number, Mention>; text: string } {
  const tokens: Token[] = [];
  const actorAt = new Map<number, Mention>();
  let text = '';
  const parts = spec.match(/\[[^\]]+\]|\S+/g)!;
  for (const part of parts) {
    const isActor = part.startsWith('[');
    const words = isActor ? part.slice(1, -1).split(' ').map((w) => `${w}/PROPN`) : [part];
    const first = tokens.length;
    for (const w of words) {
      const [word, pos = 'NOUN', lemma = word.toLowerCase()] = w.split('/');
      if (text) text += ' ';
      tokens.push({ start: text.length, end: text.length + word!.length, text: word!, normal: word!.toLowerCase(), lemma, pos, sentence: 0 });
      text += word;
    }
    if (isActor) {
      const m: Mention = { id: `m${actorAt.size + 1}`, type: 'PERSON', form: 'name', sentence: 0, start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, firstToken: first, endToken: tokens.length, titles: [], country: null, sector: null };
      actorAt.set(first, m);
    }
  }
  return { tokens, actorAt, text };
}

function match(id: string, spec: string, anchor: string) {
  const s = sentence(spec);
  const at = s.tokens.findIndex((t) => t.text === anchor);
  const found = matchPattern(pattern(id), { tokens: s.tokens, forms: s.tokens.map(wordForms), actorAt: s.actorAt, actorEnds: new Set() }, at, s.tokens.length);
  const quoted = found ? s.text.slice(s.tokens[found.first]!.start, s.tokens[found.end - 1]!.end) : null;
  const names = (ms: Mention[]) => ms.map((m) => s.text.slice(m.start, m.end));
  return found && { quoted, source: names(found.source), target: names(found.target) };
}

describe('matchPattern', () => {
  it('fills the target after the verb: "met <name>"', () => {
    expect(match('meet-with', '[Joseph Mwangi] met/VERB/meet [Ruth Nakato] ./PUNCT', 'met')).toEqual({ quoted: 'met Ruth Nakato', source: [], target: ['Ruth Nakato'] });
  });

  it('takes an optional word when it is there: "met with <name>"', () => {
    expect(match('meet-with', '[Joseph Mwangi] met/VERB/meet with/ADP [Ruth Nakato]', 'met')).toMatchObject({ quoted: 'met with Ruth Nakato', target: ['Ruth Nakato'] });
  });

  it('skips up to four determiners, adjectives or quantity words before an actor slot', () => {
    expect(match('meet-with', 'met/VERB/meet the/DET visiting/ADJ [Ruth Nakato]', 'met')).toMatchObject({ quoted: 'met the visiting Ruth Nakato', target: ['Ruth Nakato'] });
    expect(match('meet-with', 'met/VERB/meet the/DET new/ADJ young/ADJ bold/ADJ tall/ADJ [Ruth Nakato]', 'met')).toBeNull();
  });

  it('fills a slot with "X and Y"', () => {
    expect(match('meet-with', 'met/VERB/meet [Ruth Nakato] and/CCONJ [Paul Habimana]', 'met')).toMatchObject({ target: ['Ruth Nakato', 'Paul Habimana'] });
  });

  it('lets modifiers stand between the verb and its noun: "held a rare one-on-one call with <name>"', () => {
    const got = match('phone-call-with', 'held/VERB/hold a/DET rare/ADJ one-on-one/ADJ call/NOUN with/ADP [Ruth Nakato]', 'held');
    expect(got).toEqual({ quoted: 'held a rare one-on-one call with Ruth Nakato', source: [], target: ['Ruth Nakato'] });
  });

  it('stops a modifier run at a verb', () => {
    expect(match('phone-call-with', 'held/VERB/hold talks/NOUN and/CCONJ made/VERB/make a/DET call/NOUN with/ADP [Ruth Nakato]', 'held')).toBeNull();
  });

  it('fills the source of a passive pattern from "by <name>"', () => {
    expect(match('be-visited-by', '[Nairobi] was/AUX/be visited/VERB/visit by/ADP [Ruth Nakato]', 'visited')).toEqual({ quoted: 'visited by Ruth Nakato', source: ['Ruth Nakato'], target: [] });
  });

  it('lets a gap span the object of "discuss … with <name>"', () => {
    const got = match('discuss-with', 'discussed/VERB/discuss regional/ADJ border/NOUN security/NOUN with/ADP [Ruth Nakato]', 'discussed');
    expect(got).toMatchObject({ quoted: 'discussed regional border security with Ruth Nakato', target: ['Ruth Nakato'] });
  });

  it('does not match when the slot holds no actor', () => {
    expect(match('meet-with', 'met/VERB/meet reporters/NOUN ./PUNCT', 'met')).toBeNull();
  });

  it('fills an optional target slot when an actor is there, and leaves it empty otherwise', () => {
    expect(match('kill', '[Kamau Otieno] killed/VERB/kill [Ruth Nakato]', 'killed')).toMatchObject({ quoted: 'killed Ruth Nakato', target: ['Ruth Nakato'] });
    expect(match('kill', '[Kamau Otieno] killed/VERB/kill at/ADP dawn/NOUN', 'killed')).toEqual({ quoted: 'killed', source: [], target: [] });
  });

  it("reaches the actor behind an object's head noun and 'of': 'shelled positions of <name>'", () => {
    expect(match('shell', 'shelled/VERB/shell rebel/NOUN positions/NOUN of/ADP the/DET [Ruth Nakato]', 'shelled')).toMatchObject({ target: ['Ruth Nakato'] });
    expect(match('shell', 'shelled/VERB/shell positions/NOUN near/ADP [Ruth Nakato]', 'shelled')).toMatchObject({ target: [] });
  });

  it('derives a passive form "was attacked by <name>" from an active pattern', () => {
    expect(match('attack/passive', '[Nairobi] was/AUX/be attacked/VERB/attack at/ADP dawn/NOUN by/ADP [Ruth Nakato]', 'attacked')).toEqual({ quoted: 'attacked at dawn by Ruth Nakato', source: ['Ruth Nakato'], target: [] });
  });
});
