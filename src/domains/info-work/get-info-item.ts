/** One information item with its unit's name, adoptions and instructions, or not_found. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, InformationItemTable } from '../../platform/db/schema.js';
import type {
  InformationAdoptionTable,
  InformationInstructionTable,
} from '../../platform/db/tables/infowork.js';
import { foundById } from '../../platform/errors.js';

export type InfoItemRow = Selectable<InformationItemTable> & { unit_name: string };
export interface InfoItemDetail {
  item: InfoItemRow;
  adoptions: Selectable<InformationAdoptionTable>[];
  instructions: Selectable<InformationInstructionTable>[];
}

export async function getInfoItem(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<InfoItemRow> {
  const row = await options.db
    .selectFrom('information_items')
    .innerJoin('units', 'units.id', 'information_items.unit_id')
    .selectAll('information_items')
    .select('units.name as unit_name')
    .where('information_items.id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: '信息', en: 'information item' }, options.id);
}

export async function getInfoItemDetail(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<InfoItemDetail> {
  const { db, id } = options;
  const item = await getInfoItem({ db, id });
  const adoptions = await db
    .selectFrom('information_adoptions')
    .selectAll()
    .where('item_id', '=', id)
    .orderBy('adopted_on')
    .orderBy('id')
    .execute();
  const instructions = await db
    .selectFrom('information_instructions')
    .selectAll()
    .where('item_id', '=', id)
    .orderBy('given_on')
    .orderBy('id')
    .execute();
  return { item, adoptions, instructions };
}
