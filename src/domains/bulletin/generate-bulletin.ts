/**
 * Generates the draft of a plan's bulletin of one kind and month: freezes the month's data
 * (takeSnapshot) into the month's one draft, created or, when there is one, replaced, and records
 * the audit event in the same transaction. The draft carries the version it will be issued as:
 * one above the month's last issued version (1 for a first issue, 2+ for a 更正).
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Bulletin, Database, Plan } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { storedKind, type BulletinKind } from './snapshot.js';
import { takeSnapshot } from './take-snapshot.js';

/** Serialises the writes that number a plan's bulletins (versions, 期号) on PostgreSQL. */
export async function lockPlan(trx: Kysely<Database>, planId: number): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter)
    await sql`select id from plans where id = ${planId} for update`.execute(trx);
}

/** The version the month's next issue takes: one above its last issued version. */
export async function nextVersion(
  trx: Kysely<Database>,
  row: Pick<Bulletin, 'plan_id' | 'month' | 'kind'>,
): Promise<number> {
  const last = await trx
    .selectFrom('bulletins')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('plan_id', '=', row.plan_id)
    .where('month', '=', row.month)
    .where('kind', '=', row.kind)
    .where('state', '=', 'issued')
    .executeTakeFirst();
  return Number(last?.version ?? 0) + 1;
}

export async function generateBulletin(options: {
  db: Kysely<Database>;
  actor: Actor | null;
  plan: Plan;
  month: string;
  kind: BulletinKind;
  now: Date;
}): Promise<Bulletin> {
  const { db, plan, month, kind } = options;
  const snapshot = await takeSnapshot({ db, plan, month, kind });
  const key = { plan_id: plan.id, month, kind: storedKind[kind] };
  return db.transaction().execute(async (trx) => {
    // Two administrators generating at once must not both create the month's draft.
    await lockPlan(trx, plan.id);
    const draft = await trx
      .selectFrom('bulletins')
      .select('id')
      .where('plan_id', '=', plan.id)
      .where('month', '=', month)
      .where('kind', '=', key.kind)
      .where('state', '=', 'draft')
      .executeTakeFirst();
    const fresh = {
      snapshot: JSON.stringify(snapshot),
      created_by: options.actor?.userId ?? null,
      created_at: options.now.toISOString(),
    };
    const bulletin = draft
      ? await trx
          .updateTable('bulletins')
          .set(fresh)
          .where('id', '=', draft.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('bulletins')
          .values({ ...key, ...fresh, state: 'draft', version: await nextVersion(trx, key) })
          .returningAll()
          .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: options.actor,
      planId: plan.id,
      entity: 'bulletins',
      entityId: bulletin.id,
      action: 'generate',
      after: { planId: plan.id, month, kind, version: bulletin.version, state: 'draft' },
    });
    return bulletin;
  });
}
