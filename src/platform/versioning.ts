/**
 * Optimistic locking: a write names the version it read; when the record has moved on, the use
 * case throws staleVersion — 412 when the version came in If-Match, 409 when in the body.
 */
import { AppError } from './errors.js';

export interface ExpectedVersion {
  version: number;
  source: 'if-match' | 'body';
}

/** The error for a write whose version is no longer current. */
export function staleVersion(expected: ExpectedVersion, current: number): AppError {
  return new AppError(
    expected.source === 'if-match' ? 'precondition_failed' : 'conflict',
    `该记录已被他人修改（当前版本 ${current}）/ changed by someone else since you read it (now version ${current})`,
    [{ field: 'version', message: `current version is ${current}` }],
  );
}
