/**
 * Tasks as JSON: the list row and the task page. `owner` and `department` are the primary ones;
 * `owners`, `leadDepartments` and `coDepartments` the whole responsibility as written.
 */
import type { LightResult } from './status-light.js';
import type { Assignees } from '../task/find-assignees.js';
import { targetText, type IndicatorTarget } from '../ledger/indicator-wording.js';
import type { TaskRow } from '../task/task-rows.js';

const ref = (id: number | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;

const presentLight = (light: LightResult) =>
  light.missed === undefined
    ? { light: light.light, reason: light.reason }
    : { light: light.light, reason: light.reason, missed: light.missed };

/** The columns a task list shows (find-tasks.ts reads only these). */
export type ListedTask = Pick<
  TaskRow,
  | 'id'
  | 'plan_id'
  | 'no'
  | 'content'
  | 'key_task_no'
  | 'owner_person_id'
  | 'owner_name'
  | 'department_unit_id'
  | 'department_name'
  | 'leader_person_id'
  | 'leader_name'
  | 'deadline_text'
  | 'start_date'
  | 'due_date'
  | 'recurring'
  | 'notes'
  | 'status'
  | 'version'
  | 'updated_at'
>;

export function presentTask(
  row: ListedTask & { light?: LightResult | undefined; assignees?: Assignees | undefined },
) {
  const owner = ref(row.owner_person_id, row.owner_name);
  const department = ref(row.department_unit_id, row.department_name);
  return {
    id: row.id,
    planId: row.plan_id,
    no: row.no,
    content: row.content,
    keyTaskNo: row.key_task_no,
    owner,
    department,
    owners: row.assignees?.owners ?? (owner ? [owner] : []),
    leadDepartments: row.assignees?.leadDepartments ?? (department ? [department] : []),
    coDepartments: row.assignees?.coDepartments ?? [],
    leader: ref(row.leader_person_id, row.leader_name),
    deadline: {
      text: row.deadline_text,
      start: row.start_date,
      due: row.due_date,
      recurring: row.recurring,
    },
    notes: row.notes,
    status: row.status,
    light: row.light ? presentLight(row.light) : null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export type TaskJson = ReturnType<typeof presentTask>;

interface IndicatorRow extends IndicatorTarget {
  id: number;
  aggregation: string;
  per_person_threshold: number | null;
  source_text: string | null;
  optional: number;
  version: number;
  actual: number;
  progress: number;
}

export function presentIndicator(i: IndicatorRow) {
  return {
    id: i.id,
    comparator: i.comparator,
    value: i.value,
    min: i.min_value,
    max: i.max_value,
    unit: i.unit,
    subject: i.subject,
    aggregation: i.aggregation,
    perPersonThreshold: i.per_person_threshold,
    /** The target in the words of official documents (专家不少于100名); clients show it as is. */
    targetText: targetText(i),
    sourceText: i.source_text,
    optional: i.optional === 1,
    actual: i.actual,
    progress: Math.round(i.progress * 1000) / 1000,
    version: i.version,
  };
}

/** The task page: the task as of `asOf` (its 统计日期), with its plan's period. */
export function presentTaskPage(
  task: TaskRow & {
    light: LightResult | null;
    assignees?: Assignees | undefined;
    indicators: IndicatorRow[];
    asOf: string;
    period: { start: string; end: string };
  },
) {
  const { light, asOf, period, ...rest } = task;
  return {
    ...presentTask(light ? { ...rest, light } : rest),
    indicators: task.indicators.map(presentIndicator),
    asOf,
    period,
  };
}
