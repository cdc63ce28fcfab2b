/** Cascade rows → camelCase JSON. */
import type { ChildPlanRow } from './find-child-plans.js';
import type { RecipientRow } from './find-plan-recipients.js';
import type { AlignedTaskRow } from './find-aligned-tasks.js';
import type { PlanRollup } from './get-plan-rollup.js';
import type { AlignmentRow } from './set-task-alignment.js';

export const presentRecipient = (r: RecipientRow) => ({
  unitId: r.unit_id,
  unitName: r.unit_name,
  unitKind: r.unit_kind,
  childPlan:
    r.child_plan_id === null
      ? null
      : { id: r.child_plan_id, title: r.child_plan_title, state: r.child_plan_state },
});

export const presentChildPlan = (c: ChildPlanRow) => ({
  id: c.id,
  title: c.title,
  year: c.year,
  state: c.state,
  version: c.version,
  parentPlanId: c.parent_plan_id,
  issuingUnit: c.issuing_unit_id === null ? null : { id: c.issuing_unit_id, name: c.unit_name },
  tasks: Number(c.tasks),
  aligned: Number(c.aligned),
});

export const presentAlignedTask = (t: AlignedTaskRow) => ({
  id: t.id,
  no: t.no,
  content: t.content,
  status: t.status,
  dueDate: t.due_date,
  keyTaskNo: t.key_task_no,
  plan: { id: t.plan_id, title: t.plan_title },
  unit: t.unit_id === null ? null : { id: t.unit_id, name: t.unit_name },
  light: t.light ? { light: t.light.light, reason: t.light.reason } : null,
});

export const presentAlignment = (taskId: number, a: AlignmentRow | undefined) => ({
  taskId,
  keyTask:
    a === undefined
      ? null
      : { id: a.key_task_id, no: a.key_task_no, text: a.key_task_text, planId: a.parent_plan_id },
});

export const presentRollup = (planId: number, r: PlanRollup) => ({
  planId,
  keyTasks: r.keyTasks.map((k) => ({
    id: k.id,
    no: k.no,
    text: k.text,
    counts: k.counts,
    units: k.units.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      counts: u.counts,
      tasks: u.tasks.map(presentAlignedTask),
    })),
  })),
  missing: r.missing.map((m) => ({ unitId: m.unit_id, unitName: m.unit_name })),
  unaligned: r.unaligned.map((u) => ({
    planId: u.plan_id,
    planTitle: u.plan_title,
    unitId: u.unit_id,
    unitName: u.unit_name,
    tasks: u.tasks,
    unaligned: u.unaligned,
  })),
});
