// Runs the times stage on the seed article, when the shared folder is present, and checks the six times a careful reader notes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../document/document.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { cleanStage } from '../clean/clean.js';
import { sentencesStage } from '../sentences/sentences.js';
import { timesStage } from './times.js';

const seed = fileURLToPath(new URL('../../../../shared/seed/article.txt', import.meta.url));
const present = existsSync(seed);
if (!present) console.log(`times seed test skipped: ${seed} not found`);

describe.skipIf(!present)('times on the seed article', () => {
  it('finds the six times of the seed with their values, published 2025-09-14', () => {
    const kb = {} as Knowledge;
    const doc = createDocument({ id: 'seed', text: readFileSync(seed, 'utf8'), published: '2025-09-14' });
    cleanStage.run(doc, kb);
    sentencesStage.run(doc, kb);
    timesStage.run(doc, kb);
    const found = doc.times!.map((t) => ({ text: doc.text.slice(t.start, t.end), value: t.value }));
    expect(found).toEqual([
      { text: 'on Saturday', value: '2025-09-13' },
      { text: 'May', value: '2025-05' },
      { text: 'in July', value: '2025-07' },
      { text: 'Earlier this month', value: '2025-09' },
      { text: 'In June', value: '2025-06' },
      { text: 'in August', value: '2025-08' },
    ]);
  });
});
