// Pagination: `page` and `pageSize` parameters, the `{ items, page, pageSize, next }` answer, and reading one page.
import { z } from '@hono/zod-openapi';
import { wholeNumber } from './params.js';

/** Most items one page may hold. */
export const MAX_PAGE_SIZE = 500;
/** Items per page when `pageSize` is not given. */
export const DEFAULT_PAGE_SIZE = 50;

/** The `page` (from 1) and `pageSize` (1 to 500, default 50) query parameters. */
export const pageParams = {
  page: wholeNumber({ min: 1, max: 1_000_000, default: 1, description: 'Which page, from 1.' }),
  pageSize: wholeNumber({ min: 1, max: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: `Items per page, at most ${MAX_PAGE_SIZE}.` }),
};

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<T> extends PageRequest {
  items: T[];
  /** The next page's number, or null when this page is the last. */
  next: number | null;
}

/**
 * Reads one page with `read(limit, offset)`, asking for one item more than the page holds to know whether another page follows.
 * @example await readPage({ page: 2, pageSize: 50 }, (limit, offset) => store.events({ limit, offset })) // { items: [51st … 100th], page: 2, pageSize: 50, next: 3 }
 */
export async function readPage<T>(p: PageRequest, read: (limit: number, offset: number) => Promise<T[]>): Promise<Page<T>> {
  const rows = await read(p.pageSize + 1, (p.page - 1) * p.pageSize);
  return { items: rows.slice(0, p.pageSize), page: p.page, pageSize: p.pageSize, next: rows.length > p.pageSize ? p.page + 1 : null };
}

/**
 * The OpenAPI schema of a page of `item`, registered as `name`.
 * @example pageSchema('EventPage', EventSchema)
 */
export function pageSchema<T extends z.ZodType>(name: string, item: T) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      next: z.number().int().nullable().openapi({ description: 'The next page number, or null when this page is the last.' }),
    })
    .openapi(name);
}
