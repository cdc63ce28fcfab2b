/**
 * The recipient units of a plan, each with the child plan it has linked (its newest one), so an
 * administrator sees at a glance who has and has not answered the notice. Drafts show to
 * administrators only, as everywhere else.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { countedStates } from './find-aligned-tasks.js';

export interface RecipientRow {
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  child_plan_id: number | null;
  child_plan_title: string | null;
  child_plan_state: string | null;
}

export async function findPlanRecipients(options: {
  db: Kysely<Database>;
  planId: number;
  includeDrafts: boolean;
}): Promise<RecipientRow[]> {
  const { db, planId } = options;
  const states = options.includeDrafts ? ['draft', ...countedStates] : countedStates;
  return db
    .selectFrom('plan_recipients as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('plans as c', (join) =>
      join
        .onRef('c.issuing_unit_id', '=', 'r.unit_id')
        .on('c.parent_plan_id', '=', planId)
        .on('c.state', 'in', states)
        .on((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('plans as newer')
                .select('newer.id')
                .whereRef('newer.issuing_unit_id', '=', 'r.unit_id')
                .where('newer.parent_plan_id', '=', planId)
                .where('newer.state', 'in', states)
                .whereRef('newer.id', '>', 'c.id'),
            ),
          ),
        ),
    )
    .select([
      'r.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'c.id as child_plan_id',
      'c.title as child_plan_title',
      'c.state as child_plan_state',
    ])
    .where('r.plan_id', '=', planId)
    .orderBy('r.unit_id')
    .execute();
}
