// Tests for scoring Dyad's mention stage on CoNLL: the layout of a CoNLL document as text and the mapping of name mentions back onto its tokens.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../document/document.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { loadTagger } from '../../ner/index.js';
import { buildPipeline } from '../../pipeline/stage.js';
import { stagesThrough } from '../../pipeline/stages.js';
import { layOut, mentionTags } from './mention-tags.js';
import type { ConllDocument } from './read.js';

const sentence = (line: string) => {
  const words = line.split(' ');
  return { words, pos: words.map(() => 'X'), tags: words.map(() => 'O') };
};
const doc: ConllDocument = {
  sentences: [sentence('Kenyan Foreign Minister Amina Odhiambo met Mr Kupfer in Addis Ababa .'), sentence('He said the African Union would help .')],
};

const kb = loadKnowledge();
const throughMentions = buildPipeline(stagesThrough('mentions', { tagger: loadTagger({ knowledge: kb }) }), kb);

describe('layOut', () => {
  it('joins words with spaces and sentences as paragraphs, with each word at its offsets', () => {
    const laid = layOut(doc);
    expect(laid.text.split('\n\n')).toHaveLength(2);
    doc.sentences.forEach((s, k) => s.words.forEach((w, i) => expect(laid.text.slice(...laid.offsets[k]![i]!)).toBe(w)));
  });
});

describe('mentionTags', () => {
  it('tags the CoNLL tokens of name mentions with CoNLL types, leaving out titles, honorifics, pronouns and roles', () => {
    const laid = layOut(doc);
    const tags = mentionTags(doc, laid, throughMentions.run(createDocument({ id: 'c', text: laid.text })));
    expect(tags[0]).toEqual(['B-MISC', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(tags[1]).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']);
  });
});
