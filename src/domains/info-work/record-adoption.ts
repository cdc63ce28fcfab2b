/**
 * Records that an item was adopted (采用) at a level. Each level counts once per item; the item's
 * legacy adoption_level column is kept as the highest level so far. The adoption cannot predate
 * the submission.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { InfoItemRow } from './get-info-item.js';
import { adoptionLevels, isAdoptionLevel, levelNames } from './info-scheme.js';
import type { AdoptionInput } from './info-work.schema.js';

const rankOf = (level: string | null) =>
  level !== null && isAdoptionLevel(level) ? adoptionLevels.indexOf(level) : -1;

const already = (level: AdoptionInput['level']) =>
  new AppError('conflict', `该信息已被${levelNames[level]}采用 / already adopted at ${level}`, [
    { field: 'body.level', message: 'already recorded' },
  ]);

export async function recordAdoption(options: {
  db: Kysely<Database>;
  actor: Actor;
  item: InfoItemRow;
  input: AdoptionInput;
}): Promise<void> {
  const { db, actor, item, input } = options;
  if (input.adoptedOn < item.submitted_on)
    throw new AppError(
      'unprocessable',
      `采用日期早于报送日期 / adoptedOn is before submittedOn (${item.submitted_on})`,
      [{ field: 'body.adoptedOn', message: `is before ${item.submitted_on}` }],
    );
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('information_adoptions')
      .values({
        item_id: item.id,
        level: input.level,
        adopted_on: input.adoptedOn,
        recorded_by: actor.userId,
      })
      .onConflict((oc) => oc.columns(['item_id', 'level']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw already(input.level);
    if (rankOf(input.level) > rankOf(item.adoption_level)) {
      await trx
        .updateTable('information_items')
        .set({ adoption_level: input.level })
        .where('id', '=', item.id)
        .execute();
    }
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'information_adoption',
      entityId: row.id,
      action: 'adopt',
      after: row,
    });
  });
}
