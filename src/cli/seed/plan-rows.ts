/**
 * Synthetic plans and their tasks. Every unit but a department issues a plan (more than one year
 * when there are more plans than issuers); a plan's parent is the plan of the issuer's parent unit
 * for the same year, its recipients are the issuer's child units, and the tasks of a child plan
 * are mostly aligned to the parent plan's key tasks, so roll-ups have something to roll up.
 */
import type { Insertable } from 'kysely';
import type {
  IndicatorTable,
  KeyTaskTable,
  PlanTable,
  TaskTable,
} from '../../platform/db/schema.js';
import type { PlanRecipientTable, TaskAlignmentTable } from '../../platform/db/tables/cascade.js';
import type { TaskAssigneeTable } from '../../platform/db/tables/tracking.js';
import { adminUserId, type OrgRows } from './org-rows.js';
import { deadline, keyTaskTexts, taskText, type Target } from './phrases.js';
import type { Random } from './random.js';
import type { UnitSpec } from './units.js';

/** What later tables need to know about a task. */
export interface TaskFacts {
  id: number;
  year: number;
  ownerUserId: number | null;
  leaderUserId: number | null;
  target: Target | null;
}

export interface PlanRows {
  plans: Insertable<PlanTable>[];
  recipients: Insertable<PlanRecipientTable>[];
  keyTasks: Insertable<KeyTaskTable>[];
  tasks: Insertable<TaskTable>[];
  assignees: Insertable<TaskAssigneeTable>[];
  alignments: Insertable<TaskAlignmentTable>[];
  indicators: Insertable<IndicatorTable>[];
  taskFacts: TaskFacts[];
  /** Task index of each indicator. */
  indicatorTask: number[];
}

export interface PlanCounts {
  plans: number;
  tasks: number;
  year: number;
  /** China date the data is as of: later tasks are open, earlier ones often done. */
  today: string;
}

export function buildPlanRows(
  specs: UnitSpec[],
  org: OrgRows,
  counts: PlanCounts,
  random: Random,
  now: string,
): PlanRows {
  const rows: PlanRows = {
    plans: [],
    recipients: [],
    keyTasks: [],
    tasks: [],
    assignees: [],
    alignments: [],
    indicators: [],
    taskFacts: [],
    indicatorTask: [],
  };
  const issuers = specs.flatMap((u, i) => (u.level === 'department' ? [] : [i]));
  const issuerSlot = new Map(issuers.map((unitIndex, slot) => [unitIndex, slot]));
  const childrenOf = specs.map(() => [] as number[]);
  specs.forEach((u, i) => u.parent !== null && childrenOf[u.parent]?.push(i));
  const departmentsOf = childrenOf.map((cs) => cs.filter((c) => specs[c]?.level === 'department'));
  /** First key-task id and count of each plan, for aligning child tasks. */
  const keyTasksOf: { first: number; count: number }[] = [];

  for (let p = 0; p < counts.plans; p++) {
    const unitIndex = issuers[p % issuers.length] ?? 0;
    const round = Math.floor(p / issuers.length);
    const year = counts.year - round;
    const unit = specs[unitIndex];
    if (!unit) throw new Error('issuer out of range');
    const parentSlot = unit.parent === null ? undefined : issuerSlot.get(unit.parent);
    const parentPlan = parentSlot === undefined ? null : parentSlot + round * issuers.length;
    const subordinates = (childrenOf[unitIndex] ?? []).filter(
      (c) => specs[c]?.level !== 'department',
    );
    rows.plans.push({
      id: p + 1,
      year,
      title: `${unit.name}${year}年工作要点`,
      issuing_unit_id: unitIndex + 1,
      parent_plan_id: parentPlan !== null && parentPlan < p ? parentPlan + 1 : null,
      doc_number: `${abbreviation(unit)}〔${year}〕${1 + (p % 9)}号`,
      notice_title: `关于印发《${unit.name}${year}年工作要点》的通知`,
      recipients: JSON.stringify(subordinates.slice(0, 50).map((c) => specs[c]?.name)),
      issue_date: `${year}-0${random.int(1, 3)}-${String(random.int(10, 28))}`,
      copy_to: JSON.stringify(unit.parent === null ? [] : [specs[unit.parent]?.name]),
      state: 'published',
      source_name: null,
      import_warnings: '[]',
      created_at: now,
      updated_at: now,
    });
    for (const c of subordinates)
      rows.recipients.push({ plan_id: p + 1, unit_id: c + 1, created_at: now });

    const first = Math.floor((p * counts.tasks) / counts.plans);
    const taskCount = Math.floor(((p + 1) * counts.tasks) / counts.plans) - first;
    const keyCount = Math.min(10, Math.max(1, Math.round(taskCount / 3)));
    const keyStart = rows.keyTasks.length + 1;
    const textOffset = random.int(0, keyTaskTexts.length - 1);
    for (let k = 0; k < keyCount; k++)
      rows.keyTasks.push({
        id: keyStart + k,
        plan_id: p + 1,
        no: k + 1,
        text: keyTaskTexts[(textOffset + k) % keyTaskTexts.length] ?? '',
      });
    keyTasksOf.push({ first: keyStart, count: keyCount });
    const parentKeys = rows.plans[p]?.parent_plan_id
      ? keyTasksOf[(rows.plans[p]?.parent_plan_id ?? 1) - 1]
      : undefined;
    for (let n = 0; n < taskCount; n++)
      addTask(rows, {
        departments: departmentsOf[unitIndex] ?? [],
        org,
        random,
        now,
        counts,
        unitIndex,
        year,
        planId: p + 1,
        no: n + 1,
        keyStart,
        keyCount,
        parentKeys,
      });
  }
  return rows;
}

function abbreviation(unit: UnitSpec): string {
  if (unit.level === 'province') return '皖科协';
  return `${unit.name.slice(0, 1)}${unit.level === 'society' ? '学' : '科协'}`;
}

interface TaskContext {
  /** Unit indexes of the issuer's departments. */
  departments: number[];
  org: OrgRows;
  random: Random;
  now: string;
  counts: PlanCounts;
  unitIndex: number;
  year: number;
  planId: number;
  no: number;
  keyStart: number;
  keyCount: number;
  parentKeys: { first: number; count: number } | undefined;
}

function addTask(rows: PlanRows, c: TaskContext): void {
  const { random, org } = c;
  const id = rows.tasks.length + 1;
  const { departments } = c;
  const department = departments.length ? random.pick(departments) : c.unitIndex;
  const staff = org.staffOf[department]?.length
    ? org.staffOf[department]
    : org.staffOf[c.unitIndex];
  const owner = staff?.length ? random.pick(staff) : null;
  const leaders = org.leadersOf[c.unitIndex] ?? [];
  const leader = leaders.length ? random.pick(leaders) : null;
  const { content, target } = taskText(random);
  const due = deadline(random, c.year);
  const keyTask =
    c.no <= c.keyCount
      ? c.keyStart + c.no - 1
      : random.chance(0.3)
        ? c.keyStart + random.int(0, c.keyCount - 1)
        : null;
  const past = due.due < c.counts.today;
  rows.tasks.push({
    id,
    plan_id: c.planId,
    no: c.no,
    content,
    key_task_id: keyTask,
    key_task_score: keyTask === null ? null : 1,
    owner_person_id: owner,
    department_unit_id: department + 1,
    leader_person_id: leader,
    deadline_text: due.text,
    start_date: due.start,
    due_date: due.due,
    recurring: due.recurring,
    notes: null,
    status: random.chance(past ? 0.7 : 0.05) ? 'done' : 'open',
    created_at: c.now,
    updated_at: c.now,
  });
  if (owner !== null)
    rows.assignees.push({
      task_id: id,
      kind: 'owner',
      person_id: owner,
      unit_id: null,
      position: 0,
    });
  rows.assignees.push({
    task_id: id,
    kind: 'lead_department',
    unit_id: department + 1,
    person_id: null,
    position: 0,
  });
  const co = departments.filter((d) => d !== department);
  if (co.length && random.chance(0.15))
    rows.assignees.push({
      task_id: id,
      kind: 'co_department',
      unit_id: random.pick(co) + 1,
      person_id: null,
      position: 1,
    });
  if (c.parentKeys && random.chance(0.85))
    rows.alignments.push({
      task_id: id,
      key_task_id: c.parentKeys.first + ((c.no - 1) % c.parentKeys.count),
      created_by: adminUserId,
      created_at: c.now,
    });
  if (target) {
    rows.indicators.push({
      id: rows.indicators.length + 1,
      task_id: id,
      comparator: target.comparator,
      value: target.value,
      min_value: null,
      max_value: null,
      unit: target.unit,
      subject: target.subject,
      aggregation: target.aggregation,
      per_person_threshold: null,
      source_text: target.sourceText,
    });
    rows.indicatorTask.push(id - 1);
  }
  rows.taskFacts.push({
    id,
    year: c.year,
    ownerUserId: owner === null ? null : owner + 1,
    leaderUserId: leader === null ? null : leader + 1,
    target,
  });
}
