/**
 * For the review API tests: the worked example on a clock starting at 2017-05-20 (before task 1's
 * due date, 5月底) that a test can move on (see src/test/worked-example-app.ts).
 */
import type { DatabaseKind } from '../../platform/config.js';
import {
  startWorkedExampleApp,
  type ExampleApp,
  type ExampleUser,
} from '../../test/worked-example-app.js';

export type ReviewUser = ExampleUser;
export type ReviewApp = ExampleApp;

export function startReviewApp(kind: DatabaseKind): Promise<ReviewApp> {
  return startWorkedExampleApp(kind, {
    today: '2017-05-20',
    audited: ['extension_request', 'month_close', 'inbox_view'],
  });
}
