// The memo behind the analytics routes: answers shared for their time to live, failures never kept, its size bounded.
import { describe, expect, it } from 'vitest';
import { Memo } from './memo.js';

/** A memo on a clock the test moves, and a computation that counts its runs. */
function setup(ttlMs: number, maxEntries?: number) {
  let clock = 0;
  let runs = 0;
  const memo = new Memo<number>(ttlMs, maxEntries, () => clock);
  const compute = async () => ++runs;
  return { memo, compute, tick: (ms: number) => (clock += ms), runs: () => runs };
}

describe('Memo', () => {
  it('shares an answer within its time to live and computes it again after', async () => {
    const { memo, compute, tick, runs } = setup(1000);
    expect([await memo.get('k', compute), await memo.get('k', compute)]).toEqual([1, 1]);
    tick(999);
    expect(await memo.get('k', compute)).toBe(1);
    tick(1);
    expect([await memo.get('k', compute), runs()]).toEqual([2, 2]);
  });

  it('shares one running computation between concurrent asks', async () => {
    const { memo, compute, runs } = setup(1000);
    expect(await Promise.all([memo.get('k', compute), memo.get('k', compute), memo.get('k', compute)])).toEqual([1, 1, 1]);
    expect(runs()).toBe(1);
  });

  it('keeps keys apart, and forgets the oldest beyond its size', async () => {
    const { memo, compute, runs } = setup(1000, 2);
    await memo.get('a', compute);
    await memo.get('b', compute);
    await memo.get('c', compute);
    expect(await memo.get('b', compute)).toBe(2);
    expect(await memo.get('a', compute)).toBe(4);
    expect(runs()).toBe(4);
  });

  it('does not keep a failure', async () => {
    const { memo } = setup(1000);
    await expect(memo.get('k', async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await memo.get('k', async () => 7)).toBe(7);
  });

  it('computes every time with a time to live of 0', async () => {
    const { memo, compute } = setup(0);
    expect([await memo.get('k', compute), await memo.get('k', compute)]).toEqual([1, 2]);
  });
});
