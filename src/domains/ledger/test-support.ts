/** For the ledger and report API tests: the worked example on 2017-09-30 (see src/test/worked-example-app.ts). */
import type { DatabaseKind } from '../../platform/config.js';
import {
  startWorkedExampleApp,
  type ExampleApp,
  type ExampleUser,
} from '../../test/worked-example-app.js';

export const sampleClock = () => new Date('2017-09-30T04:00:00Z');

export type SampleUser = ExampleUser;
export type SampleApp = ExampleApp;

export function startSampleApp(kind: DatabaseKind): Promise<SampleApp> {
  return startWorkedExampleApp(kind, {
    today: '2017-09-30',
    audited: ['indicator', 'ledger_entry', 'progress_report'],
  });
}
