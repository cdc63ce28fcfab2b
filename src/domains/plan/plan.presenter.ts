/** API shapes for plans; the only place plan rows become JSON. */
import type { Plan } from '../../platform/db/schema.js';
import type { PlanSummaryRow } from './find-plans.js';
import type { PlanDetail } from './get-plan-detail.js';
import { defaultAsOf, planPeriod } from './plan-period.js';

function parseJson(json: string, fallback: unknown): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return fallback;
  }
}

const list = (json: string): string[] => {
  const value = parseJson(json, []);
  return Array.isArray(value) ? value.map(String) : [];
};

/** `today` gives defaultAsOf: the day the plan's figures count as of unless another is picked. */
export function presentPlan(plan: Plan, today: string) {
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    state: plan.state,
    parentPlanId: plan.parent_plan_id,
    issuingUnitId: plan.issuing_unit_id,
    notice: {
      docNumber: plan.doc_number,
      title: plan.notice_title,
      recipients: list(plan.recipients),
      issueDate: plan.issue_date,
      copyTo: list(plan.copy_to),
    },
    sourceName: plan.source_name,
    period: planPeriod(plan.year),
    defaultAsOf: defaultAsOf(plan.year, today),
    version: plan.version,
    createdAt: plan.created_at,
    updatedAt: plan.updated_at,
  };
}

export function presentPlanSummary(row: PlanSummaryRow, today: string) {
  return {
    ...presentPlan(row.plan, today),
    taskCount: row.taskCount,
    owners: row.owners,
    leaders: row.leaders,
  };
}

export function presentPlanDetail(d: PlanDetail, today: string) {
  const warnings = parseJson(d.plan.import_warnings, []);
  return {
    ...presentPlan(d.plan, today),
    sections: d.sections.map((s) => ({
      id: s.id,
      no: s.no,
      heading: s.heading,
      version: s.version,
      items: d.items.filter((i) => i.section_id === s.id).map((i) => i.no),
    })),
    items: d.items.map((i) => ({
      id: i.id,
      no: i.no,
      title: i.title,
      body: i.body,
      version: i.version,
    })),
    keyTasks: d.keyTasks.map((k) => ({
      id: k.id,
      no: k.no,
      text: k.text,
      version: k.version,
      items: d.links
        .filter((l) => l.key_task_no === k.no)
        .map((l) => ({ no: l.item_no, score: l.score })),
      tasks: d.taskLinks
        .filter((l) => l.key_task_no === k.no)
        .map((l) => ({ id: l.task_id, no: l.task_no, score: l.score })),
    })),
    warnings: Array.isArray(warnings) ? warnings : [],
  };
}
