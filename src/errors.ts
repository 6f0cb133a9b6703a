// The one error class for programmer, configuration and input errors, with a stable code.

export type ErrorCode =
  | 'PIPELINE_ORDER'
  | 'KNOWLEDGE_INVALID'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNREADABLE'
  | 'INPUT_JSON'
  | 'INPUT_FIELD'
  | 'INPUT_HTML'
  | 'INPUT_FEED'
  | 'INPUT_HOSTILE'
  | 'FETCH_REFUSED'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'STORE'
  | 'PUBLISHED_INVALID'
  | 'USAGE';

/** An error whose message names the bad value and the fix; `code` is stable for programs. */
export class DyadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DyadError';
  }
}
