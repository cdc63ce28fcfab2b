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
  ) {
    super(message);
    this.name = 'AppError';
  }
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
