// How failures become answers: a zod issue is a 400 naming the parameter, an ApiError is itself, anything else a 500 without internals.
import type { Hook } from '@hono/zod-openapi';
import type { Env, ErrorHandler, NotFoundHandler } from 'hono';
import type { z } from 'zod';
import { showValue } from '../input/published.js';
import { ApiError } from './api-error.js';

const WHERE: Partial<Record<string, string>> = { query: 'query parameter', param: 'path parameter' };

/** "query parameter pageSize 900 must be a whole number from 1 to 500"; "unknown query parameter dyd; this route takes …". */
function describeIssue(issue: z.core.$ZodIssue, where: string, values: Record<string, string | undefined>): string {
  if (issue.code === 'unrecognized_keys') return `unknown ${where}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(showValue).join(', ')}; ${issue.message}`;
  const name = issue.path.map(String).join('.');
  const value = values[name];
  return `${where} ${name}${value === undefined ? '' : ` ${showValue(value)}`} ${issue.message}`;
}

/**
 * The app's defaultHook: a request whose parameters fail their zod schema is refused with a 400 whose message names
 * each bad parameter, the value given and what it must be.
 * @example new OpenAPIHono({ defaultHook: rejectInvalid })
 */
export const rejectInvalid: Hook<unknown, Env, string, void> = (result, c) => {
  if (result.success) return;
  const where = WHERE[result.target] ?? `${result.target} field`;
  const values: Record<string, string | undefined> = result.target === 'param' ? c.req.param() : result.target === 'query' ? c.req.query() : {};
  throw new ApiError('BAD_REQUEST', result.error.issues.map((issue) => describeIssue(issue, where, values)).join('; '));
};

/**
 * The app's onError: an ApiError goes out as its own status and body; anything else is logged with `log` and answered
 * with a 500 that says nothing about the internals (no stack, no SQL, no file names).
 * @example app.onError(answerError((error) => console.error(error)))
 */
export function answerError(log: (error: unknown) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return c.json(error.toJSON(), error.status);
    log(error);
    return c.json(new ApiError('INTERNAL', 'the server failed to answer this request; the details are in its log').toJSON(), 500);
  };
}

/** The app's notFound: a path no route serves is a 404 pointing at the route list. */
export const noRoute: NotFoundHandler = (c) =>
  c.json(new ApiError('NOT_FOUND', `there is no route ${c.req.method} ${c.req.path}; the routes are listed at /openapi.json`).toJSON(), 404);
