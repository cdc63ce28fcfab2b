/**
 * Every route refuses a date that does not exist in the calendar (2017-13-45, 2017-02-30,
 * 0000-00-00) with 400 naming the field, and stores nothing: bodies, query parameters and months
 * in the path alike, on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/schema.js';
import { personId, unitId } from './factories.js';
import { engines } from './stores.js';
import { startWorkedExampleApp, type ExampleApp, type ExampleUser } from './worked-example-app.js';

interface ErrorJson {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

interface Ids {
  plan: number;
  task: number;
  indicator: number;
  unit: number;
  person: number;
}

type Write = [
  what: string,
  who: ExampleUser,
  method: string,
  path: (ids: Ids) => string,
  body: (ids: Ids) => Record<string, unknown>,
  table: keyof Database,
  fields: string[],
];

const writes: Write[] = [
  [
    'a task due 2017-13-45',
    'admin',
    'POST',
    (i) => `/api/plans/${i.plan}/tasks`,
    () => ({ content: '开展科普日活动', dueDate: '2017-13-45' }),
    'tasks',
    ['body.dueDate'],
  ],
  [
    'a plan issued 2017-02-30',
    'admin',
    'PATCH',
    (i) => `/api/plans/${i.plan}`,
    () => ({ issueDate: '2017-02-30', version: 1 }),
    'plans',
    ['body.issueDate'],
  ],
  [
    'an information item submitted 2017-02-30',
    'admin',
    'POST',
    () => '/api/info-items',
    (i) => ({
      title: '科技下乡',
      content: '组织专家10名。',
      submittedOn: '2017-02-30',
      unitId: i.unit,
    }),
    'information_items',
    ['body.submittedOn'],
  ],
  [
    'a grassroots visit on 0000-00-00',
    'admin',
    'POST',
    () => '/api/grassroots/visits',
    (i) => ({
      personId: i.person,
      startDate: '0000-00-00',
      endDate: '0000-00-00',
      place: '南谯区乌衣镇',
      purpose: '调研',
    }),
    'grassroots_visits',
    ['body.startDate', 'body.endDate'],
  ],
  [
    'a milestone due 2017-02-29',
    'admin',
    'POST',
    (i) => `/api/tasks/${i.task}/milestones`,
    () => ({ title: '完成初稿', due: '2017-02-29' }),
    'milestones',
    ['body.due'],
  ],
  [
    'a ledger entry on 2017-04-31',
    'admin',
    'POST',
    (i) => `/api/indicators/${i.indicator}/ledger`,
    () => ({ entryDate: '2017-04-31', quantity: 1 }),
    'ledger_entries',
    ['body.entryDate'],
  ],
  [
    'a progress report for 2017-13',
    'admin',
    'POST',
    (i) => `/api/tasks/${i.task}/reports`,
    () => ({ month: '2017-13', done: '已完成' }),
    'progress_reports',
    ['body.month'],
  ],
  [
    'an extension to 2017-11-31',
    'bai',
    'POST',
    (i) => `/api/tasks/${i.task}/extensions`,
    () => ({ requestedDue: '2017-11-31', reason: '材料未齐' }),
    'extension_requests',
    ['body.requestedDue'],
  ],
  [
    'closing the month 2017-00',
    'admin',
    'POST',
    () => '/api/months/2017-00/close',
    () => ({}),
    'month_closes',
    ['params.month'],
  ],
];

const reads: [what: string, path: (ids: Ids) => string, field: string][] = [
  ['tasks due before 2017-02-30', () => '/api/tasks?dueBefore=2017-02-30', 'querystring.dueBefore'],
  [
    'an assessment as of 2017-13-45',
    (i) => `/api/plans/${i.plan}/assessment?asOf=2017-13-45`,
    'querystring.asOf',
  ],
  ['rankings of 2017-13', () => '/api/info-rankings?month=2017-13', 'querystring.month'],
  ['the information bulletin of 2017-13', () => '/api/info-bulletins/2017-13', 'params.month'],
  [
    'the audit trail from 2017-02-30',
    () => '/api/audit?from=2017-02-30T00:00:00Z',
    'querystring.from',
  ],
];

describe.each(engines)('impossible dates on %s', (kind) => {
  let x: ExampleApp;
  let ids: Ids;

  const rows = async (table: keyof Database) =>
    Number(
      (
        await x.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const errorOf = async (res: Response) => [res.status, ((await res.json()) as ErrorJson).error];

  beforeAll(async () => {
    x = await startWorkedExampleApp(kind, { today: '2017-09-30', audited: [] });
    const task = await x.task(1);
    const indicator = await x.db
      .selectFrom('indicators')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    ids = {
      plan: (await x.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id,
      task,
      indicator: indicator.id,
      unit: await unitId(x.db, '滁州市科学技术协会'),
      person: await personId(x.db, '柏春艳'),
    };
  });
  afterAll(async () => x.t.close());

  it.each(writes)('refuses %s with 400 naming the field and stores nothing', async (...row) => {
    const [, who, method, path, body, table, fields] = row;
    const before = [await rows(table), await rows('audit_events')];
    const [status, error] = await errorOf(await x.as[who].send(method, path(ids), body(ids)));
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'bad_request', message: '请求参数无效 / invalid request' });
    expect(error).toHaveProperty(
      'details',
      fields.map((field) => ({ field, message: expect.stringMatching(/无效/) as unknown })),
    );
    expect([await rows(table), await rows('audit_events')]).toEqual(before);
  });

  it.each(reads)('refuses %s with 400 naming the parameter', async (_, path, field) => {
    const [status, error] = await errorOf(await x.as.admin.get(path(ids)));
    expect([status, error]).toMatchObject([400, { code: 'bad_request', details: [{ field }] }]);
  });

  it('names the impossible date in Chinese first, then English', async () => {
    const res = await x.as.admin.send('POST', `/api/plans/${ids.plan}/tasks`, {
      content: '开展科普日活动',
      dueDate: '2017-02-30',
    });
    expect((await errorOf(res))[1]).toMatchObject({
      details: [
        {
          field: 'body.dueDate',
          message: '日期无效：2017-02-30 不存在 / invalid date: 2017-02-30 does not exist',
        },
      ],
    });
  });

  it('still takes real dates, 29 February of a leap year included', async () => {
    const created = await x.as.admin.send('POST', `/api/plans/${ids.plan}/tasks`, {
      content: '开展科普日活动',
      startDate: '2016-02-29',
      dueDate: '2017-09-30',
    });
    expect(created.status).toBe(201);
    const plan = await x.as.admin.send('PATCH', `/api/plans/${ids.plan}`, {
      issueDate: '2017-02-28',
      version: 1,
    });
    expect(plan.status).toBe(200);
  });
});
