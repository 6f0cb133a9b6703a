// `dyad eval conll FILE`: scores the name tagger, the mention rules and the two together on a CoNLL-2003 file (conlleval).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DyadError } from '../../errors.js';
import { chunks } from '../../eval/conll/chunks.js';
import { parseConll, type ConllDocument } from '../../eval/conll/read.js';
import { formatConllScore, scoreConll } from '../../eval/conll/score.js';
import { createDocument, type Document } from '../../document/document.js';
import { layOut, mentionTags } from '../../eval/conll/mention-tags.js';
import { defaultKnowledgeDir, loadKnowledge, type Knowledge } from '../../knowledge/knowledge.js';
import { loadTagger, type Tagger } from '../../ner/index.js';
import { buildPipeline } from '../../pipeline/stage.js';
import { stagesThrough } from '../../pipeline/stages.js';
import type { CliIo } from '../extract-command.js';
import { Sink } from '../output.js';
import { parseSetArgs, type EvalSet } from './sets.js';

/** `../shared/eval/conll2003/eng.testa` beside the package, the default file. */
export function defaultConllFile(): string {
  return resolve(defaultKnowledgeDir(), '..', '..', 'shared', 'eval', 'conll2003', 'eng.testa');
}

/** One line per chunk the tagger got wrong: "missed" gold chunks and "spurious" found ones, with their sentence. */
function errorLines(docs: ConllDocument[], predicted: string[][]): string[] {
  const lines: string[] = [];
  let s = 0;
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const key = (c: { type: string; start: number; end: number }) => `${c.type} ${c.start} ${c.end}`;
      const gold = chunks(sentence.tags);
      const found = chunks(predicted[s++]!);
      const goldKeys = new Set(gold.map(key));
      const foundKeys = new Set(found.map(key));
      const text = (c: { start: number; end: number }) => sentence.words.slice(c.start, c.end).join(' ');
      const context = sentence.words.join(' ');
      for (const c of gold) if (!foundKeys.has(key(c))) lines.push(`missed    ${c.type.padEnd(4)} "${text(c)}"  in: ${context}`);
      for (const c of found) if (!goldKeys.has(key(c))) lines.push(`spurious  ${c.type.padEnd(4)} "${text(c)}"  in: ${context}`);
    }
  }
  return lines;
}

/** What reads the names: the tagger on CoNLL's own tokens, Dyad's mention rules alone, or the mention stage with the tagger (what `dyad extract` runs). */
export const READERS = ['tagger', 'rules', 'pipeline'] as const;
export type Reader = (typeof READERS)[number];

const READER_TITLES: Record<Reader, string> = {
  tagger: 'tagger alone, on the CoNLL tokens',
  rules: 'mention rules alone (knowledge, titles, name shapes)',
  pipeline: 'mention stage: rules and tagger (what dyad extract runs)',
};

/** A function from a laid-out CoNLL document to its pipeline document, read up to mentions. */
function mentionReader(tagger: Tagger | null, kb: Knowledge): (text: string) => Document {
  const pipeline = buildPipeline(stagesThrough('mentions', { tagger }), kb);
  let n = 0;
  return (text) => pipeline.run(createDocument({ id: `conll${++n}`, text }));
}

/** Predicted IOB2 tags for every sentence of every document by `reader`, and the seconds the reading took. */
function predict(reader: Reader, docs: ConllDocument[], tagger: Tagger, kb: Knowledge): { predicted: string[][]; seconds: number } {
  const started = performance.now();
  let predicted: string[][];
  if (reader === 'tagger') predicted = docs.flatMap((d) => tagger.tagDocument(d.sentences.map((s) => s.words)));
  else {
    const read = mentionReader(reader === 'pipeline' ? tagger : null, kb);
    predicted = docs.flatMap((d) => {
      const laid = layOut(d);
      return mentionTags(d, laid, read(laid.text));
    });
  }
  return { predicted, seconds: (performance.now() - started) / 1000 };
}

/**
 * Scores each of `readers` on the CoNLL file at `path`: conlleval precision, recall and F1 per type and overall;
 * with `errors`, first one line per wrong chunk. Returns 0 once scored.
 * @example await evalConll('../shared/eval/conll2003/eng.testa', io, { readers: ['tagger'] }) // prints "overall  precision 91.10 …"
 */
export async function evalConll(path: string, io: CliIo, options: { errors?: boolean; model?: string; readers?: readonly Reader[] } = {}): Promise<number> {
  if (!existsSync(path)) throw new DyadError('INPUT_UNREADABLE', `${path}: no CoNLL file there; give one, e.g. dyad eval conll ../shared/eval/conll2003/eng.testa`);
  const docs = parseConll(readFileSync(path, 'utf8'));
  if (docs.length === 0) throw new DyadError('INPUT_EMPTY', `${path}: no tokens found; a CoNLL file has one "word … TAG" line per token`);
  const kb = loadKnowledge();
  let started = performance.now();
  const tagger = loadTagger(options.model === undefined ? { knowledge: kb } : { knowledge: kb, path: options.model });
  const loadMs = performance.now() - started;
  const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
  const sink = new Sink(io.stdout);
  const model = tagger.info ? `${tagger.info.name}, trained on ${tagger.info.trainedOn}` : 'tagger';
  await sink.write(`${path} (${docs.length} documents; ${model}, loaded in ${Math.round(loadMs)} ms)\n`);
  const overall: string[] = [];
  for (const reader of options.readers ?? READERS) {
    const { predicted, seconds } = predict(reader, docs, tagger, kb);
    const score = scoreConll(gold, predicted);
    let speed = `${Math.round(score.tokens / seconds)} tokens/s`;
    if (reader === 'tagger') {
      // Again, as in a long-running pipeline: compiled code and the tagger's word cache warm.
      started = performance.now();
      for (const d of docs) tagger.tagDocument(d.sentences.map((s) => s.words));
      speed += ` cold, ${Math.round(score.tokens / ((performance.now() - started) / 1000))} tokens/s warm`;
    }
    if (options.errors) for (const line of errorLines(docs, predicted)) await sink.write(`${reader.padEnd(9)} ${line}\n`);
    await sink.write(`\n${reader}: ${READER_TITLES[reader]} (${speed})\n${formatConllScore(score)}\n`);
    overall.push(`${reader} ${(score.overall.f1 * 100).toFixed(2)}`);
  }
  if (overall.length > 1) await sink.write(`\noverall F1: ${overall.join(', ')}\n`);
  return 0;
}

/** `dyad eval conll [FILE] [--reader tagger|rules|pipeline] [--errors] [--model FILE]`. */
export const conllSet: EvalSet = {
  name: 'conll',
  summary: 'eval conll [FILE] [--reader R] [--errors]   CoNLL-2003 entity P/R/F1 of the tagger, the mention rules and both (default ../shared/eval/conll2003/eng.testa)',
  async run(argv, io) {
    const { values, positionals } = parseSetArgs(argv, { errors: { type: 'boolean' }, model: { type: 'string' }, reader: { type: 'string' } });
    if (positionals.length > 1) throw new DyadError('USAGE', `eval conll takes one file (got ${positionals.length})`);
    const reader = values.reader;
    if (reader !== undefined && !(READERS as readonly unknown[]).includes(reader)) throw new DyadError('USAGE', `eval conll: --reader ${String(reader)} is not one of ${READERS.join(', ')}`);
    const model = values.model;
    return evalConll(positionals[0] ?? defaultConllFile(), io, {
      errors: values.errors === true,
      ...(typeof model === 'string' ? { model } : {}),
      ...(typeof reader === 'string' ? { readers: [reader as Reader] } : {}),
    });
  },
};
