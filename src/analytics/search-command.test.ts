// `dyad search` on SQLite and PostgreSQL: documents holding every word, as a table or JSONL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorStore, runCommand, type ActorStore } from '../../test/support/actor-articles.js';
import { ENGINES } from '../../test/support/engines.js';
import { parseSearchArgs, searchCommand } from './search-command.js';

/** Output per engine, to compare the engines at the end. */
const outputs = new Map<string, string>();

describe('parseSearchArgs', () => {
  it('joins the words, with the defaults', () => {
    expect(parseSearchArgs(['critical', 'minerals'])).toEqual({ db: 'dyad.db', query: 'critical minerals', limit: 20, format: 'table' });
    expect(parseSearchArgs(['critical minerals', '--limit', '3', '-f', 'jsonl', '--db', 'x.db'])).toEqual({ db: 'x.db', query: 'critical minerals', limit: 3, format: 'jsonl' });
  });

  it.each([
    [[], 'search needs words to look for, such as: dyad search "critical minerals"'],
    [['  '], 'search needs words to look for'],
    [['minerals', '--limit=-1'], '--limit -1 must be a whole number of at least 1'],
    [['minerals', '--limit', '2.5'], '--limit 2.5 must be a whole number of at least 1'],
    [['minerals', '--format', 'json'], 'unknown format json; use table or jsonl'],
  ])('refuses %j with a usage error naming the value', (argv, message) => {
    expect(() => parseSearchArgs(argv)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining(message) }));
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`dyad search on ${engine.name}`, () => {
    let s: ActorStore;
    beforeAll(async () => {
      s = await actorStore(engine);
    }, 60_000);
    afterAll(async () => s?.dispose());

    it('lists the documents holding every word, best match first', async () => {
      const r = await runCommand(searchCommand, ['critical minerals', '--db', s.db]);
      outputs.set(engine.name, r.stdout);
      expect(r).toEqual({
        code: 0,
        stderr: '',
        stdout: [
          '2025-07-02  U.S. and Pakistan sign critical minerals deal       wire-minerals  https://news.example/wire-minerals',
          '2025-05-06  Dar and Rubio discuss minerals                      wire-call  https://news.example/wire-call',
          '2 documents match "critical minerals"',
          '',
        ].join('\n'),
      });
    });

    it('prints JSONL, keeps to --limit, and finds a word in the text as well as the title', async () => {
      const r = await runCommand(searchCommand, ['river', 'talks', '--format', 'jsonl', '--db', s.db]);
      expect(r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
        { id: 'daily-india', title: 'Dar accuses India over river talks', url: 'https://news.example/daily-india', published: '2025-06-11' },
      ]);
      expect((await runCommand(searchCommand, ['minerals', '--limit', '1', '--db', s.db])).stdout.split('\n').at(-2)).toBe('1 document matches "minerals"');
      expect((await runCommand(searchCommand, ['Monday', '--db', s.db])).stdout.split('\n').map((line) => line.slice(0, 11))).toEqual(['2025-07-15 ', '2025-05-20 ', '2 documents', '']);
    });

    it('finds nothing without error, even for words that look like query syntax', async () => {
      expect(await runCommand(searchCommand, ['zebra', '--db', s.db])).toEqual({ code: 0, stdout: '0 documents match "zebra"\n', stderr: '' });
      expect((await runCommand(searchCommand, ['"U.S.-China" OR', '--db', s.db])).code).toBe(0);
    });
  });
}

describe.skipIf(ENGINES.some((e) => e.skip))('dyad search on both engines', () => {
  it('prints the same hits on SQLite and PostgreSQL', () => {
    expect(outputs.get('postgres')).toBe(outputs.get('sqlite'));
  });
});
