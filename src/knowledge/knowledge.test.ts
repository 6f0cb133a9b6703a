// Tests for loading knowledge: every shipped file validates, and a bad file is named with the field that is wrong.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultKnowledgeDir, loadKnowledge } from './knowledge.js';
import { phraseTokens } from './phrase-index.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-kb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('knowledge', () => {
  const kb = loadKnowledge();

  it('loads the shipped files: countries, titles, organisations, people, CAMEO, patterns, intents, currencies', () => {
    expect(kb.countries.words.get('Pakistani')).toMatchObject({ code: 'PAK', kind: 'demonym' });
    expect(kb.countries.words.get('Islamabad')).toMatchObject({ code: 'PAK', kind: 'capital' });
    expect(kb.countries.words.get('French')?.code).toBe('FRA');
    expect(kb.titles.phrases.get('army chief')).toMatchObject({ role: 'Chief of Army Staff', sector: 'MIL' });
    expect(kb.organizations.known.get('FWO')).toMatchObject({ country: 'PAK', sector: 'MIL' });
    expect(kb.people.names.get('Obama')?.terms.at(-1)).toMatchObject({ country: 'USA', role: 'President' });
    expect(kb.cameo.get('041')).toMatchObject({ name: 'Discuss by telephone', goldstein: 1, quadClass: 1, plover: 'CONSULT' });
    expect(kb.intentOf('042')).toBe('036');
    expect(kb.intentOf('0571')).toBe('030');
    expect(kb.refusalOf('075')).toBe('1223');
    expect(kb.refusalOf('042')).toBe('125');
    expect(kb.refusalOf('190')).toBeNull();
    // "vowed to lift the curfew" is an intent to ease administrative sanctions (0351), not any intent to yield (035).
    expect(kb.intentOf('0813')).toBe('0351');
    expect(kb.intentOf('0832')).toBe('0342');
    expect(kb.patterns.length).toBeGreaterThan(100);
  });

  it('maps CAMEO codes to PLOVER where the PLOVER manual contradicts the 2021 table: curfews eased are CONCEDE, resignations RETREAT, sanctions SANCTION', () => {
    expect(['0813', '0814', '0831', '163'].map((c) => kb.cameo.get(c)?.plover)).toEqual(['CONCEDE', 'CONCEDE', 'RETREAT', 'SANCTION']);
  });

  it("knows the plural of a demonym: 'Nigerians', 'Iraqis', but not 'Chineses'", () => {
    expect(kb.countries.words.get('Nigerians')).toMatchObject({ code: 'NGA', kind: 'demonym' });
    expect(kb.countries.words.get('Iraqis')).toMatchObject({ code: 'IRQ', kind: 'demonym' });
    expect(kb.countries.words.get('Chineses')).toBeUndefined();
  });

  it("marks a 'verb {target}' pattern transitive unless it says intransitive", () => {
    expect(kb.patterns.find((p) => p.id === 'kill')?.transitive).toBe(true);
    expect(kb.patterns.find((p) => p.id === 'riot')?.transitive).toBe(false);
  });

  it('every event pattern codes a CAMEO code the table knows', () => {
    for (const p of kb.patterns) expect(kb.cameo.has(p.cameo), p.id).toBe(true);
  });

  it("every group's violence is a CAMEO code the table knows: a crowd's is a riot (145)", () => {
    const data = JSON.parse(readFileSync(join(defaultKnowledgeDir(), 'organizations.json'), 'utf8')) as { groups: { words: string[]; violence?: string }[] };
    for (const g of data.groups.filter((x) => x.violence)) expect(kb.cameo.has(g.violence!), g.words[0]).toBe(true);
    expect(kb.organizations.groups.longestAt(['protesters'], 0)?.value.violence).toBe('145');
  });

  it('names the file and the field when a knowledge file is invalid', () => {
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    const titles = JSON.parse(readFileSync(join(dir, 'titles.json'), 'utf8')) as { titles: { sector: string }[] };
    titles.titles[0]!.sector = 'KING';
    writeFileSync(join(dir, 'titles.json'), JSON.stringify(titles));
    expect(() => loadKnowledge(dir)).toThrow(/titles\.json is invalid at titles\.0\.sector/);
  });

  it('refuses an event pattern with an unknown CAMEO code, naming the pattern', () => {
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    const patterns = JSON.parse(readFileSync(join(dir, 'event-patterns.json'), 'utf8')) as { patterns: { id: string; cameo: string }[] };
    patterns.patterns[0]!.cameo = '999';
    writeFileSync(join(dir, 'event-patterns.json'), JSON.stringify(patterns));
    expect(() => loadKnowledge(dir)).toThrow(new RegExp(`event pattern "${patterns.patterns[0]!.id}" has CAMEO code 999`));
  });

  it('refuses an event pattern with a PLOVER type no CAMEO code maps to, naming the pattern', () => {
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    const patterns = JSON.parse(readFileSync(join(dir, 'event-patterns.json'), 'utf8')) as { patterns: { id: string; plover?: string }[] };
    patterns.patterns[0]!.plover = 'DISAPPROVE';
    writeFileSync(join(dir, 'event-patterns.json'), JSON.stringify(patterns));
    expect(() => loadKnowledge(dir)).toThrow(new RegExp(`event pattern "${patterns.patterns[0]!.id}" has PLOVER type DISAPPROVE`));
  });

  it('splits dictionary phrases the way the tokenizer splits text', () => {
    expect(phraseTokens("Pakistan's Mota-Engil")).toEqual(['pakistan', "'s", 'mota', '-', 'engil']);
  });
});
