// The names stage: the tagger's spans over the article's tokens, hyphenated words read whole, prose skipped, and
// names cut where a greedy first guess would drag the next words in.
import { describe, expect, it } from 'vitest';
import { createDocument, type Document } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { loadTagger } from '../../ner/index.js';
import { cleanStage } from '../clean/clean.js';
import { sentencesStage } from '../sentences/sentences.js';
import { buildPipeline } from '../stage.js';
import { namesStage } from './names.js';

const kb = loadKnowledge();
const tagger = loadTagger({ knowledge: kb });
const withTagger = buildPipeline([cleanStage, sentencesStage, namesStage(tagger)], kb);
const rulesOnly = buildPipeline([cleanStage, sentencesStage, namesStage(null)], kb);

const read = (text: string, pipeline = withTagger): Document => pipeline.run(createDocument({ id: 't', text }));
const names = (doc: Document) =>
  doc.names!.spans.map((n) => [n.type, doc.text.slice(doc.tokens![n.firstToken]!.start, doc.tokens![n.endToken - 1]!.end)]);

describe('names stage', () => {
  it('finds people, organisations and places no list holds', () => {
    const doc = read('Shares in Halvorsen Logistics fell after Kupfer told reporters in Nairobi that the deal had failed.');
    expect(names(doc)).toEqual([
      ['ORG', 'Halvorsen Logistics'],
      ['PER', 'Kupfer'],
      ['LOC', 'Nairobi'],
    ]);
    expect(doc.names!.tagger).toBe(tagger.info!.name);
  });

  it('reads a hyphenated name as one word, as the tagger was trained', () => {
    expect(names(read('Fighting flared again in Nagorno-Karabakh on Sunday, officials said.'))).toEqual([['LOC', 'Nagorno-Karabakh']]);
  });

  it('stops a name at its first lower-case word that is not a particle', () => {
    const doc = read('Opposition leader Mwangi later met Ruto supporters at a rally.');
    for (const [, text] of names(doc)) expect(text).toMatch(/^[A-Z][a-z]+$/);
    expect(names(doc).map(([, text]) => text)).toEqual(['Mwangi', 'Ruto']);
  });

  it('keeps particles inside a name but never at its end', () => {
    expect(names(read('The Bank of England raised rates on Thursday.'))).toEqual([['ORG', 'Bank of England']]);
  });

  it('finds no names in prose without capitals after the first word', () => {
    expect(names(read('Prices rose for the third month in a row as demand for fuel stayed strong.'))).toEqual([]);
  });

  it('finds nothing and says so when the rules work alone', () => {
    const doc = read('Shares in Halvorsen Logistics fell after Kupfer spoke.', rulesOnly);
    expect(doc.names).toEqual({ tagger: null, spans: [] });
  });
});
