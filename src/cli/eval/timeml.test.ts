// Tests for `dyad eval timeml` on a tiny TimeML folder written for this test, with the real pipeline.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-timeml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A TimeML document published `dct` whose <TEXT> is `body` (TIMEX3 tags inline). */
function tml(dct: string, body: string): string {
  return `<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>\n<TEXT>\n${body}\n</TEXT>\n</TimeML>\n`;
}

const folder = join(dir, 'tiny');
mkdirSync(folder);
// A Sunday: "on Saturday" is the day before; the gold omits "on", as TimeML does.
writeFileSync(join(folder, 'a.tml'), tml('2025-09-14', 'The ministers spoke on <TIMEX3 tid="t1" type="DATE" value="2025-09-13">Saturday</TIMEX3> about trade.'));
// A wrong gold value on purpose (2024-07) and a gold span Dyad does not find ("at dawn").
writeFileSync(join(folder, 'b.tml'), tml('2025-09-14', 'Rebels attacked in <TIMEX3 tid="t1" type="DATE" value="2024-07">July</TIMEX3>, and again <TIMEX3 tid="t2" type="TIME" value="2025-09-14TMO">at dawn</TIMEX3>.'));
writeFileSync(join(folder, 'notes.txt'), 'not a TimeML file');

const dyad = runCli;

describe('dyad eval timeml', () => {
  it('prints strict and relaxed P/R/F1, type accuracy and value F1 for the folder, and exits 0', async () => {
    const r = await dyad(['eval', 'timeml', folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tiny (2 documents): 3 gold TIMEX3, 2 produced');
    expect(r.stdout).toContain('strict   P 1.000  R 0.667  F1 0.800');
    expect(r.stdout).toContain('relaxed  P 1.000  R 0.667  F1 0.800');
    expect(r.stdout).toContain('type accuracy 1.000  value accuracy 0.500');
    expect(r.stdout).toContain('value F1 0.400');
  });

  it('prints an overall block for several folders', async () => {
    const r = await dyad(['eval', 'timeml', folder, folder]);
    expect(r.stdout).toContain('overall (2 directories): 6 gold TIMEX3, 4 produced');
  });

  it('lists wrong values and missed spans with their sentence under --errors', async () => {
    const r = await dyad(['eval', 'timeml', folder, '--errors']);
    expect(r.stdout).toContain('b.tml: value  "July" = 2025-07 (DATE), gold "July" = 2024-07 (DATE)  | Rebels attacked in [July], and again at dawn.');
    expect(r.stdout).toContain('b.tml: missed "at dawn" = 2025-09-14TMO (TIME)');
  });

  it('is a usage error (exit 2) without a folder, and exits 1 for a folder that does not exist', async () => {
    expect((await dyad(['eval', 'timeml'])).code).toBe(2);
    const r = await dyad(['eval', 'timeml', join(dir, 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a directory');
  });
});
