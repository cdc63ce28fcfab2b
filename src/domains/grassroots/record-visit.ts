/**
 * Records a stay at the grassroots (深入基层). Visits are never edited: a correction voids the
 * wrong one and records it again. Two live visits of the same person may not overlap, since a
 * day can only be counted once; that and an unknown contact point are 422 naming the field.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { spanDays } from './grassroots-pace.js';
import type { VisitRow } from './grassroots.presenter.js';
import type { VisitInput } from './grassroots.schema.js';

const unprocessable = (field: string, message: string) =>
  new AppError('unprocessable', `无法登记下基层记录 / the visit cannot be recorded: ${message}`, [
    { field: `body.${field}`, message },
  ]);

export async function recordVisit(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: VisitInput;
  now: Date;
}): Promise<VisitRow> {
  const { db, actor, input } = options;
  const contactPointId = input.contactPointId ?? null;
  if (contactPointId !== null) {
    const point = await db
      .selectFrom('grassroots_contact_points')
      .select('id')
      .where('id', '=', contactPointId)
      .executeTakeFirst();
    if (!point) throw unprocessable('contactPointId', `contact point ${contactPointId} not found`);
  }
  return db.transaction().execute(async (trx) => {
    const overlapping = await trx
      .selectFrom('grassroots_visits')
      .select(['id', 'start_date', 'end_date'])
      .where('person_id', '=', input.personId)
      .where('voided_at', 'is', null)
      .where('start_date', '<=', input.endDate)
      .where('end_date', '>=', input.startDate)
      .executeTakeFirst();
    if (overlapping)
      throw unprocessable(
        'startDate',
        `overlaps visit ${overlapping.id} (${overlapping.start_date}..${overlapping.end_date})`,
      );
    const row = await trx
      .insertInto('grassroots_visits')
      .values({
        person_id: input.personId,
        start_date: input.startDate,
        end_date: input.endDate,
        days: input.days ?? spanDays(input.startDate, input.endDate),
        place: input.place,
        contact_point_id: contactPointId,
        purpose: input.purpose,
        findings: input.findings ?? null,
        recorded_by: actor.userId,
        voided_at: null,
        void_reason: null,
        created_at: options.now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'grassroots_visit',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
