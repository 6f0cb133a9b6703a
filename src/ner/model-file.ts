// Reads and writes the tagger's model file: gzipped binary, a JSON header then, per pass, Int32 feature keys and
// int16-quantized weights, so loading is one gunzip and two copies, with no text to parse or base64 to decode.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DyadError } from '../errors.js';
import { FEATURES_VERSION } from './features.js';
import { BILOU_LABELS } from './labels.js';
import { LinearModel } from './linear-model.js';

const FORMAT = 'dyad-ner-model.bin.v1';

/** What the file says about its training, printed by `dyad eval conll` and kept for provenance. */
export interface ModelInfo {
  /** "ner-conll.v1". */
  name: string;
  trainedOn: string;
  epochs: number;
  devF1?: number;
}

/** The file's header; the passes' arrays follow it in order, little-endian: keys (Int32), then weights (Int16, labels.length per key). */
interface Header {
  format: string;
  features: string;
  labels: string[];
  info: ModelInfo;
  /** The first pass, then the second pass when there is one: weight = int16 × scale. */
  passes: { scale: number; keys: number }[];
}

/** int16 weights and their scale (weight = int16 × scale): the model's own when it was read from a file. */
function quantize(model: LinearModel): { scale: number; q: Int16Array } {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  return { scale, q };
}

/** Little-endian bytes of a typed array (this platform's order; Node runs little-endian everywhere it is supported). */
const bytesOf = (a: Int32Array | Int16Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/**
 * Writes the passes (first, then an optional second) to `path`, weights quantized to 16 bits. Returns the bytes written.
 * @example saveModel('models/ner-conll.v1.bin.gz', [first, second], { name: 'ner-conll.v1', trainedOn: 'eng.train', epochs: 12 })
 */
export function saveModel(path: string, passes: readonly LinearModel[], info: ModelInfo): number {
  const quantized = passes.map(quantize);
  const header: Header = { format: FORMAT, features: FEATURES_VERSION, labels: [...BILOU_LABELS], info, passes: passes.map((m, p) => ({ scale: quantized[p]!.scale, keys: m.keys.length })) };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const body = passes.flatMap((m, p) => [bytesOf(m.keys), bytesOf(quantized[p]!.q)]);
  const bytes = gzipSync(Buffer.concat([length, head, ...body]), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

/**
 * Reads a model file written by `saveModel`.
 * @throws DyadError KNOWLEDGE_INVALID when the file is missing, corrupt, or made for other features or labels.
 */
export function readModel(path: string): { passes: LinearModel[]; info: ModelInfo } {
  const retrain = "run 'npm run train:ner' to make one";
  let data: Buffer;
  let header: Header;
  try {
    data = gunzipSync(readFileSync(path));
    const length = data.readUInt32LE(0);
    header = JSON.parse(data.subarray(4, 4 + length).toString('utf8')) as Header;
    data = data.subarray(4 + length);
  } catch (error) {
    throw new DyadError('KNOWLEDGE_INVALID', `cannot read the tagger model ${path}: ${(error as Error).message}; ${retrain}`);
  }
  if (header.format !== FORMAT || header.features !== FEATURES_VERSION || header.labels?.join(' ') !== BILOU_LABELS.join(' ') || !Array.isArray(header.passes) || header.passes.length === 0) {
    throw new DyadError('KNOWLEDGE_INVALID', `tagger model ${path} was made for ${header.format ?? 'another format'} and ${header.features ?? 'unknown features'}, not ${FORMAT} and ${FEATURES_VERSION}; ${retrain}`);
  }
  const L = header.labels.length;
  let at = 0;
  // Copies, so each array starts aligned whatever its offset in the file.
  const take = (bytes: number) => data.buffer.slice(data.byteOffset + at, data.byteOffset + (at += bytes));
  const passes = header.passes.map(({ scale, keys: n }) => {
    const keys = new Int32Array(take(n * 4));
    const q = new Int16Array(take(n * L * 2));
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i]! * scale;
    return new LinearModel(L, keys, weights, q);
  });
  if (at !== data.length) throw new DyadError('KNOWLEDGE_INVALID', `tagger model ${path} is ${data.length - at} bytes longer or shorter than its header says; ${retrain}`);
  return { passes, info: header.info };
}
