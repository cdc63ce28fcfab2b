/**
 * Records a submitted information item (信息报送) for a unit. The date it was submitted may not be
 * after today in China: an item is reported once written, not scheduled.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { CreateItemInput } from './info-work.schema.js';

export async function createInfoItem(options: {
  db: Kysely<Database>;
  actor: Actor;
  unitId: number;
  input: CreateItemInput;
  today: string;
}): Promise<number> {
  const { db, actor, input } = options;
  if (input.submittedOn > options.today)
    throw new AppError(
      'unprocessable',
      `报送日期不能晚于今天 / submittedOn is after today (${options.today})`,
      [{ field: 'body.submittedOn', message: `is after ${options.today}` }],
    );
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('id', '=', options.unitId)
    .executeTakeFirst();
  if (!unit)
    throw new AppError(
      'unprocessable',
      `单位 ${options.unitId} 不存在 / no unit ${options.unitId}`,
      [{ field: 'body.unitId', message: 'no such unit' }],
    );
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('information_items')
      .values({
        unit_id: options.unitId,
        submitted_by: actor.userId,
        title: input.title,
        content: input.content,
        submitted_on: input.submittedOn,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'information_item',
      entityId: row.id,
      action: 'submit',
      after: row,
    });
    return row.id;
  });
}
