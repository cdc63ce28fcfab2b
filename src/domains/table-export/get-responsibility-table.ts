/**
 * A plan's key-task responsibility table (重点工作任务表) as it is exported: the table's columns,
 * then one row per task with its people and units by name, its deadline as written, its status
 * light and each indicator's actual against its target, both as of one day (统计日期: evidence
 * dated after it does not count).
 *
 * The columns are those of the notice's own table (plans.table_columns): its header words in its
 * order. A column the importer does not read keeps its header over empty cells, so the sheet still
 * looks like the notice's; a field tasks fill that the notice's table lacks (配合单位 found in the
 * outline) follows under its standard name, so nothing is lost. A plan that kept no columns
 * (imported before they were kept, or from a notice without a table) gets the importer's standard
 * names in its order, leaving out a column no task fills. Either way the export reads back through
 * the importer to the same tasks.
 */
import type { Kysely } from 'kysely';
import type { Database, Plan, Task } from '../../platform/db/schema.js';
import { canonicalName, columnOrder, type ColumnKey } from '../import/columns.js';
import { parseTableColumns } from '../import/table-columns.js';
import { indicatorActuals } from '../progress/indicator-actuals.js';
import type { Light } from '../progress/status-light.js';
import { completionText } from '../ledger/indicator-wording.js';
import { taskLights } from '../progress/task-lights.js';
import { findAssignees, type Assignees, type Ref } from '../task/find-assignees.js';

export interface ResponsibilityRow {
  cells: Record<ColumnKey, string | number>;
  light: Light;
  /** One line per indicator: 专家不少于100名：实际35名（35%）. */
  indicators: string[];
}

export interface ResponsibilityTable {
  title: string;
  /** key null: a column of the notice's table that maps to no field, shown empty. */
  columns: { key: ColumnKey | null; name: string }[];
  rows: ResponsibilityRow[];
  /** The day the lights and actuals count as of. */
  asOf: string;
}

/** Columns every table shows even when empty: the notice's table always has them. */
const alwaysShown = new Set<ColumnKey>(['no', 'content', 'notes']);

export async function getResponsibilityTable(options: {
  db: Kysely<Database>;
  plan: Pick<Plan, 'id' | 'year' | 'title' | 'table_columns'>;
  asOf: string;
}): Promise<ResponsibilityTable> {
  const { db, plan, asOf } = options;
  const tasks = await db
    .selectFrom('tasks')
    .leftJoin('people as leader', 'leader.id', 'tasks.leader_person_id')
    .selectAll('tasks')
    .select('leader.name as leader_name')
    .where('tasks.plan_id', '=', plan.id)
    .orderBy('tasks.no')
    .orderBy('tasks.id')
    .execute();
  const assignees = await findAssignees({ db, tasks });
  const lights = await taskLights({
    db,
    tasks: tasks.map((t) => ({ ...t, planYear: plan.year })),
    today: asOf,
  });
  const indicators = await indicatorLines(
    db,
    tasks.map((t) => t.id),
    asOf,
  );
  const rows = tasks.map((task): ResponsibilityRow => ({
    cells: cellsOf(task, assignees.get(task.id)),
    light: lights.get(task.id)?.light ?? 'green',
    indicators: indicators.get(task.id) ?? [],
  }));
  const columns = columnsOf(parseTableColumns(plan.table_columns), rows);
  return { title: `${plan.title}重点工作任务表`, columns, rows, asOf };
}

function columnsOf(
  own: ReturnType<typeof parseTableColumns>,
  rows: ResponsibilityRow[],
): ResponsibilityTable['columns'] {
  const filled = (key: ColumnKey) => rows.some((r) => r.cells[key] !== '');
  const standard = (keys: ColumnKey[]) => keys.map((key) => ({ key, name: canonicalName(key) }));
  if (!own) return standard(columnOrder.filter((key) => alwaysShown.has(key) || filled(key)));
  const fields = new Set(own.map((c) => c.field));
  const missing = columnOrder.filter((key) => key !== 'no' && !fields.has(key) && filled(key));
  return [...own.map((c) => ({ key: c.field, name: c.header })), ...standard(missing)];
}

const names = (refs: Ref[] | undefined) => (refs ?? []).map((r) => r.name).join('、');

function cellsOf(
  task: Pick<Task, 'no' | 'content' | 'deadline_text' | 'notes'> & { leader_name: string | null },
  assignees: Assignees | undefined,
): ResponsibilityRow['cells'] {
  return {
    no: task.no,
    content: task.content,
    owner: names(assignees?.owners),
    department: names(assignees?.leadDepartments),
    coDepartment: names(assignees?.coDepartments),
    leader: task.leader_name ?? '',
    deadline: task.deadline_text ?? '',
    notes: task.notes ?? '',
  };
}

/** Each task's indicators as lines of text, in the order they were set. */
async function indicatorLines(
  db: Kysely<Database>,
  taskIds: number[],
  asOf: string,
): Promise<Map<number, string[]>> {
  const lines = new Map<number, string[]>();
  if (taskIds.length === 0) return lines;
  const actuals = new Map(
    (await indicatorActuals({ db, taskIds, asOf })).map((a) => [a.indicatorId, a]),
  );
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const actual = actuals.get(row.id);
    const text = completionText(row, actual?.actual ?? 0, actual?.progress ?? 0);
    lines.set(row.task_id, [...(lines.get(row.task_id) ?? []), text]);
  }
  return lines;
}
