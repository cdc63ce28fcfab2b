/**
 * Versioned edits of a plan and its outline (plan fields, a section heading, an item, a key task's
 * text), while the plan is not closed. One function for the four tables: same guard, same audit.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';

type Editable = 'plans' | 'plan_sections' | 'plan_items' | 'key_tasks';

export async function updatePlanRecord(options: {
  db: Kysely<Database>;
  actor: Actor;
  table: Editable;
  id: number;
  expected: ExpectedVersion;
  changes: Record<string, string | number | null>;
  now: Date;
}): Promise<void> {
  const { table, id, expected } = options;
  await options.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('not_found', `记录 ${id} 不存在 / ${table} ${id} not found`);
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    const stamp: Record<string, string> =
      table === 'plans' ? { updated_at: options.now.toISOString() } : {};
    await updateVersioned(trx, table, { id, expected, set: { ...options.changes, ...stamp } });
    await recordAudit(trx, {
      actor: options.actor,
      planId: table === 'plans' ? before.id : before.plan_id,
      entity: table === 'plans' ? 'plan' : table.replace('plan_', '').replace(/s$/, ''),
      entityId: id,
      action: 'update',
      before,
      after: options.changes,
    });
  });
}

/** The plan a section, item or key task belongs to, for the policy check. */
export async function planIdOf(
  db: Kysely<Database>,
  table: 'plan_sections' | 'plan_items' | 'key_tasks',
  id: number,
): Promise<number> {
  const row = await db.selectFrom(table).select('plan_id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `记录 ${id} 不存在 / ${table} ${id} not found`);
  return row.plan_id;
}
