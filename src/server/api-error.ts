// The API's one error class and its JSON shape, `{ "error": { "code", "message" } }`, sent with the status its code stands for.
import { z } from '@hono/zod-openapi';

export const API_ERROR_CODES = ['BAD_REQUEST', 'NOT_FOUND', 'INTERNAL'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const STATUS = { BAD_REQUEST: 400, NOT_FOUND: 404, INTERNAL: 500 } as const satisfies Record<ApiErrorCode, number>;

/**
 * An error the API answers with: a stable `code`, its HTTP `status`, and a sentence naming the bad value and the fix.
 * @example throw new ApiError('NOT_FOUND', 'there is no event 42; list events with GET /events')
 */
export class ApiError extends Error {
  readonly status: (typeof STATUS)[ApiErrorCode];

  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = STATUS[code];
  }

  /** The JSON body the API sends for this error. */
  toJSON(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).openapi({ description: 'Stable, for programs: BAD_REQUEST (400), NOT_FOUND (404), INTERNAL (500).' }),
      message: z.string().openapi({ description: 'For people: which parameter or id was wrong and what to give instead.', example: 'query parameter pageSize 900 must be a whole number from 1 to 500' }),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const errorContent = { 'application/json': { schema: ErrorBodySchema } };

/** Route responses for a bad parameter. */
export const BAD_REQUEST = { 400: { description: 'A parameter is missing, unknown or malformed; the message names it.', content: errorContent } } as const;
/** Route responses for an unknown id. */
export const NOT_FOUND = { 404: { description: 'Nothing is stored under this id.', content: errorContent } } as const;
/** Route responses for a failure of the server or its store (no internals are shown). */
export const INTERNAL = { 500: { description: 'The server or its store failed; the message says so without internals.', content: errorContent } } as const;
