// Reads and writes the tagger's model file: gzipped JSON holding, per pass, feature keys and int16-quantized weights.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../errors.js';
import { FEATURES_VERSION } from './features.js';
import { BILOU_LABELS } from './labels.js';
import { LinearModel } from './linear-model.js';

const FORMAT = 'dyad-ner-model';

/** What the file says about its training, printed by `dyad eval conll` and kept for provenance. */
export interface ModelInfo {
  /** "ner-conll.v1". */
  name: string;
  trainedOn: string;
  epochs: number;
  devF1?: number;
}

interface PassJson {
  /** Weight = int16 × scale. */
  scale: number;
  /** base64 of Int32Array keys, then of Int16Array weights (labels.length per key), little-endian. */
  keys: string;
  weights: string;
}

interface ModelJson {
  format: string;
  features: string;
  labels: string[];
  info: ModelInfo;
  /** The first pass, then the second pass when there is one. */
  passes: PassJson[];
}

function encode(model: LinearModel): PassJson {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  return {
    scale,
    keys: Buffer.from(model.keys.buffer, model.keys.byteOffset, model.keys.byteLength).toString('base64'),
    weights: Buffer.from(q.buffer).toString('base64'),
  };
}

function decode(pass: PassJson, nLabels: number): LinearModel {
  const keyBytes = Buffer.from(pass.keys, 'base64');
  const weightBytes = Buffer.from(pass.weights, 'base64');
  const keys = new Int32Array(keyBytes.buffer.slice(keyBytes.byteOffset, keyBytes.byteOffset + keyBytes.byteLength));
  const q = new Int16Array(weightBytes.buffer.slice(weightBytes.byteOffset, weightBytes.byteOffset + weightBytes.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * pass.scale;
  return new LinearModel(nLabels, keys, weights, q);
}

/**
 * Writes the passes (first, then an optional second) to `path` as gzipped JSON, weights quantized to 16 bits.
 * Returns the bytes written.
 * @example saveModel('models/ner-conll.v1.json.gz', [first, second], { name: 'ner-conll.v1', trainedOn: 'eng.train', epochs: 12 })
 */
export function saveModel(path: string, passes: readonly LinearModel[], info: ModelInfo): number {
  const json: ModelJson = { format: FORMAT, features: FEATURES_VERSION, labels: [...BILOU_LABELS], info, passes: passes.map(encode) };
  const bytes = gzipSync(JSON.stringify(json), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

/**
 * Reads a model file written by `saveModel`.
 * @throws DyadError KNOWLEDGE_INVALID when the file is missing, corrupt, or made for other features or labels.
 */
export function readModel(path: string): { passes: LinearModel[]; info: ModelInfo } {
  let json: ModelJson;
  try {
    json = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelJson;
  } catch (error) {
    throw new DyadError('KNOWLEDGE_INVALID', `cannot read the tagger model ${path}: ${(error as Error).message}; run 'npm run train:ner' to make one`);
  }
  if (json.format !== FORMAT || json.features !== FEATURES_VERSION || json.labels?.join(' ') !== BILOU_LABELS.join(' ') || !Array.isArray(json.passes) || json.passes.length === 0) {
    throw new DyadError('KNOWLEDGE_INVALID', `tagger model ${path} was made for ${json.features ?? 'unknown features'}, not ${FEATURES_VERSION}; run 'npm run train:ner' to retrain it`);
  }
  return { passes: json.passes.map((p) => decode(p, json.labels.length)), info: json.info };
}
