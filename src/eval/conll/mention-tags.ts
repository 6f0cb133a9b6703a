// CoNLL tags from Dyad's mention stage: a CoNLL document laid out as text (one sentence per paragraph), read by
// the pipeline up to its mentions, and the name mentions mapped back onto the CoNLL tokens they cover.
import type { Document, EntityType, Mention } from '../../document/document.js';
import { raw } from '../../document/to-record.js';
import type { ConllDocument } from './read.js';

/** How a mention type scores in CoNLL-2003. */
export const CONLL_TYPE: Record<EntityType, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', MISC: 'MISC' };

/** Mentions that are names; roles ("the army chief"), pronouns, groups and country pairs are not CoNLL entities. */
const NAME_FORMS = new Set(['name', 'acronym', 'honorific']);

export interface LaidOut {
  text: string;
  /** Per sentence, per CoNLL token, its `[start, end)` in `text`. */
  offsets: [number, number][][];
}

/**
 * The document's tokens joined by spaces, each sentence its own paragraph.
 * @example layOut({ sentences: [{ words: ['EU', 'rejects'], pos: [], tags: [] }] }).text // 'EU rejects'
 */
export function layOut(doc: ConllDocument): LaidOut {
  let text = '';
  const offsets = doc.sentences.map((s, k) => {
    if (k > 0) text += '\n\n';
    return s.words.map((w, i): [number, number] => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += w;
      return [start, text.length];
    });
  });
  return { text, offsets };
}

/** The characters a mention names: an honorific's name without "Mr". */
function nameSpan(doc: Document, m: Mention): [number, number] {
  const { start, end } = raw(doc, { start: m.form === 'honorific' ? doc.tokens![m.firstToken + 1]!.start : m.start, end: m.end });
  return [start, end];
}

/**
 * IOB2 tags per CoNLL sentence from the name mentions of `read` (the laid-out text's pipeline document, read
 * up to mentions): a mention tags the CoNLL tokens wholly inside it; overlapping later mentions are dropped.
 */
export function mentionTags(conll: ConllDocument, laid: LaidOut, doc: Document): string[][] {
  const tags = conll.sentences.map((s) => new Array<string>(s.words.length).fill('O'));
  const sentenceAt = (offset: number) => laid.offsets.findIndex((row) => row.length > 0 && row[row.length - 1]![1] >= offset);
  for (const m of doc.mentions ?? []) {
    if (!NAME_FORMS.has(m.form)) continue;
    const [start, end] = nameSpan(doc, m);
    const s = sentenceAt(start);
    if (s < 0) continue;
    const inside = laid.offsets[s]!.flatMap(([a, b], i) => (a >= start && b <= end ? [i] : []));
    if (inside.length === 0 || inside.some((i) => tags[s]![i] !== 'O')) continue;
    const type = CONLL_TYPE[m.type];
    inside.forEach((i, k) => (tags[s]![i] = `${k === 0 ? 'B' : 'I'}-${type}`));
  }
  return tags;
}
