// Tests for clauseTense on hand-built tokens: the tagger's slips that must not decide a date's direction (issue 4).
import { describe, expect, it } from 'vitest';
import type { Token } from '../../document/document.js';
import { clauseTense } from './tense.js';

/** Tokens from `word/POS/lemma` triples (lemma defaults to the lower-cased word), with offsets one space apart. */
function tokens(spec: string): Token[] {
  let at = 0;
  return spec.split(' ').map((piece) => {
    const [text, pos, lemma] = piece.split('/') as [string, string, string | undefined];
    const start = at;
    at += text.length + 1;
    return { start, end: start + text.length, text, normal: text.toLowerCase(), lemma: lemma ?? text.toLowerCase(), pos, sentence: 0 };
  });
}

/** The tense around the token `word` in `spec`. */
function tenseAround(spec: string, word: string): string {
  const t = tokens(spec);
  const k = t.findIndex((x) => x.text === word);
  return clauseTense(t, 0, t.length, k, k + 1);
}

describe('clauseTense (issue 4)', () => {
  it("reads an '-ed' verb the tagger left unreduced as past, and a bare one as present", () => {
    expect(tenseAround('Lorries/NOUN rolled/VERB/roll on/ADP ,/PUNCT unhindered/VERB Monday/PROPN', 'Monday')).toBe('past');
    expect(tenseAround('Ferries/NOUN sail/VERB Monday/PROPN', 'Monday')).toBe('present');
    // "-eed" verbs keep their present: "they proceed Monday".
    expect(tenseAround('They/PRON proceed/VERB Monday/PROPN', 'Monday')).toBe('present');
  });
  it('skips a capitalised word inside the sentence that the tagger took for a verb, but not one after a quote', () => {
    expect(tenseAround('In/ADP March/PROPN ,/PUNCT at/ADP the/DET Wade/VERB Hampton/PROPN school/NOUN ,/PUNCT pupils/NOUN will/AUX march/VERB', 'March')).toBe('future');
    expect(tenseAround('In/ADP March/PROPN ,/PUNCT at/ADP the/DET Wade/VERB Hampton/PROPN school/NOUN ,/PUNCT pupils/NOUN marched/VERB/march', 'March')).toBe('past');
    expect(tenseAround('"/PUNCT Sign/VERB it/PRON by/ADP Monday/PROPN', 'Monday')).toBe('present');
  });
});
