/** API shapes for plans and their tasks; the only place rows become JSON. */
import type { Plan } from '../../platform/db/schema.js';
import type { PlanSummaryRow } from './find-plans.js';
import type { PlanTaskRow } from './find-plan-tasks.js';

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

export function presentPlan(plan: Plan) {
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    state: plan.state,
    parentPlanId: plan.parent_plan_id,
    notice: {
      docNumber: plan.doc_number,
      title: plan.notice_title,
      recipients: parseList(plan.recipients),
      issueDate: plan.issue_date,
      copyTo: parseList(plan.copy_to),
    },
    version: plan.version,
    updatedAt: plan.updated_at,
  };
}

export function presentPlanSummary(row: PlanSummaryRow) {
  return {
    ...presentPlan(row.plan),
    taskCount: row.taskCount,
    owners: row.owners,
    leaders: row.leaders,
  };
}

const ref = (id: number | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;

export function presentTask(row: PlanTaskRow) {
  return {
    id: row.id,
    planId: row.plan_id,
    no: row.no,
    content: row.content,
    keyTaskNo: row.key_task_no,
    owner: ref(row.owner_person_id, row.owner_name),
    department: ref(row.department_unit_id, row.department_name),
    leader: ref(row.leader_person_id, row.leader_name),
    deadline: {
      text: row.deadline_text,
      start: row.start_date,
      due: row.due_date,
      recurring: row.recurring,
    },
    notes: row.notes,
    status: row.status,
    version: row.version,
  };
}
