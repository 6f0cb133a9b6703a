// Tests for the committed tagger model on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { loadTagger, spans } from './index.js';

const tagger = loadTagger({ knowledge: loadKnowledge() });

describe('Tagger (models/ner-conll.v1.bin.gz)', () => {
  it('finds a person, an organisation and a place in a sentence', () => {
    const words = ['Foreign', 'Minister', 'Amina', 'Wekesa', 'met', 'officials', 'of', 'the', 'World', 'Bank', 'in', 'Nairobi', 'on', 'Monday', '.'];
    const labels = tagger.tag(words);
    expect(labels).toHaveLength(words.length);
    expect(spans(labels)).toEqual([
      { type: 'PER', start: 2, end: 4 },
      { type: 'ORG', start: 8, end: 10 },
      { type: 'LOC', start: 11, end: 12 },
    ]);
  });

  it('returns IOB2 labels and nothing for an empty sentence', () => {
    expect(tagger.tag([])).toEqual([]);
    for (const l of tagger.tag(['Kenyan', 'farmers', 'protested', '.'])) expect(l).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });

  it('tags a surname alone as a person once the document has named the person in full', () => {
    const doc = [
      ['Peter', 'Okello', 'arrived', 'in', 'Kampala', 'on', 'Monday', '.'],
      ['Okello', 'said', 'the', 'talks', 'went', 'well', '.'],
    ];
    const [, second] = tagger.entitiesOfDocument(doc);
    expect(second).toContainEqual({ type: 'PER', start: 0, end: 1 });
  });

  it('carries the training info of its model file', () => {
    expect(tagger.info?.name).toBe('ner-conll.v1');
  });
});
