// Tests for the sentences stage: paragraphs split on newlines, blanked junk never merged, token offsets, the dateline skipped.
import { describe, expect, it } from 'vitest';
import { createDocument, type Document } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { buildPipeline } from '../stage.js';
import { cleanStage } from '../clean/clean.js';
import { sentencesStage } from './sentences.js';
import { createWink } from './wink.js';

const kb = loadKnowledge();
const pipeline = buildPipeline([cleanStage, sentencesStage], kb);

function run(text: string): Document {
  return pipeline.run(createDocument({ id: 't', text }));
}

function sentenceTexts(doc: Document): string[] {
  return doc.sentences!.map((s) => doc.clean!.text.slice(s.start, s.end));
}

describe('sentences', () => {
  it("reads 'shot' and an '-ed' word wink tags as a noun as verbs after their subject, not 'a warning shot' (issue 3)", () => {
    const doc = run('The army shot down a drone. Police fired a warning shot at the boat. The navy blockaded Gaza. Guards tortured the detainees.');
    const tag = (word: string, nth = 0) => doc.tokens!.filter((t) => t.normal === word)[nth]!;
    expect([tag('shot').pos, tag('shot').lemma]).toEqual(['VERB', 'shoot']);
    expect(tag('shot', 1).pos).toBe('NOUN');
    expect(tag('blockaded').pos).toBe('VERB');
    expect(tag('tortured').pos).toBe('VERB');
  });

  it("reads a headline's present tense after a plural subject as a verb, not a noun before another ('attack helicopters')", () => {
    const doc = run('Police clash with protesters in Nairobi. Rebels attack Goma. The army bought attack helicopters.');
    const tag = (word: string) => doc.tokens!.find((t) => t.normal === word)!;
    expect([tag('clash').pos, tag('attack').pos]).toEqual(['VERB', 'VERB']);
    expect(doc.tokens!.filter((t) => t.normal === 'attack')[1]!.pos).not.toBe('VERB');
  });

  it('never merges a blanked junk line into the sentence before or after it', () => {
    // The first line has no full stop, so only the newline split keeps it apart.
    const doc = run('The envoys met in Gao. They did not agree\nRead More: Farmers block roads again\nOfficials said more talks were planned.');
    expect(sentenceTexts(doc)).toEqual(['The envoys met in Gao.', 'They did not agree', 'Officials said more talks were planned.']);
    expect(doc.sentences!.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    const text = doc.clean!.text;
    expect(doc.tokens!.some((t) => /Read|Farmers/.test(text.slice(t.start, t.end)))).toBe(false);
  });

  it('runs a sentence on past a title abbreviation before a name', () => {
    const doc = run('The Rev. Amos Kitonga led prayers in Kisumu on Sunday. He later met Adm. Ruth Waweru and Maj. Gen. Peter Njoroge.\nThe talks ended late on Jan. 5. Mr. Otieno left.');
    expect(sentenceTexts(doc)).toEqual(['The Rev. Amos Kitonga led prayers in Kisumu on Sunday.', 'He later met Adm. Ruth Waweru and Maj. Gen. Peter Njoroge.', 'The talks ended late on Jan. 5.', 'Mr. Otieno left.']);
    const tokens = doc.tokens!;
    expect(doc.sentences!.every((s, i) => tokens.slice(s.firstToken, s.endToken).every((t) => t.sentence === i))).toBe(true);
  });

  it('splits paragraphs on newlines even without a full stop', () => {
    const doc = run('Talks resumed on Monday\nThe next round is in June');
    expect(sentenceTexts(doc)).toEqual(['Talks resumed on Monday', 'The next round is in June']);
    expect(doc.sentences!.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('gives every token offsets that quote its text', () => {
    const doc = run('The U.S. envoy can\u2019t attend \u2014 she\u2019s in Gao. He said \u201Cyes\u201D to a $5bn-deal on 2025-09-14.\nMs. Wanjiru didn\u2019t\u200B reply.');
    const text = doc.clean!.text;
    expect(doc.tokens!.length).toBeGreaterThan(20);
    for (const t of doc.tokens!) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.end).toBeGreaterThan(t.start);
    }
    const cant = doc.tokens!.findIndex((t) => t.text === 'ca');
    expect(doc.tokens![cant + 1]!.text).toBe("n't");
    expect(text.slice(doc.tokens![cant]!.start, doc.tokens![cant + 1]!.end)).toBe("can't");
  });

  it('covers each sentence with its tokens: no character outside a token but spaces', () => {
    const doc = run('The envoy\u2019s aide, Ms. Wanjiru, left at 5pm. Talks resume on 3 June.');
    const text = doc.clean!.text;
    for (const s of doc.sentences!) {
      const words = doc.tokens!.slice(s.firstToken, s.endToken).map((t) => t.text).join('');
      expect(words).toBe(text.slice(s.start, s.end).replace(/\s+/g, ''));
      expect(text.slice(s.start, s.end)).toBe(text.slice(doc.tokens![s.firstToken]!.start, doc.tokens![s.endToken - 1]!.end));
    }
  });

  it('numbers tokens by their sentence and keeps token ranges in order', () => {
    const doc = run('The envoys met. They agreed. Talks end today.');
    expect(doc.sentences).toHaveLength(3);
    let next = 0;
    for (const s of doc.sentences!) {
      expect(s.firstToken).toBe(next);
      for (let k = s.firstToken; k < s.endToken; k++) expect(doc.tokens![k]!.sentence).toBe(s.index);
      next = s.endToken;
    }
    expect(next).toBe(doc.tokens!.length);
  });

  it('starts the first sentence after the dateline', () => {
    const doc = run('BRUSSELS (Reuters) - The envoys met in Gao.');
    expect(sentenceTexts(doc)).toEqual(['The envoys met in Gao.']);
    const dateline = doc.clean!.dateline!;
    expect(doc.clean!.text.slice(dateline.start, dateline.end)).toBe('BRUSSELS (Reuters) - ');
    expect(doc.tokens![0]!.start).toBeGreaterThanOrEqual(dateline.end);
    expect(doc.tokens![0]!.text).toBe('The');
  });

  it('starts after a "PLACE:" dateline too, with no token for the place', () => {
    const doc = run('ISLAMABAD: Officials said talks would resume.');
    expect(sentenceTexts(doc)).toEqual(['Officials said talks would resume.']);
    expect(doc.tokens!.some((t) => t.text === 'ISLAMABAD')).toBe(false);
  });

  it('gives a text with only junk lines no sentences', () => {
    const doc = run('Share\nPhoto: AFP\n');
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
  });
});

describe('wink instances', () => {
  it('makes any number of fresh instances that read alike (wink-eng-lite-web-model doubled a string at each one)', () => {
    const text = 'Kenya and Ethiopia held talks in Addis Ababa. They agreed to meet again.';
    const reading = (nlp: ReturnType<typeof createWink>) => JSON.stringify(nlp.readDoc(text).tokens().out());
    const first = reading(createWink());
    for (let i = 0; i < 24; i++) expect(reading(createWink())).toBe(first);
  });
});
