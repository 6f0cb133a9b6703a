// wink-nlp (English lite model: sentences, tokens, POS, lemmas): one instance at a time, replaced now and then so its vocabulary stays bounded.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Texts one instance reads before a fresh one replaces it. wink adds every word it has not met to
 * the instance's vocabulary (~5 MB per 100,000 Reuters paragraphs), so one instance would grow with
 * the corpus; a fresh one costs ~0.1 s. A fresh instance reads a text as the old one did, but for
 * the rare token wink keeps whole only because it met it whole before ("U.S." ending a paragraph:
 * 4 of 3,000 Reuters stories read differently with a fresh instance every 200 paragraphs);
 * sentences.ts undoes the common case, "X's".
 */
const TEXTS_PER_INSTANCE = 50_000;

/**
 * The model with its CER machines loaded once: wink-eng-lite-web-model's `metaCER()` stringifies
 * the machines again at every call, so the string doubles and the 20th instance fails with
 * "Invalid string length".
 */
const cerMachines = (model.metaCER as () => unknown)();
const reusableModel = { ...model, metaCER: () => cerMachines };
/** A fresh wink instance; any number of them can be made in one process. */
export const createWink = () => winkNLP(reusableModel, ['sbd', 'pos']);
let instance = createWink();
let texts = 0;

/**
 * wink's reading of one text (a paragraph).
 * @example readDoc('Talks resumed in Nairobi.').sentences().length() // 1
 */
export function readDoc(text: string): ReturnType<typeof instance.readDoc> {
  if (texts++ === TEXTS_PER_INSTANCE) [instance, texts] = [createWink(), 1];
  return instance.readDoc(text);
}

export const its = instance.its;
