// Claims: each article handed to the pool is read by exactly one thread.
import { describe, expect, it } from 'vitest';
import { Claims } from './claims.js';

describe('claims', () => {
  it('gives an article to the first taker only, in this thread or one sharing the buffer', () => {
    const claims = new Claims();
    const worker = new Claims(claims.buffer);
    claims.open(7);
    claims.open(8);
    expect(worker.take(7)).toBe(true);
    expect(claims.take(7)).toBe(false);
    expect(claims.take(8)).toBe(true);
    expect(worker.take(8)).toBe(false);
  });

  it('frees a slot again for the article that reuses it', () => {
    const claims = new Claims();
    claims.open(1);
    expect(claims.take(1)).toBe(true);
    claims.open(1 + 4096);
    expect(claims.take(1 + 4096)).toBe(true);
  });
});
