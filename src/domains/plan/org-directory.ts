/**
 * Finds units and people by name inside an import transaction, creating the missing ones, so the
 * same 学会部 or 彭国华 named on ten rows becomes one record.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export class OrgDirectory {
  private readonly units = new Map<string, number>();
  private readonly people = new Map<string, number>();
  private inserted = false;

  constructor(private readonly trx: Transaction<Database>) {}

  /** Whether a unit or person was created, which changes what every plan reads. */
  get created(): boolean {
    return this.inserted;
  }

  async unit(name: string, parentId: number | null, kind: string): Promise<number> {
    const key = `${parentId ?? ''}/${name}`;
    const cached = this.units.get(key);
    if (cached !== undefined) return cached;
    let query = this.trx.selectFrom('units').select('id').where('name', '=', name);
    query =
      parentId === null
        ? query.where('parent_id', 'is', null)
        : query.where('parent_id', '=', parentId);
    const found = await query.executeTakeFirst();
    const id =
      found?.id ??
      (
        await this.trx
          .insertInto('units')
          .values({ name, parent_id: parentId, kind })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    if (!found) this.inserted = true;
    this.units.set(key, id);
    return id;
  }

  /**
   * A person is matched by name within the issuing unit and its departments, so a namesake in
   * another organisation is never taken for them.
   */
  async person(name: string, unitId: number, issuerId: number): Promise<number> {
    const cached = this.people.get(name);
    if (cached !== undefined) return cached;
    const found = await this.trx
      .selectFrom('people')
      .select('id')
      .where('name', '=', name)
      .where((eb) =>
        eb.or([
          eb('unit_id', '=', issuerId),
          eb(
            'unit_id',
            'in',
            eb.selectFrom('units').select('id').where('parent_id', '=', issuerId),
          ),
        ]),
      )
      .orderBy('id')
      .executeTakeFirst();
    const id =
      found?.id ??
      (
        await this.trx
          .insertInto('people')
          .values({ name, unit_id: unitId, title: null })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    if (!found) this.inserted = true;
    this.people.set(name, id);
    return id;
  }
}
