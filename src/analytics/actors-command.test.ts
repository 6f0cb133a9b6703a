// `dyad actors` on SQLite and PostgreSQL: the table and JSONL of the store's actors, filtered by country, type and limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, runCommand, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import { actorsCommand, parseActorsArgs } from './actors-command.js';

/** Output per engine, to compare the engines at the end. */
const outputs = new Map<string, string>();

describe('parseActorsArgs', () => {
  it('reads the flags, in upper case, with the defaults', () => {
    expect(parseActorsArgs([])).toEqual({ db: 'dyad.db', country: undefined, type: undefined, limit: 50, format: 'table' });
    expect(parseActorsArgs(['--country', 'pak', '--type', 'person', '--limit', '5', '-f', 'jsonl', '--db', 'x.db'])).toEqual({
      db: 'x.db', country: 'PAK', type: 'PERSON', limit: 5, format: 'jsonl',
    });
  });

  it.each([
    [['--country', 'Pakistan'], '--country Pakistan is not a country code; give an ISO 3166-1 alpha-3 code such as PAK'],
    [['--type', 'minister'], '--type minister is not an actor type; use PERSON, ORG, GPE, LOC, NORP, MISC'],
    [['--limit', '0'], '--limit 0 must be a whole number of at least 1'],
    [['--limit', 'ten'], '--limit ten must be a whole number of at least 1'],
    [['--format', 'csv'], 'unknown format csv; use table or jsonl'],
    [['Dar'], 'Unexpected argument'],
    [['--sort', 'name'], 'unknown option --sort'],
  ])('refuses %j with a usage error naming the value', (argv, message) => {
    expect(() => parseActorsArgs(argv)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining(message) }));
  });

  it('refuses a store that does not exist', async () => {
    await expect(runCommand(actorsCommand, ['--db', '/nonexistent/dyad.db'])).rejects.toMatchObject({ code: 'STORE' });
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyad actors on ${engine.name}`, () => {
    let s: ActorStore;
    beforeAll(async () => {
      s = await actorStore(engine);
    }, 60_000);
    afterAll(async () => s?.dispose());

    it('prints a table of every actor, most events first, with its roles', async () => {
      const r = await runCommand(actorsCommand, ['--db', s.db]);
      outputs.set(engine.name, r.stdout);
      expect(r).toEqual({
        code: 0,
        stderr: '',
        stdout: [
          '    id  name                          type    country  sector  events  mentions  roles',
          '     2  Ishaq Dar                     PERSON  PAK      GOV          6         5  Foreign Minister, Deputy Prime Minister',
          '     1  Pakistan                      GPE     PAK      –            4         7',
          '     4  Marco Rubio                   PERSON  USA      GOV          4         3  Secretary of State',
          '     8  India                         GPE     IND      –            3         3',
          '     5  China                         GPE     CHN      –            1         4',
          '     3  United States                 GPE     USA      –            1         3',
          '    10  José Manuel Albares           PERSON  ESP      GOV          1         1  Foreign Minister',
          '     7  Wang Wentao                   PERSON  CHN      GOV          1         1  Commerce Minister',
          '     6  Wang Yi                       PERSON  CHN      GOV          1         1  Foreign Minister',
          '     9  Spain                         GPE     ESP      –            0         2',
          '10 actors',
          '',
        ].join('\n'),
      });
    });

    it('lists one country as JSONL, roles and all', async () => {
      const r = await runCommand(actorsCommand, ['--country', 'pak', '--format', 'jsonl', '--db', s.db]);
      expect(r.code).toBe(0);
      expect(r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
        {
          id: 2, name: 'Ishaq Dar', type: 'PERSON', country: 'PAK', sector: 'GOV', events: 6, mentions: 5,
          roles: [
            { role: 'Foreign Minister', country: 'PAK', sector: 'GOV', firstSeen: '2025-05-06', lastSeen: '2025-07-15' },
            { role: 'Deputy Prime Minister', country: 'PAK', sector: 'GOV', firstSeen: '2025-05-20', lastSeen: '2025-05-20' },
          ],
        },
        { id: 1, name: 'Pakistan', type: 'GPE', country: 'PAK', sector: null, roles: [], events: 4, mentions: 7 },
      ]);
    });

    it('keeps to --type and --limit, and says when nothing matches', async () => {
      const people = await runCommand(actorsCommand, ['--type', 'PERSON', '--limit', '2', '--db', s.db]);
      expect(people.stdout.split('\n').slice(1)).toEqual([
        '     2  Ishaq Dar                     PERSON  PAK      GOV          6         5  Foreign Minister, Deputy Prime Minister',
        '     4  Marco Rubio                   PERSON  USA      GOV          4         3  Secretary of State',
        '2 actors',
        '',
      ]);
      expect(await runCommand(actorsCommand, ['--country', 'FRA', '--db', s.db])).toEqual({ code: 0, stdout: '0 actors\n', stderr: '' });
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('dyad actors on both engines', () => {
  it('prints the same table on SQLite and PostgreSQL', () => {
    expect(outputs.get('postgres')).toBe(outputs.get('sqlite'));
  });
});
