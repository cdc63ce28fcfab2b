/**
 * One error type for the whole application with a closed set of codes. Domain code throws
 * AppError; transports map the code to an HTTP status (httpStatus) or a CLI exit code.
 */
export type ErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'too_large'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal';

export interface ErrorDetail {
  field?: string;
  line?: number;
  row?: number;
  column?: number;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** For rate_limited: when to try again (HTTP Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** What a lookup by id was for, in Chinese and English: { zh: '指标', en: 'indicator' }. */
export interface RecordName {
  zh: string;
  en: string;
}

/** not_found for a record looked up by id, in the one wording every lookup uses. */
export function notFound(name: RecordName, id: number, details: ErrorDetail[] = []): AppError {
  return new AppError('not_found', `${name.zh} ${id} 不存在 / ${name.en} ${id} not found`, details);
}

/** The row a lookup by id found, or not_found. */
export function foundById<T>(row: T | undefined, name: RecordName, id: number): T {
  if (row === undefined) throw notFound(name, id);
  return row;
}

/** Exhaustive: a new code without a status does not compile. */
export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case 'bad_request':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'precondition_failed':
      return 412;
    case 'too_large':
      return 413;
    case 'precondition_required':
      return 428;
    case 'rate_limited':
      return 429;
    case 'unprocessable':
      return 422;
    case 'internal':
      return 500;
  }
}

/** CLI exit statuses: 2 for bad input, 1 for everything else. */
export function exitStatus(code: ErrorCode): number {
  return code === 'internal' ? 1 : 2;
}
