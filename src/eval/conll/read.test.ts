// Tests for reading CoNLL-2003 files: sentences, documents, a -DOCSTART- at the end.
import { describe, expect, it } from 'vitest';
import { parseConll } from './read.js';

describe('parseConll', () => {
  it('splits sentences on blank lines and documents on -DOCSTART- wherever it stands', () => {
    const text = 'Ana NNP I-NP I-PER\nspoke VBD I-VP O\n\nLima NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n\nOslo NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n';
    const docs = parseConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences.map((s) => s.words)).toEqual([['Ana', 'spoke'], ['Lima']]);
    expect(docs[0]!.sentences[0]!.tags).toEqual(['I-PER', 'O']);
    expect(docs[0]!.sentences[0]!.pos).toEqual(['NNP', 'VBD']);
    expect(docs[1]!.sentences[0]!.words).toEqual(['Oslo']);
  });
});
