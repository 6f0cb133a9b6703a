// Tests for the PETRARCH dictionary reader: small dictionaries written here, then the real files in ../shared when present.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseActorRole, readActors } from './actors.js';
import { readAgents } from './agents.js';
import { readDiscards } from './discards.js';
import { dictionaryKind, readPetrarchDictionaries } from './read.js';
import { dictLines } from './types.js';
import { readVerbs, parseVerbCode } from './verbs.js';

describe('dictLines', () => {
  it('drops # comments and <!-- --> blocks across lines, keeping leading white space', () => {
    const lines = dictLines('<!-- head\nstill head -->\nA [X] # note\n\n\t[Y]\nB <!-- x --> C');
    expect(lines.map((l) => l.text)).toEqual(['A [X]', '\t[Y]', 'B  C']);
    expect(lines[0]).toMatchObject({ line: 3, comment: 'note' });
  });
});

describe('readActors', () => {
  it('reads entries, synonyms and date-limited roles', () => {
    const text = 'NORTHLAND [NTH]\n+NORTHLANDER\n\nMAYOR_OSTRA\n+OSTRA\n\t[NTH <950601]\n\t[NTHGOV 19950601 - 19990815]\n\t[NTHOPP > 990816]\nTWIN_CITIES [NTH/STH]\n';
    const { entries, warnings } = readActors(text, 'a.txt');
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.phrase)).toEqual(['NORTHLAND', 'MAYOR_OSTRA', 'TWIN_CITIES']);
    expect(entries[0]!.synonyms).toEqual(['NORTHLANDER']);
    expect(entries[1]!.roles).toEqual([
      { codes: ['NTH'], from: null, to: '1995-06-01' },
      { codes: ['NTHGOV'], from: '1995-06-01', to: '1999-08-15' },
      { codes: ['NTHOPP'], from: '1999-08-16', to: null },
    ]);
    expect(entries[2]!.roles[0]!.codes).toEqual(['NTH', 'STH']);
  });

  it('gives an entry written without a code the codes of the block that follows', () => {
    const { entries } = readActors('OLD_SPELLING_\nNEW_SPELLING\n+ALIAS\n\t[XYZ]\n', 'a.txt');
    expect(entries.map((e) => e.roles[0]?.codes)).toEqual([['XYZ'], ['XYZ']]);
  });

  it('warns with file and line on a bad date and an entry without a code', () => {
    const { warnings } = readActors('GOOD [ABC 2004017-20061201]\nLONELY\n', 'a.txt');
    expect(warnings).toEqual([
      { file: 'a.txt', line: 1, reason: expect.stringContaining('bad date range 2004017-20061201') },
      { file: 'a.txt', line: 1, reason: 'actor GOOD has no code' },
      { file: 'a.txt', line: 2, reason: 'actor LONELY has no code' },
    ]);
  });

  it('parses one code block on its own', () => {
    expect(parseActorRole('USAGOV 20010120-20090120')).toEqual({ codes: ['USAGOV'], from: '2001-01-20', to: '2009-01-20' });
    expect(parseActorRole('USAGOV 20010120')).toMatch(/cannot read the date limit/);
  });
});

describe('readAgents', () => {
  it('reads tilde codes, plurals and expands substitutions', () => {
    const text = '!PERSON! = MAN, WOMAN\nHARBOUR_MASTER {HARBOUR_MASTERS} [~GOV]\nDOCK!PERSON! [~LAB]\nPORT_POLICE {} [COP~]\nBROKEN [~BUS}\n';
    const { entries, warnings } = readAgents(text, 'g.txt');
    expect(entries.map((e) => [e.phrase, e.code, e.position, e.plurals])).toEqual([
      ['HARBOUR_MASTER', 'GOV', 'suffix', ['HARBOUR_MASTERS']],
      ['DOCKMAN', 'LAB', 'suffix', null],
      ['DOCKWOMAN', 'LAB', 'suffix', null],
      ['PORT_POLICE', 'COP', 'prefix', []],
    ]);
    expect(warnings).toEqual([{ file: 'g.txt', line: 5, reason: expect.stringContaining('BROKEN') }]);
  });
});

describe('readDiscards', () => {
  it('tells story discards from sentence discards', () => {
    const { entries } = readDiscards('+CHESS OLYMPIAD # sport\nDECADES LATER\n', 'd.txt');
    expect(entries.map((e) => [e.phrase, e.scope])).toEqual([['CHESS OLYMPIAD', 'story'], ['DECADES LATER', 'sentence']]);
  });
});

describe('readVerbs', () => {
  it('reads synsets, verb blocks with forms and patterns, paired codes and transformations', () => {
    const text = [
      '&ENVOY', '+AMBASSADOR', '+CONSUL', '',
      '--- PARLEY  [040]  ---', 'PARLEY {PARLEYED PARLEYING}', 'CONFER [041]', '- * &ENVOY  [042:043]  # envoys', '- * (BY PHONE)  [:041]', '',
      '--- SNUB [---] ---', 'SNUB', '- * INVITATION [125]', '',
      '~ a (a b SNUB) SAY = a b 015',
    ].join('\n');
    const { dictionary, warnings } = readVerbs(text, 'v.txt');
    expect(warnings).toEqual([]);
    expect(dictionary.synsets).toEqual([{ name: '&ENVOY', members: ['AMBASSADOR', 'CONSUL'], file: 'v.txt', line: 1 }]);
    const [parley, snub] = dictionary.blocks;
    expect(parley).toMatchObject({ name: 'PARLEY', code: { code: '040', paired: null } });
    expect(parley!.verbs).toEqual([
      { word: 'PARLEY', forms: ['PARLEYED', 'PARLEYING'], code: null, line: 6 },
      { word: 'CONFER', forms: [], code: { code: '041', paired: null }, line: 7 },
    ]);
    expect(parley!.patterns).toEqual([
      { pattern: '* &ENVOY', code: { code: '042', paired: '043' }, comment: 'envoys', line: 8 },
      { pattern: '* (BY PHONE)', code: { code: null, paired: '041' }, comment: null, line: 9 },
    ]);
    expect(snub!.code).toEqual({ code: null, paired: null });
    expect(dictionary.transformations).toEqual([{ pattern: 'a (a b SNUB) SAY', result: 'a b 015', file: 'v.txt', line: 15 }]);
  });

  it('warns with the line of a pattern whose code is not CAMEO', () => {
    const { warnings } = readVerbs('--- SNUB [---] ---\nSNUB\n- * ENVOY [zz]\n- * CONSUL [\n', 'v.txt');
    expect(warnings.map((w) => w.line)).toEqual([3, 4]);
  });

  it('parses code brackets', () => {
    expect(parseVerbCode('032:033')).toEqual({ code: '032', paired: '033' });
    expect(parseVerbCode('075A')).toEqual({ code: '075A', paired: null });
    expect(parseVerbCode('abc')).toBeNull();
  });
});

describe('readPetrarchDictionaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-petrarch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each file by the kind its name gives and leaves the others alone', () => {
    writeFileSync(join(dir, 'Mine.verbs.txt'), '--- SNUB [---] ---\nSNUB\n');
    writeFileSync(join(dir, 'Mine.actors.txt'), 'NORTHLAND [NTH]\n');
    writeFileSync(join(dir, 'notes.md'), 'not a dictionary');
    const d = readPetrarchDictionaries(dir);
    expect(d.verbs.blocks).toHaveLength(1);
    expect(d.actors).toHaveLength(1);
    expect(d.files.ignored).toEqual([join(dir, 'notes.md')]);
    expect(dictionaryKind('CAMEO.2.0.txt')).toBe('verbs');
  });

  it('throws in strict mode at the first unreadable line, naming file and line', () => {
    writeFileSync(join(dir, 'Bad.discards.txt'), '+\n');
    expect(() => readPetrarchDictionaries(dir, { strict: true })).toThrow(/Bad\.discards\.txt:1:/);
  });

  it('names a folder that is missing or holds no dictionary', () => {
    expect(() => readPetrarchDictionaries(join(dir, 'none'))).toThrow(/none/);
    const empty = mkdtempSync(join(tmpdir(), 'dyad-petrarch-empty-'));
    expect(() => readPetrarchDictionaries(empty)).toThrow(/no PETRARCH dictionary/);
    rmSync(empty, { recursive: true });
  });
});

// The real dictionaries, read at run time; facts checked here were read from those files.
const shared = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'eval');
const unitDir = join(shared, 'events', 'petrarch-unit');
const phoenixDir = join(shared, 'dictionaries', 'petrarch2');
if (!existsSync(unitDir)) console.log(`skipping the PETRARCH validation dictionaries: ${unitDir} is absent`);
if (!existsSync(phoenixDir)) console.log(`skipping the PETRARCH2 dictionaries: ${phoenixDir} is absent`);

describe.skipIf(!existsSync(unitDir))('the PETRARCH validation dictionaries (PETR.Validate.*.txt)', () => {
  const d = existsSync(unitDir) ? readPetrarchDictionaries(unitDir) : null!;

  it('reads every entry', () => {
    expect(d.verbs.blocks).toHaveLength(260);
    expect(d.verbs.blocks.reduce((n, b) => n + b.patterns.length, 0)).toBe(470);
    expect(d.verbs.synsets).toHaveLength(17);
    expect(d.actors).toHaveLength(129);
    expect(d.agents).toHaveLength(95);
    expect(d.discards).toHaveLength(9);
  });

  it('reads date-limited roles, synonyms and compound codes', () => {
    const gollum = d.actors.find((a) => a.phrase === 'GOLLUM')!;
    expect(gollum.synonyms).toContain('SMEAGOL');
    expect(gollum.roles).toEqual([
      { codes: ['HOB'], from: null, to: '1995-06-01' },
      { codes: ['HOBGOV'], from: '1995-06-01', to: '1999-08-15' },
      { codes: ['HOBREB'], from: '1999-08-16', to: null },
    ]);
    expect(d.actors.find((a) => a.phrase === 'GONDOR')!.synonyms).toEqual(['MINAS_TIRITH', 'ANORIEN']);
    expect(d.actors.find((a) => a.phrase === 'LORIEN')!.roles[0]!.codes).toEqual(['ELR', 'GAL']);
  });

  it('reads agents, discards and paired verb codes', () => {
    expect(d.agents.find((a) => a.phrase === 'FOREIGN_MINISTER')).toMatchObject({ code: 'GOVFRM', position: 'suffix' });
    expect(d.agents.find((a) => a.phrase === 'ATTORNEY_GENERAL')!.plurals).toEqual(['ATTORNEYS_GENERAL']);
    expect(d.agents.some((a) => a.phrase === 'CONGRESSWOMAN')).toBe(true);
    expect(d.discards.find((x) => x.phrase === 'TYPHOON')!.scope).toBe('story');
    expect(d.discards.find((x) => x.phrase === 'BASEBALL')!.scope).toBe('sentence');
    expect(d.verbs.blocks.find((b) => b.name === 'ADMIT')!.code).toEqual({ code: '013', paired: '012' });
  });

  it('warns about the deliberately broken test entries, with their lines', () => {
    expect(d.warnings.length).toBe(8);
    expect(d.warnings.every((w) => w.file.endsWith('PETR.Validate.verbs.txt') && w.line > 0)).toBe(true);
  });
});

describe.skipIf(!existsSync(phoenixDir))('the PETRARCH2 dictionaries (CAMEO.2.0.txt, Phoenix.*)', () => {
  const d = existsSync(phoenixDir) ? readPetrarchDictionaries(phoenixDir) : null!;

  it('reads every entry', () => {
    expect(d.files.verbs.map((f) => f.split(/[\\/]/).pop())).toEqual(['CAMEO.2.0.txt']);
    expect(d.files.actors).toHaveLength(3);
    expect(d.verbs.blocks).toHaveLength(397);
    expect(d.verbs.blocks.reduce((n, b) => n + b.patterns.length, 0)).toBe(4667);
    expect(d.verbs.synsets).toHaveLength(40);
    expect(d.verbs.transformations).toHaveLength(8);
    expect(d.actors).toHaveLength(27251);
    expect(d.agents).toHaveLength(3301);
    expect(d.discards).toHaveLength(506);
  });

  it('spot-checks entries', () => {
    expect(d.actors.find((a) => a.phrase === 'SECRETARY-GENERAL_BAN_KI-MOON')!.roles).toEqual([{ codes: ['IGOUNO'], from: '2007-01-01', to: null }]);
    expect(d.actors.find((a) => a.phrase === 'U.N._')!.roles[0]!.codes).toEqual(['IGOUNO']);
    expect(d.verbs.blocks.find((b) => b.name === 'ACCELERATE')!.patterns[0]).toMatchObject({ pattern: '* (TO)', code: { code: '042', paired: '043' } });
    expect(d.agents.find((a) => a.phrase === 'FARMER')).toMatchObject({ code: 'AGR', position: 'suffix' });
  });

  it('skips the few malformed lines with a warning naming file and line', () => {
    expect(d.warnings.length).toBe(11);
    expect(d.warnings).toContainEqual({ file: join(phoenixDir, 'Phoenix.International.actors.txt'), line: 40, reason: expect.stringContaining('KORGOVBUS') });
  });
});
