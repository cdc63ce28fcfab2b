/**
 * Voids a visit with a reason: the row stays as the record of what was corrected but no longer
 * counts toward the person's days. Voiding is final; a second void is a conflict.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { VisitRow } from './grassroots.presenter.js';

export async function voidVisit(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  reason: string;
  now: Date;
}): Promise<VisitRow> {
  const { id } = options;
  const alreadyVoided = () =>
    new AppError('conflict', `下基层记录 ${id} 已作废 / visit ${id} is already voided`);
  return options.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('grassroots_visits')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound({ zh: '下基层记录', en: 'visit' }, id);
    if (before.voided_at !== null) throw alreadyVoided();
    const after = await trx
      .updateTable('grassroots_visits')
      .set({ voided_at: options.now.toISOString(), void_reason: options.reason })
      .where('id', '=', id)
      .where('voided_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    // Someone else voided it between our read and write.
    if (!after) throw alreadyVoided();
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'grassroots_visit',
      entityId: id,
      action: 'void',
      before,
      after,
    });
    return after;
  });
}
