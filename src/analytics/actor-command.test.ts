// `dyad actor NAME` on SQLite and PostgreSQL: one actor's roles over time and recent events; several matches listed; none an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, runCommand, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import type { ActorSummary } from './actors.js';
import { actorCommand, parseActorArgs, pickActor } from './actor-command.js';

/** Output per engine, to compare the engines at the end. */
const outputs = new Map<string, string>();

const DAR_TABLE = [
  'Ishaq Dar (PERSON, PAK, GOV), id 2: 6 events, 5 mentions',
  '',
  'roles',
  '  first seen  last seen   role                            country  sector',
  '  2025-05-06  2025-07-15  Foreign Minister                PAK      GOV',
  '  2025-05-20  2025-05-20  Deputy Prime Minister           PAK      GOV',
  '',
  'events, newest first',
  '  2025-07-14  ESPGOV → PAKGOV   040  Consult, not specified below    +1.0               "Spanish Foreign Minister José Manuel Albares met Pakistani Foreign Minister Ish…"',
  '  2025-W25    PAKGOV → USAGOV   040  Consult, not specified below    +1.0  future       "He will meet Rubio"',
  '  2025-06-10  PAKGOV → IND      112  Accuse, not specified below     -2.0               "Dar accused India"',
  '  undated     PAKGOV → USAGOV   036  Express intent to meet or neg…  +4.0               "He will meet Rubio"',
  '  2025-05-20  PAKGOV → CHNGOV   040  Consult, not specified below    +1.0               "Pakistani Deputy Prime Minister Ishaq Dar met Chinese Foreign Minister Wang Yi"',
  '  2025-05-06  PAKGOV → USAGOV   041  Discuss by telephone            +1.0               "Pakistani Foreign Minister Ishaq Dar held a phone call with U.S. Secretary of S…"',
  '',
].join('\n');

describe('parseActorArgs', () => {
  it('joins the words of a name, or takes --id', () => {
    expect(parseActorArgs(['Ishaq', 'Dar'])).toEqual({ db: 'dyad.db', name: 'Ishaq Dar', id: null, format: 'table' });
    expect(parseActorArgs(['--id', '12', '-f', 'json', '--db', 'x.db'])).toEqual({ db: 'x.db', name: null, id: 12, format: 'json' });
  });

  it.each([
    [[], 'actor needs a name, such as: dyad actor "Ishaq Dar"'],
    [['Dar', '--id', '2'], 'give a name or --id, not both (got Dar and --id 2)'],
    [['--id', 'dar'], '--id dar must be an actor id, a whole number such as 12 (dyad actors lists them)'],
    [['Dar', '--format', 'jsonl'], 'unknown format jsonl; use table or json'],
    [['Dar', '--country', 'PAK'], 'unknown option --country'],
  ])('refuses %j with a usage error naming the value', (argv, message) => {
    expect(() => parseActorArgs(argv)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining(message) }));
  });
});

describe('pickActor', () => {
  const actor = (id: number, name: string, country: string): ActorSummary => ({ id, name, type: 'PERSON', country, sector: 'GOV', roles: [], events: 0, mentions: 0 });

  it('picks the one actor with exactly the name, else the only match', () => {
    expect(pickActor('wang yi', [actor(6, 'Wang Yi', 'CHN'), actor(7, 'Wang Yiming', 'CHN')])).toEqual(actor(6, 'Wang Yi', 'CHN'));
    expect(pickActor('Dar', [actor(2, 'Ishaq Dar', 'PAK')])).toEqual(actor(2, 'Ishaq Dar', 'PAK'));
  });

  it('gives the candidates when several share the exact name, or none has it and several match', () => {
    expect(pickActor('Wang Yi', [actor(6, 'Wang Yi', 'CHN'), actor(9, 'Wang Yi', 'SGP'), actor(7, 'Wang Yiming', 'CHN')])).toEqual([actor(6, 'Wang Yi', 'CHN'), actor(9, 'Wang Yi', 'SGP')]);
    expect(pickActor('Wang', [actor(7, 'Wang Wentao', 'CHN'), actor(6, 'Wang Yi', 'CHN')])).toHaveLength(2);
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyad actor on ${engine.name}`, () => {
    let s: ActorStore;
    beforeAll(async () => {
      s = await actorStore(engine);
    }, 60_000);
    afterAll(async () => s?.dispose());

    it("prints a minister's roles over time and his events, newest first, planned ones marked", async () => {
      const r = await runCommand(actorCommand, ['Ishaq Dar', '--db', s.db]);
      outputs.set(engine.name, r.stdout);
      expect(r).toEqual({ code: 0, stdout: DAR_TABLE, stderr: '' });
    });

    it('finds him by surname, without quotes or accents, and by id', async () => {
      expect((await runCommand(actorCommand, ['dar', '--db', s.db])).stdout).toBe(DAR_TABLE);
      expect((await runCommand(actorCommand, ['Foreign', 'Minister', 'Dar', '--db', s.db])).stdout).toBe(DAR_TABLE);
      expect((await runCommand(actorCommand, ['--id', '2', '--db', s.db])).stdout).toBe(DAR_TABLE);
      expect((await runCommand(actorCommand, ['jose', 'manuel', 'albares', '--db', s.db])).stdout).toMatch(/^José Manuel Albares \(PERSON, ESP, GOV\), id 10: 1 event, 1 mention\n/);
    });

    it('prints the actor as JSON with its recent events', async () => {
      const r = await runCommand(actorCommand, ['Ishaq Dar', '--format', 'json', '--db', s.db]);
      const dar = JSON.parse(r.stdout);
      expect(dar).toMatchObject({ id: 2, name: 'Ishaq Dar', events: 6, mentions: 5 });
      expect(dar.roles.map((x: { role: string }) => x.role)).toEqual(['Foreign Minister', 'Deputy Prime Minister']);
      expect(dar.recentEvents.map((e: { cameo: string }) => e.cameo)).toEqual(['040', '040', '112', '036', '040', '041']);
    });

    it('lists several matches with how to pick one, and exits 1', async () => {
      expect(await runCommand(actorCommand, ['Wang', '--db', s.db])).toEqual({
        code: 1,
        stdout: '     7  Wang Wentao                   PERSON, CHN, GOV  1 event, 1 mention\n     6  Wang Yi                       PERSON, CHN, GOV  1 event, 1 mention\n',
        stderr: 'dyad: 2 actors match "Wang"; name one in full, such as: dyad actor "Wang Wentao", or give its id: dyad actor --id 7\n',
      });
      const json = await runCommand(actorCommand, ['Wang', '-f', 'json', '--db', s.db]);
      expect(JSON.parse(json.stdout).map((a: ActorSummary) => a.name)).toEqual(['Wang Wentao', 'Wang Yi']);
      expect(json.code).toBe(1);
      expect((await runCommand(actorCommand, ['Wang', 'Yi', '--db', s.db])).stdout).toMatch(/^Wang Yi \(PERSON, CHN, GOV\), id 6: 1 event, 1 mention\n/);
    });

    it('says clearly when no actor matches, and exits 1', async () => {
      expect(await runCommand(actorCommand, ['Kowalczyk', '--db', s.db])).toEqual({
        code: 1,
        stdout: '',
        stderr: 'dyad: no actor matches "Kowalczyk"; try part of the name, or list actors with: dyad actors\n',
      });
      expect(await runCommand(actorCommand, ['--id', '999', '--db', s.db])).toEqual({ code: 1, stdout: '', stderr: 'dyad: no actor has id 999; list actors with: dyad actors\n' });
    });

    it('says so for an actor without roles or events', async () => {
      expect((await runCommand(actorCommand, ['Spain', '--db', s.db])).stdout).toBe('Spain (GPE, ESP), id 9: 0 events, 2 mentions\n\nno roles recorded\n\nno events\n');
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('dyad actor on both engines', () => {
  it('prints the same actor on SQLite and PostgreSQL', () => {
    expect(outputs.get('postgres')).toBe(outputs.get('sqlite'));
  });
});
