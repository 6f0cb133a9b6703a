// `dyad dyads` on SQLite and PostgreSQL: the busiest country pairs with Goldstein sum and mean and first and last dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, runCommand, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import { dyadsCommand, parseDyadsArgs } from './dyads-command.js';

/** Output per engine, to compare the engines at the end. */
const outputs = new Map<string, string>();

describe('parseDyadsArgs', () => {
  it('reads the flags, with the defaults', () => {
    expect(parseDyadsArgs([])).toEqual({ db: 'dyad.db', top: 20, from: undefined, to: undefined, format: 'table' });
    expect(parseDyadsArgs(['--top', '5', '--from', '2025-01-01', '--to', '2025-06-30', '-f', 'jsonl', '--db', 'x.db'])).toEqual({
      db: 'x.db', top: 5, from: '2025-01-01', to: '2025-06-30', format: 'jsonl',
    });
  });

  it.each([
    [['--top', '0'], '--top 0 must be a whole number of at least 1'],
    [['--top', 'all'], '--top all must be a whole number of at least 1'],
    [['--from', '2025-02-30'], '--from 2025-02-30 is not a real date'],
    [['--from', '2025-07-01', '--to', '2025-06-01'], '--from 2025-07-01 is after --to 2025-06-01; give the earlier day first'],
    [['--format', 'json'], 'unknown format json; use table or jsonl'],
    [['PAK'], 'Unexpected argument'],
  ])('refuses %j with a usage error naming the value', (argv, message) => {
    expect(() => parseDyadsArgs(argv)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining(message) }));
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyad dyads on ${engine.name}`, () => {
    let s: ActorStore;
    beforeAll(async () => {
      s = await actorStore(engine);
    }, 60_000);
    afterAll(async () => s?.dispose());

    it('prints the pairs with events, Goldstein sum and mean, and first and last dates', async () => {
      const r = await runCommand(dyadsCommand, ['--db', s.db]);
      outputs.set(engine.name, r.stdout);
      expect(r).toEqual({
        code: 0,
        stderr: '',
        stdout: [
          '5 country pairs by events',
          '',
          'pair       events  goldstein    mean  first       last',
          'PAK–USA         4      +16.4   +4.10  2025-05-06  2025-07-01',
          'CHN–PAK         2       +4.4   +2.20  2025-05-19  2025-05-20',
          'CHN–IND         1       -2.0   -2.00  2025-07-14  2025-07-14',
          'ESP–PAK         1       +1.0   +1.00  2025-07-14  2025-07-14',
          'IND–PAK         1       -2.0   -2.00  2025-06-10  2025-06-10',
          '',
        ].join('\n'),
      });
    });

    it('keeps to --top and the dates, and marks a pair whose only event is undated', async () => {
      expect((await runCommand(dyadsCommand, ['--top', '2', '--from', '2025-06-01', '--db', s.db])).stdout).toBe(
        'top 2 country pairs by events from 2025-06-01 on\n\npair       events  goldstein    mean  first       last\nPAK–USA         3      +15.4   +5.13  2025-07-01  2025-07-01\nCHN–IND         1       -2.0   -2.00  2025-07-14  2025-07-14\n',
      );
      expect((await runCommand(dyadsCommand, ['--from', '2025-06-01', '--to', '2025-06-30', '--db', s.db])).stdout.split('\n').slice(3)).toEqual([
        'IND–PAK         1       -2.0   -2.00  2025-06-10  2025-06-10',
        'PAK–USA         1       +4.0   +4.00  –           –',
        '',
      ]);
    });

    it('prints JSONL, and says when no pair has events', async () => {
      const r = await runCommand(dyadsCommand, ['--top', '1', '--format', 'jsonl', '--db', s.db]);
      expect(r.stdout).toBe('{"a":"PAK","b":"USA","events":4,"goldsteinSum":16.4,"goldsteinMean":4.1,"first":"2025-05-06","last":"2025-07-01"}\n');
      expect(await runCommand(dyadsCommand, ['--to', '2025-04-30', '--db', s.db])).toEqual({ code: 0, stdout: 'no events between two countries up to 2025-04-30\n', stderr: '' });
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('dyad dyads on both engines', () => {
  it('prints the same table on SQLite and PostgreSQL', () => {
    expect(outputs.get('postgres')).toBe(outputs.get('sqlite'));
  });
});
