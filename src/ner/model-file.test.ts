// Tests for the model file: save/load round trip, quantization error, and refusing a foreign file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BILOU_LABELS } from './labels.js';
import { LinearModel } from './linear-model.js';
import { readModel, saveModel } from './model-file.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model file', () => {
  it('reads back the keys, weights (to 16-bit precision) and training info it wrote', () => {
    const L = BILOU_LABELS.length;
    const keys = Int32Array.from([3, 99, 123456789]);
    const weights = Float32Array.from({ length: keys.length * L }, (_, i) => Math.sin(i) * 10);
    const path = join(dir, 'm.bin.gz');
    const second = new LinearModel(L, Int32Array.from([5]), new Float32Array(L).fill(-0.5));
    const bytes = saveModel(path, [new LinearModel(L, keys, weights), second], { name: 'test.v1', trainedOn: 'a toy', epochs: 1 });
    expect(bytes).toBeGreaterThan(0);
    const { passes, info } = readModel(path);
    expect(info).toEqual({ name: 'test.v1', trainedOn: 'a toy', epochs: 1 });
    expect(passes).toHaveLength(2);
    expect(Array.from(passes[1]!.weights)).toEqual(new Array(L).fill(-0.5));
    const model = passes[0]!;
    expect(Array.from(model.keys)).toEqual([3, 99, 123456789]);
    for (let i = 0; i < weights.length; i++) expect(Math.abs(model.weights[i]! - weights[i]!)).toBeLessThan(10 / 32767 + 1e-6);
    const scores = new Float64Array(L);
    model.score([99, 7], 2, scores);
    expect(scores[0]).toBeCloseTo(weights[L]!, 3);
  });

  it('refuses a file of an older format with a message that says how to fix it', () => {
    const path = join(dir, 'old.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ format: 'dyad-ner-model', features: 'ner-features.v0', labels: [] })));
    expect(() => readModel(path)).toThrow(/train:ner/);
  });

  it('refuses a file made for other features', () => {
    const path = join(dir, 'other.bin.gz');
    const L = BILOU_LABELS.length;
    saveModel(path, [new LinearModel(L, Int32Array.from([1]), new Float32Array(L))], { name: 'x', trainedOn: 'x', epochs: 1 });
    const data = gunzipSync(readFileSync(path));
    const length = data.readUInt32LE(0);
    const header = data.subarray(4, 4 + length).toString('utf8').replace(/ner-features\.v\d+/, 'ner-features.v0');
    const head = Buffer.from(header, 'utf8');
    const size = Buffer.alloc(4);
    size.writeUInt32LE(head.length);
    writeFileSync(path, gzipSync(Buffer.concat([size, head, data.subarray(4 + length)])));
    expect(() => readModel(path)).toThrow(/ner-features\.v0.*train:ner/);
  });

  it('names a missing file', () => {
    expect(() => readModel(join(dir, 'none.json.gz'))).toThrow(/none\.json\.gz/);
  });
});
