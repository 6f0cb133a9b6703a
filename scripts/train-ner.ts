// `npm run train:ner`: trains the named-entity tagger on CoNLL-2003 eng.train, scores eng.testa each epoch, writes models/.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chunks } from '../src/eval/conll/chunks.js';
import { parseConll, type ConllDocument } from '../src/eval/conll/read.js';
import { formatConllScore, scoreConll } from '../src/eval/conll/score.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';
import { buildGazetteer } from '../src/ner/gazetteer.js';
import { DEFAULT_MODEL_FILE } from '../src/ner/index.js';
import { ENTITY_TYPES, type EntitySpan } from '../src/ner/labels.js';
import { saveModel } from '../src/ner/model-file.js';
import { trainTagger, type TrainingDocument } from '../src/ner/train.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '..', 'shared', 'eval', 'conll2003') },
    epochs: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    folds: { type: 'string', default: '4' },
    prune: { type: 'string', default: '0.01' },
    out: { type: 'string', default: join(root, 'models', DEFAULT_MODEL_FILE) },
  },
});

const toTraining = (docs: ConllDocument[]): TrainingDocument[] =>
  docs.map((d) => ({
    sentences: d.sentences.map((s) => ({
      words: s.words,
      entities: chunks(s.tags).filter((c): c is EntitySpan => (ENTITY_TYPES as readonly string[]).includes(c.type)),
    })),
  }));

const started = Date.now();
const train = parseConll(readFileSync(join(values.data!, 'eng.train'), 'utf8'));
const dev = parseConll(readFileSync(join(values.data!, 'eng.testa'), 'utf8'));
const devGold = dev.flatMap((d) => d.sentences.map((s) => s.tags));
const gazetteer = buildGazetteer(loadKnowledge());
console.log(`eng.train: ${train.length} documents, ${train.reduce((n, d) => n + d.sentences.length, 0)} sentences; eng.testa: ${dev.length} documents`);

let devF1 = 0;
const { first, second } = trainTagger(toTraining(train), {
  gazetteer,
  folds: Number(values.folds),
  log: (line) => console.log(`${line} (${((Date.now() - started) / 1000).toFixed(0)}s)`),
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  prune: Number(values.prune),
  onEpoch(epoch, tagger, features) {
    const predicted = dev.flatMap((d) => tagger.tagDocument(d.sentences.map((s) => s.words)));
    const score = scoreConll(devGold, predicted);
    devF1 = score.overall.f1;
    const types = [...score.byType].map(([t, s]) => `${t} ${(100 * s.f1).toFixed(2)}`).join('  ');
    console.log(`epoch ${epoch}: eng.testa F1 ${(100 * devF1).toFixed(2)}  (${types})  ${features} features, ${((Date.now() - started) / 1000).toFixed(0)}s`);
    if (epoch === Number(values.epochs)) console.log(formatConllScore(score));
  },
});
const passes = second ? [first, second] : [first];
const bytes = saveModel(values.out!, passes, { name: 'ner-conll.v1', trainedOn: 'CoNLL-2003 eng.train', epochs: Number(values.epochs), devF1: Math.round(devF1 * 10000) / 10000 });
console.log(`wrote ${values.out} (${passes.map((p) => p.size).join(' + ')} feature rows, ${(bytes / 1024 / 1024).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)}s`);
