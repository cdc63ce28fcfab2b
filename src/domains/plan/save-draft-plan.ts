/**
 * Stores a parsed draft as a draft plan in one transaction: units and people are found by name or
 * created, then the plan with its task table's columns (header words and fields), its outline, key
 * tasks, tasks with their links, responsibility (every owner, lead and co-operating department as
 * assignees) and indicators. Either all of it is written or nothing is.
 */
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { insertAssignees } from './task-assignees.js';
import type { PlanDraft, Target, TaskDraft } from '../import/draft.js';
import { aggregationFor } from '../import/indicator-defaults.js';
import { OrgDirectory } from './org-directory.js';
import { tableColumnsJson } from '../import/table-columns.js';

export interface SaveDraftPlanOptions {
  db: Kysely<Database>;
  draft: PlanDraft;
  sourceName: string | null;
  actor?: Pick<Actor, 'userId' | 'username'> | null;
  parentPlanId?: number | null;
  issuingUnitId?: number | undefined;
}

export async function saveDraftPlan(options: SaveDraftPlanOptions): Promise<{ planId: number }> {
  return options.db.transaction().execute(async (trx) => {
    const { draft } = options;
    const now = new Date().toISOString();
    const org = new OrgDirectory(trx);
    // An administrator of a unit imports that unit's plan; a global one files it under the signer.
    const issuerId =
      options.issuingUnitId ??
      (await org.unit(draft.notice.issuer ?? issuingUnitOf(draft.plan.title), null, 'association'));
    const plan = await trx
      .insertInto('plans')
      .values({
        year: draft.plan.year,
        title: draft.plan.title,
        issuing_unit_id: issuerId,
        parent_plan_id: options.parentPlanId ?? null,
        doc_number: draft.notice.docNumber,
        notice_title: draft.notice.title,
        recipients: JSON.stringify(draft.notice.recipients),
        issue_date: draft.notice.issueDate,
        copy_to: JSON.stringify(draft.notice.copyTo),
        state: 'draft',
        source_name: options.sourceName,
        import_warnings: JSON.stringify(draft.warnings),
        table_columns: tableColumnsJson(draft.tableColumns),
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const itemIds = await saveOutline(trx, plan.id, draft);
    const keyTaskIds = await saveKeyTasks(trx, plan.id, draft, itemIds);
    for (const task of draft.tasks) {
      await saveTask(trx, { planId: plan.id, task, draft, org, issuerId, keyTaskIds, now });
    }
    await recordAudit(trx, {
      actor: options.actor ?? null,
      // The plan's own chain, unless the import created units or people or filed the plan under a
      // parent: those are read outside the plan, so the event joins the organisation's chain.
      planId: org.created || options.parentPlanId != null ? null : plan.id,
      entity: 'plan',
      entityId: plan.id,
      action: 'import',
      after: { title: draft.plan.title, tasks: draft.tasks.length, source: options.sourceName },
      at: now,
    });
    await rebuildTotals(trx, { planId: plan.id });
    return { planId: plan.id };
  });
}

/** '滁州市科协2017年工作要点' → '滁州市科协' when the notice has no signature. */
function issuingUnitOf(title: string): string {
  return title.replace(/\d{4}年.*$/, '') || title;
}

async function saveOutline(
  trx: Transaction<Database>,
  planId: number,
  draft: PlanDraft,
): Promise<Map<number, number>> {
  const sectionIds = new Map<number, number>();
  for (const s of draft.sections) {
    const row = await trx
      .insertInto('plan_sections')
      .values({ plan_id: planId, no: s.no, heading: s.heading })
      .returning('id')
      .executeTakeFirstOrThrow();
    sectionIds.set(s.no, row.id);
  }
  const itemIds = new Map<number, number>();
  for (const item of draft.items) {
    const row = await trx
      .insertInto('plan_items')
      .values({
        plan_id: planId,
        section_id: sectionIds.get(item.section) ?? null,
        no: item.no,
        title: item.title,
        body: item.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    itemIds.set(item.no, row.id);
  }
  return itemIds;
}

async function saveKeyTasks(
  trx: Transaction<Database>,
  planId: number,
  draft: PlanDraft,
  itemIds: Map<number, number>,
) {
  const keyTaskIds = new Map<number, number>();
  for (const k of draft.keyTasks) {
    const row = await trx
      .insertInto('key_tasks')
      .values({ plan_id: planId, no: k.no, text: k.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    keyTaskIds.set(k.no, row.id);
  }
  for (const link of draft.links.scores.keyTaskToItem) {
    const keyTaskId = keyTaskIds.get(link.from);
    const itemId = itemIds.get(link.to);
    if (keyTaskId && itemId)
      await trx
        .insertInto('key_task_items')
        .values({ key_task_id: keyTaskId, item_id: itemId, score: link.score })
        .execute();
  }
  return keyTaskIds;
}

interface SaveTaskContext {
  planId: number;
  task: TaskDraft;
  draft: PlanDraft;
  org: OrgDirectory;
  issuerId: number;
  keyTaskIds: Map<number, number>;
  now: string;
}

async function saveTask(trx: Transaction<Database>, c: SaveTaskContext): Promise<void> {
  const { task } = c;
  const units = async (names: string[]) => {
    const ids: number[] = [];
    for (const name of names) ids.push(await c.org.unit(name, c.issuerId, 'department'));
    return [...new Set(ids)];
  };
  const leadDepartments = await units(task.departments);
  const departmentId = leadDepartments[0] ?? null;
  const coDepartments = (await units(task.coDepartments)).filter(
    (id) => !leadDepartments.includes(id),
  );
  const owners: number[] = [];
  for (const name of task.owners)
    owners.push(await c.org.person(name, departmentId ?? c.issuerId, c.issuerId));
  const ownerId = owners[0] ?? null;
  const leaderId = task.leader ? await c.org.person(task.leader, c.issuerId, c.issuerId) : null;
  const score = c.draft.links.scores.keyTaskToTableRow.find((l) => l.to === task.no)?.score ?? null;
  const row = await trx
    .insertInto('tasks')
    .values({
      plan_id: c.planId,
      no: task.no,
      content: task.content,
      key_task_id: task.keyTask === null ? null : (c.keyTaskIds.get(task.keyTask) ?? null),
      key_task_score: task.keyTask === null ? null : score,
      owner_person_id: ownerId,
      department_unit_id: departmentId,
      leader_person_id: leaderId,
      deadline_text: task.deadline?.text ?? null,
      start_date: task.deadline?.start ?? null,
      due_date: task.deadline?.due ?? null,
      recurring: task.deadline?.recurring ?? null,
      notes: task.notes,
      status: 'open',
      updated_at: c.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertAssignees(trx, row.id, {
    owners: [...new Set(owners)],
    leadDepartments,
    coDepartments,
  });
  for (const target of targetsOf(task, c.draft)) {
    await trx
      .insertInto('indicators')
      .values({
        task_id: row.id,
        comparator: target.comparator,
        value: target.value ?? null,
        min_value: target.min ?? null,
        max_value: target.max ?? null,
        unit: target.unit,
        subject: target.subject,
        aggregation: aggregationFor(target),
        per_person_threshold: target.perPerson ? (target.value ?? null) : null,
        source_text: target.text,
      })
      .execute();
  }
}

/** A task's indicators: the targets of its own text, else those of its key task. */
function targetsOf(task: TaskDraft, draft: PlanDraft): Target[] {
  const own = draft.targets.filter((t) => t.where === task.source && !t.optional);
  if (own.length > 0 || task.keyTask === null) return own;
  return draft.targets.filter((t) => t.where === `keyTask ${task.keyTask}` && !t.optional);
}
