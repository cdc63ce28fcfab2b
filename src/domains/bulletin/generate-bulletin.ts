/**
 * Issues a bulletin: freezes the month's data (takeSnapshot) as the next version of the plan's
 * bulletin of that kind and month, and records the audit event in the same transaction. The
 * first bulletin is version 1; regenerating adds version n+1 and never changes an earlier one.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Bulletin, Database, Plan } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { storedKind, type BulletinKind } from './snapshot.js';
import { takeSnapshot } from './take-snapshot.js';

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
  return db.transaction().execute(async (trx) => {
    // Two administrators issuing at once must not both take the same version number.
    if (trx.getExecutor().adapter instanceof PostgresAdapter)
      await sql`select id from plans where id = ${plan.id} for update`.execute(trx);
    const last = await trx
      .selectFrom('bulletins')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('plan_id', '=', plan.id)
      .where('month', '=', month)
      .where('kind', '=', storedKind[kind])
      .executeTakeFirst();
    const bulletin = await trx
      .insertInto('bulletins')
      .values({
        plan_id: plan.id,
        month,
        kind: storedKind[kind],
        version: Number(last?.version ?? 0) + 1,
        snapshot: JSON.stringify(snapshot),
        created_by: options.actor?.userId ?? null,
        created_at: options.now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: options.actor,
      entity: 'bulletins',
      entityId: bulletin.id,
      action: 'generate',
      after: { planId: plan.id, month, kind, version: bulletin.version },
    });
    return bulletin;
  });
}
