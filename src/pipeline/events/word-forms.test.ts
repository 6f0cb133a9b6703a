// Tests for the forms a token matches pattern words by.
import { describe, expect, it } from 'vitest';
import { wordForms } from './word-forms.js';

describe('wordForms', () => {
  it("adds the stem of a regular '-d' form the lemmatiser cut too short: staged → stage", () => {
    expect(wordForms({ normal: 'staged', lemma: 'stag' })).toEqual(['stag', 'staged', 'stage']);
  });

  it("keeps a good lemma first; the extra stem of 'attacked' is no word, so no pattern holds it", () => {
    expect(wordForms({ normal: 'attacked', lemma: 'attack' })).toEqual(['attack', 'attacked', 'attacke']);
  });

  it("adds the verb of an '-ing' form left whole (arresting tagged as a noun): arresting → arrest", () => {
    expect(wordForms({ normal: 'arresting', lemma: 'arresting' })).toEqual(['arresting', 'arrest']);
  });

  it("adds the word without '-ed' when the lemmatiser left it whole: ransacked → ransack (issue 3)", () => {
    expect(wordForms({ normal: 'ransacked', lemma: 'ransacked' })).toContain('ransack');
    expect(wordForms({ normal: 'beheaded', lemma: 'beheaded' })).toContain('behead');
  });

  it('gives an uninflected word once', () => {
    expect(wordForms({ normal: 'meet', lemma: 'meet' })).toEqual(['meet']);
  });
});
