/**
 * For the grassroots API tests: the worked example on 2017-09-30 (ledger/test-support.ts) with
 * ids of its people, and a count of the audit events grassroots writes leave.
 */
import type { DatabaseKind } from '../../platform/config.js';
import { personId } from '../../test/factories.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

export type ErrorJson = { error: { code: string; details: { field: string }[] } };

export interface GrassrootsApp extends SampleApp {
  people: { zhang: number; liu: number; bai: number; peng: number };
  grassrootsAudits(): Promise<number>;
}

export const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
export const fieldOf = async (res: Response) =>
  ((await res.json()) as ErrorJson).error.details[0]?.field;

export async function startGrassrootsApp(kind: DatabaseKind): Promise<GrassrootsApp> {
  const s = await startSampleApp(kind);
  return {
    ...s,
    people: {
      zhang: await personId(s.db, '张家水'),
      liu: await personId(s.db, '柳军'),
      bai: await personId(s.db, '柏春艳'),
      peng: await personId(s.db, '彭国华'),
    },
    grassrootsAudits: async () => {
      const row = await s.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', 'like', '%grassroots%')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
