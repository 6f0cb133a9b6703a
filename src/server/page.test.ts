// Reading one page: one item more than the page is asked for, to know whether another page follows.
import { describe, expect, it } from 'vitest';
import { readPage } from './page.js';

const numbers = Array.from({ length: 7 }, (_, i) => i + 1);
const read = async (limit: number, offset: number) => numbers.slice(offset, offset + limit);

describe('readPage', () => {
  it('points at the next page while items remain', async () => {
    expect(await readPage({ page: 1, pageSize: 3 }, read)).toEqual({ items: [1, 2, 3], page: 1, pageSize: 3, next: 2 });
    expect(await readPage({ page: 2, pageSize: 3 }, read)).toEqual({ items: [4, 5, 6], page: 2, pageSize: 3, next: 3 });
  });

  it('ends on the page that holds the last item, and gives later pages empty', async () => {
    expect(await readPage({ page: 3, pageSize: 3 }, read)).toEqual({ items: [7], page: 3, pageSize: 3, next: null });
    expect(await readPage({ page: 2, pageSize: 7 }, read)).toEqual({ items: [], page: 2, pageSize: 7, next: null });
    expect(await readPage({ page: 1, pageSize: 7 }, read)).toEqual({ items: numbers, page: 1, pageSize: 7, next: null });
  });
});
