// The one shared wink-nlp instance (English lite model: sentences, tokens, POS, lemmas).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
