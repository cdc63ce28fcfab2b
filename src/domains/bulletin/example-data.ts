/**
 * September 2017 on the worked example, for the bulletin tests, the rendering script and the
 * benchmark: ledger evidence for tasks 2 and 3 (and one October entry a September bulletin must
 * not count), task 9 done, September reports for tasks 2 and 6 — one with markup in its text —,
 * task 4 renamed to start with "=", two people held to grassroots minimums with visits, and
 * information items of two departments, one adopted by the province.
 */
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

async function idOf(db: Kysely<Database>, table: 'tasks', no: number): Promise<number> {
  return (await db.selectFrom(table).select('id').where('no', '=', no).executeTakeFirstOrThrow())
    .id;
}

async function indicatorOf(db: Kysely<Database>, taskNo: number): Promise<number> {
  const task = await idOf(db, 'tasks', taskNo);
  return (
    await db
      .selectFrom('indicators')
      .select('id')
      .where('task_id', '=', task)
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
}

const entry = (indicator_id: number, entry_date: string, subject: string) => ({
  indicator_id,
  entry_date,
  quantity: 1,
  subject,
  attributes: '{}',
  entered_by: null,
});

async function ledger(db: Kysely<Database>): Promise<void> {
  const experts = await indicatorOf(db, 2);
  const rows = Array.from({ length: 45 }, (_, i) =>
    entry(experts, `2017-09-${String((i % 28) + 1).padStart(2, '0')}`, `专家${i + 1}`),
  );
  rows.push(entry(experts, '2017-10-05', '十月专家'));
  rows.push(entry(await indicatorOf(db, 3), '2017-06-10', '院士对接（第一次）'));
  await db.insertInto('ledger_entries').values(rows).execute();
  await rebuildTotals(db, { all: true });
}

async function reports(db: Kysely<Database>): Promise<void> {
  const report = (task_id: number, done: string, problems: string, next_steps: string) => ({
    task_id,
    month: '2017-09',
    done,
    problems,
    next_steps,
    state: 'submitted',
    submitted_by: null,
    submitted_at: '2017-09-28T02:00:00.000Z',
  });
  await db
    .insertInto('progress_reports')
    .values([
      report(
        await idOf(db, 'tasks', 2),
        '组织45名专家深入企业开展创新助力活动',
        '<b>专家</b>时间难以协调',
        '十月再组织30名专家入企',
      ),
      report(await idOf(db, 'tasks', 6), '完成琅琊区社区科普馆选址', '', '启动建设'),
    ])
    .execute();
}

async function tasks(db: Kysely<Database>): Promise<void> {
  await db.updateTable('tasks').set({ status: 'done' }).where('no', '=', 9).execute();
  await db
    .updateTable('tasks')
    .set({ content: '=SUM(A1)开展海智对接活动1次' })
    .where('no', '=', 4)
    .execute();
}

async function personNamed(db: Kysely<Database>, name: string): Promise<number> {
  return (
    await db.selectFrom('people').select('id').where('name', '=', name).executeTakeFirstOrThrow()
  ).id;
}

async function grassroots(db: Kysely<Database>): Promise<void> {
  const updated_at = '2017-01-05T00:00:00.000Z';
  const zhang = await personNamed(db, '张家水');
  const bai = await personNamed(db, '柏春艳');
  await db
    .insertInto('person_grassroots_roles')
    .values([
      { person_id: zhang, category: 'leading', updated_at },
      { person_id: bai, category: 'staff', updated_at },
    ])
    .execute();
  const visit = (person_id: number, start_date: string, end_date: string, days: number) => ({
    person_id,
    start_date,
    end_date,
    days,
    place: '全椒县',
    purpose: '调研科普工作',
    findings: null,
    contact_point_id: null,
    recorded_by: null,
    voided_at: null,
  });
  await db
    .insertInto('grassroots_visits')
    .values([
      visit(zhang, '2017-03-06', '2017-03-25', 20),
      visit(zhang, '2017-09-04', '2017-09-08', 5),
      visit(bai, '2017-05-08', '2017-05-31', 24),
      visit(bai, '2017-10-09', '2017-10-10', 2),
    ])
    .execute();
}

async function information(db: Kysely<Database>): Promise<void> {
  const unit = async (name: string) =>
    (await db.selectFrom('units').select('id').where('name', '=', name).executeTakeFirstOrThrow())
      .id;
  const item = (unit_id: number, title: string, submitted_on: string) => ({
    unit_id,
    submitted_by: null,
    title,
    content: title,
    submitted_on,
    adoption_level: null,
    instruction: null,
  });
  const items = await db
    .insertInto('information_items')
    .values([
      item(await unit('办公室'), '市科协召开九月工作例会', '2017-09-05'),
      item(await unit('学会部'), '百名专家助力企业创新', '2017-09-12'),
      item(await unit('学会部'), '院士工作站建设进展', '2017-09-20'),
    ])
    .returning('id')
    .execute();
  const adopted = items[1]?.id ?? 0;
  await db
    .insertInto('information_adoptions')
    .values([
      { item_id: adopted, level: 'unit_website', adopted_on: '2017-09-13', recorded_by: null },
      {
        item_id: adopted,
        level: 'provincial_association',
        adopted_on: '2017-09-18',
        recorded_by: null,
      },
    ])
    .execute();
}

export async function seedSeptember(db: Kysely<Database>): Promise<void> {
  await ledger(db);
  await reports(db);
  await tasks(db);
  await grassroots(db);
  await information(db);
}
