// Tests for compiling event patterns: the passive forms derived from "verb {target}", and the checks on agentless patterns.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './knowledge.js';
import { buildPatterns } from './patterns.js';

const { cameo } = loadKnowledge();
const build = (p: { id: string; cameo: string; match: string; agentless?: boolean; activeOnly?: boolean; peopleOnly?: boolean; placeOnly?: boolean }) => buildPatterns({ patterns: [{ example: 'written for this test', ...p }] }, cameo);

describe('buildPatterns', () => {
  it('derives from "verb {target}" a passive with its doer after "by" and one with no doer', () => {
    const forms = build({ id: 'shell', cameo: '194', match: 'shell@VERB {target}' });
    expect(forms.map((p) => [p.id, p.passive, p.hasSource, p.agentless, p.passiveOf])).toEqual([
      ['shell', false, false, false, null],
      ['shell/passive', true, true, false, 'shell'],
      ['shell/agentless', true, false, true, 'shell'],
    ]);
  });

  it('keeps a particle and the words after the target in the derived forms: "shoot down {target} over"', () => {
    const [, passive, agentless] = build({ id: 'shoot-down', cameo: '190', match: 'shoot@VERB down {target} over' });
    expect(passive!.elements.map((e) => e.kind)).toEqual(['word', 'word', 'gap', 'word', 'slot']);
    expect(agentless!.elements.map((e) => (e.kind === 'word' ? [...e.words].join('|') : e.kind))).toEqual(['shoot', 'down', 'over']);
  });

  it('derives no passive from a pattern whose target does not follow its verb', () => {
    expect(build({ id: 'talks-with', cameo: '040', match: 'hold ~ talks with {target}' }).map((p) => p.id)).toEqual(['talks-with']);
  });

  it('derives no passive from a pattern marked activeOnly: "attack {target} ~ plans" is not "was attacked by"', () => {
    expect(build({ id: 'attack-in-words', cameo: '111', match: 'attack@VERB {target} ~ plans', activeOnly: true }).map((p) => p.id)).toEqual(['attack-in-words']);
  });

  it('keeps peopleOnly on the pattern and on its passive forms', () => {
    expect(build({ id: 'assault', cameo: '182', match: 'beat@VERB {target}', peopleOnly: true }).map((p) => [p.id, p.peopleOnly])).toEqual([
      ['assault', true],
      ['assault/passive', true],
      ['assault/agentless', true],
    ]);
  });

  it('keeps placeOnly on the pattern, and leaves it off patterns that do not say it', () => {
    expect(build({ id: 'strike-in-place', cameo: '190', match: 'strike@VERB … in {target}', placeOnly: true })[0]!.placeOnly).toBe(true);
    expect(build({ id: 'strike', cameo: '190', match: 'strike@VERB {target}' })[0]!.placeOnly).toBe(false);
  });

  it('reads an agentless pattern as a passive with no source, and refuses one with a slot', () => {
    const [p] = build({ id: 'hit-by-rocket', cameo: '190', match: 'hit@VERB by … rocket', agentless: true });
    expect([p!.passive, p!.agentless, p!.hasSource]).toEqual([true, true, false]);
    expect(() => build({ id: 'bad', cameo: '190', match: 'hit@VERB by {source}', agentless: true })).toThrow(/agentless/);
  });
});
