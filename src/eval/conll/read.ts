// Reads a CoNLL-2003 file (word POS chunk NE per line, blank lines between sentences, -DOCSTART- between documents).

export interface ConllSentence {
  words: string[];
  pos: string[];
  /** The named-entity column as written (IOB1 in CoNLL-2003). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/**
 * Parses CoNLL text into documents of sentences. A `-DOCSTART-` line starts a new document wherever it
 * stands (eng.train has its first one at the end); empty documents are dropped.
 * @example parseConll('EU NNP I-NP I-ORG\n\n')[0].sentences[0].tags // ['I-ORG']
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sentence: ConllSentence = { words: [], pos: [], tags: [] };
  const endSentence = () => {
    if (sentence.words.length > 0) doc.sentences.push(sentence);
    sentence = { words: [], pos: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    sentence.words.push(cols[0]!);
    sentence.pos.push(cols.length > 2 ? cols[1]! : '');
    sentence.tags.push(cols[cols.length - 1]!);
  }
  endDocument();
  return docs;
}
