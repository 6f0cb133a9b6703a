// Tests for the tagger's features: shapes, normalization, document context, gazetteer matches, feature keys.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { contextKey, docContext, normalize, sentenceFeatures, shape, shortShape } from './features.js';
import { buildGazetteer } from './gazetteer.js';
import { featureKey } from './hash.js';

const noGazetteer = (words: readonly string[]) => words.map(() => []);

describe('features', () => {
  it('writes word shapes long and collapsed', () => {
    expect(shape('McCain')).toBe('XxXxxx');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shortShape('1996-08-22')).toBe('d-d-d');
    expect(shortShape('NATO')).toBe('X');
    expect(shortShape('Phumtham')).toBe('Xx');
  });

  it('normalizes case and digits', () => {
    expect(normalize('Q3-2025')).toBe('q0-0000');
  });

  it('notes capitalised words that the document also writes in lower case', () => {
    const doc = docContext([['Talks', 'ended', '.'], ['The', 'talks', 'with', 'Amina', 'Wekesa', 'ended']]);
    expect(doc.lowerSeen.has('talks')).toBe(true);
    expect(doc.capSeenMid.has('wekesa')).toBe(true);
    expect(doc.capSeenMid.has('the')).toBe(false);
  });

  it('gives a token its own word features and its neighbours', () => {
    const words = ['Amina', 'Wekesa', 'spoke'];
    const [first] = sentenceFeatures(words, docContext([words]), noGazetteer);
    const keys = new Set(first);
    for (const f of ['bias', 'w=Amina', 'l=amina', 'ss=Xx', 'x3=ina', 'p2=am', 'title', 'initial'])
      expect(keys.has(featureKey(f)), f).toBe(true);
    expect(keys.has(contextKey('l+1', featureKey('wekesa'))), 'l+1=wekesa').toBe(true);
    expect(keys.has(contextKey('l-1', featureKey('<s>'))), 'l-1=<s>').toBe(true);
    expect(keys.has(contextKey('l|l+1', featureKey('amina'), featureKey('wekesa'))), 'l|l+1').toBe(true);
    expect(keys.has(featureKey('caps'))).toBe(false);
  });

  it('gives the same features to the same sentence with or without a warm word cache', () => {
    const words = ['NATO', 'met', 'in', 'Brussels', '.'];
    const cache = new Map<string, Int32Array>();
    sentenceFeatures(['Brussels', 'NATO'], docContext([words]), noGazetteer, cache);
    expect(sentenceFeatures(words, docContext([words]), noGazetteer, cache)).toEqual(sentenceFeatures(words, docContext([words]), noGazetteer));
  });

  it('marks country words, titles and honorifics from the knowledge files', () => {
    const gazetteer = buildGazetteer(loadKnowledge());
    const g = gazetteer(['Mr', 'Dar', 'met', 'the', 'Foreign', 'Minister', 'in', 'Islamabad']);
    expect(g[0]).toContain('hon:U');
    expect(g[5]!.some((f) => f.startsWith('title:'))).toBe(true);
    expect(g[7]).toContain('cty-capital:U');
    expect(g[2]).toEqual([]);
  });
});
