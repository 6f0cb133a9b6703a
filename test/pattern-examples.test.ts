// Issue 3's bar for the coder's patterns: each pattern's example sentence codes that very pattern, and every CAMEO
// code below the roots is reachable, by a pattern of its own or as the intent or threat announced by one.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';

const kb = loadKnowledge();
const read = createExtractor({ knowledge: kb });
/** The patterns as written in event-patterns.json; passive forms derived from them (with a doer or none) share their examples. */
const written = kb.patterns.filter((p) => p.passiveOf === null);

describe('event pattern examples', () => {
  it.each(written.map((p) => [p.id, p.cameo, p.example] as const))('%s (%s): %s', (id, cameo, example) => {
    const events = read({ id: 'example', text: example, published: '2025-06-10' }).events;
    const own = events.filter((e) => [id, `${id}/passive`, `${id}/agentless`].includes(e.pattern) && e.cameo === cameo);
    expect(own.length, `codes ${JSON.stringify(events.map((e) => `${e.pattern} ${e.cameo}`))}`).toBeGreaterThan(0);
  });
});

describe('CAMEO coverage', () => {
  it('reaches every code below the roots by a pattern, or as the intent or threat a pattern announces', () => {
    const reached = new Set(written.map((p) => p.cameo));
    for (const p of written) {
      const announced = kb.intentOf(p.cameo);
      if (announced) reached.add(announced);
    }
    expect([...kb.cameo.keys()].filter((code) => code.length > 2 && !reached.has(code))).toEqual([]);
  });
});
