/**
 * Records a leader's instruction (批示) on an item. An item may collect several; the legacy
 * instruction column keeps the latest as "by：note". It cannot predate the submission.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { InfoItemRow } from './get-info-item.js';
import type { InstructionInput } from './info-work.schema.js';

export async function recordInstruction(options: {
  db: Kysely<Database>;
  actor: Actor;
  item: InfoItemRow;
  input: InstructionInput;
}): Promise<void> {
  const { db, actor, item, input } = options;
  if (input.on < item.submitted_on)
    throw new AppError(
      'unprocessable',
      `批示日期早于报送日期 / on is before submittedOn (${item.submitted_on})`,
      [{ field: 'body.on', message: `is before ${item.submitted_on}` }],
    );
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('information_instructions')
      .values({
        item_id: item.id,
        given_by: input.by,
        note: input.note,
        given_on: input.on,
        recorded_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('information_items')
      .set({ instruction: `${input.by}：${input.note}` })
      .where('id', '=', item.id)
      .execute();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'information_instruction',
      entityId: row.id,
      action: 'instruct',
      after: row,
    });
  });
}
