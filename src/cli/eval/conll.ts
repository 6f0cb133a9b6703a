// `dyad eval conll FILE [--errors]`: tags a CoNLL-2003 file's tokens with the statistical tagger and scores them (conlleval).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DyadError } from '../../errors.js';
import { chunks } from '../../eval/conll/chunks.js';
import { parseConll, type ConllDocument } from '../../eval/conll/read.js';
import { formatConllScore, scoreConll } from '../../eval/conll/score.js';
import { defaultKnowledgeDir } from '../../knowledge/knowledge.js';
import { loadTagger } from '../../ner/index.js';
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

/**
 * Tags every document of the CoNLL file at `path` and prints conlleval precision, recall and F1 per type and
 * overall; with `errors`, first one line per wrong chunk. Returns 0 once scored.
 * @example await evalConll('../shared/eval/conll2003/eng.testa', io) // prints "overall  precision 91.0 …"
 */
export async function evalConll(path: string, io: CliIo, options: { errors?: boolean; model?: string } = {}): Promise<number> {
  if (!existsSync(path)) throw new DyadError('INPUT_UNREADABLE', `${path}: no CoNLL file there; give one, e.g. dyad eval conll ../shared/eval/conll2003/eng.testa`);
  const docs = parseConll(readFileSync(path, 'utf8'));
  if (docs.length === 0) throw new DyadError('INPUT_EMPTY', `${path}: no tokens found; a CoNLL file has one "word … TAG" line per token`);
  const tagger = loadTagger(options.model === undefined ? {} : { path: options.model });
  const sentences = docs.map((d) => d.sentences.map((s) => s.words));
  let started = performance.now();
  const predicted = sentences.flatMap((d) => tagger.tagDocument(d));
  const seconds = (performance.now() - started) / 1000;
  // Again, as in a long-running pipeline: compiled code and the tagger's word cache warm.
  started = performance.now();
  for (const d of sentences) tagger.tagDocument(d);
  const warmSeconds = (performance.now() - started) / 1000;
  const score = scoreConll(docs.flatMap((d) => d.sentences.map((s) => s.tags)), predicted);
  const sink = new Sink(io.stdout);
  if (options.errors) for (const line of errorLines(docs, predicted)) await sink.write(`${line}\n`);
  const model = tagger.info ? `${tagger.info.name}, trained on ${tagger.info.trainedOn}` : 'tagger';
  await sink.write(`${path} (${docs.length} documents; ${model}; ${Math.round(score.tokens / seconds)} tokens/s cold, ${Math.round(score.tokens / warmSeconds)} tokens/s warm)\n${formatConllScore(score)}\n`);
  return 0;
}

/** `dyad eval conll [FILE] [--errors] [--model FILE]`. */
export const conllSet: EvalSet = {
  name: 'conll',
  summary: 'eval conll [FILE] [--errors]   CoNLL-2003 entity P/R/F1 of the name tagger (default ../shared/eval/conll2003/eng.testa)',
  async run(argv, io) {
    const { values, positionals } = parseSetArgs(argv, { errors: { type: 'boolean' }, model: { type: 'string' } });
    if (positionals.length > 1) throw new DyadError('USAGE', `eval conll takes one file (got ${positionals.length})`);
    const model = values.model;
    return evalConll(positionals[0] ?? defaultConllFile(), io, { errors: values.errors === true, ...(typeof model === 'string' ? { model } : {}) });
  },
};
