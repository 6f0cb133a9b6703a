// Tests for the gold set readers: hand-made lines in a temp folder, and the real sets when ../shared is present.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOLD_SET_FILES, readGoldSet } from './gold.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, lines: object[] | string) => {
  const path = join(dir, name);
  writeFileSync(path, typeof lines === 'string' ? lines : lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return path;
};

describe('readGoldSet', () => {
  it('reads a PETRARCH line with its codings, date and category', () => {
    const set = readGoldSet('petrarch2-gsr', file('p.jsonl', [
      { id: 's1', date: '20250301', category: 'NEWS', text: 'Kenya hosted talks with Uganda.', events: [{ source: 'KENGOV', target: 'UGA', cameo: '043' }], noevents: false },
      { id: 's2', date: '250302', category: 'NEWS', text: 'Rain fell.', events: [], noevents: true },
    ]));
    expect(set.hasCameo).toBe(true);
    expect(set.sentences).toHaveLength(2);
    expect(set.sentences[0]).toMatchObject({ published: '2025-03-01', category: 'NEWS', events: [{ source: 'KENGOV', target: 'UGA', cameo: '043', plover: null }] });
    expect(set.sentences[1]!.published).toBe('2025-03-02');
  });

  it('reads a PLOVER line as one event with its type as the category', () => {
    const set = readGoldSet('plover-gsr', file('v.jsonl', [{ id: 'v1', text: 'Chad accused Niger.', event: 'ACCUSE', actor: [{ text: 'Chad', code: 'TCD' }], recipient: [{ text: 'Niger', code: 'NER' }] }]));
    expect(set.hasCameo).toBe(false);
    expect(set.sentences[0]).toMatchObject({ category: 'ACCUSE', events: [{ source: 'TCD', target: 'NER', cameo: null, plover: 'ACCUSE' }] });
  });

  it('skips a sentence whose text is empty, saying so', () => {
    const set = readGoldSet('petrarch2-gsr', file('e.jsonl', [{ id: 'x', date: '20150101', category: 'OTHER', text: '', events: [{ source: 'A', target: 'B', cameo: '190' }] }]));
    expect(set.sentences).toHaveLength(0);
    expect(set.skipped[0]).toMatchObject({ id: 'x', line: 1 });
  });

  it('names the file and line of a bad line', () => {
    const path = file('bad.jsonl', '{"id": "ok", "category": "C", "text": "t", "events": []}\n{"id": "b", "category": "C", "text": "t", "events": [{"cameo": "hello"}]}\n');
    expect(() => readGoldSet('petrarch-unit', path)).toThrow(/bad\.jsonl:2: .*events\.0\.cameo/);
    expect(() => readGoldSet('petrarch-unit', file('notjson.jsonl', '{oops\n'))).toThrow(/notjson\.jsonl:1: not JSON/);
    expect(() => readGoldSet('petrarch-unit', join(dir, 'missing.jsonl'))).toThrow(/missing\.jsonl/);
  });
});

const shared = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval', 'events');
const present = existsSync(shared);
if (!present) console.log(`skipping the real event gold sets: ${shared} is absent`);

describe.skipIf(!present)('the real gold sets in ../shared/eval/events', () => {
  it('reads every sentence of the three sets', () => {
    const unit = readGoldSet('petrarch-unit', join(shared, GOLD_SET_FILES['petrarch-unit']));
    expect(unit.sentences).toHaveLength(284);
    expect(unit.sentences.reduce((n, s) => n + s.events.length, 0)).toBe(359);
    const gsr = readGoldSet('petrarch2-gsr', join(shared, GOLD_SET_FILES['petrarch2-gsr']));
    expect(gsr.sentences.length + gsr.skipped.length).toBe(78);
    const plover = readGoldSet('plover-gsr', join(shared, GOLD_SET_FILES['plover-gsr']));
    expect(plover.sentences).toHaveLength(322);
  });
});
