/**
 * The units an actor may see: their unit with every unit below it (the sub-units they supervise)
 * and every unit above it (whose plans apply to them). An administrator without a unit sees all.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from './actor.js';

export type UnitScope = { all: true } | { all: false; unitIds: number[]; below: number[] };

export async function unitScope(db: Kysely<Database>, actor: Actor): Promise<UnitScope> {
  if (actor.unitId === null) {
    return actor.role === 'admin' ? { all: true } : { all: false, unitIds: [], below: [] };
  }
  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  const above: number[] = [];
  for (let p = parentOf.get(actor.unitId) ?? null; p !== null; p = parentOf.get(p) ?? null) {
    if (above.includes(p)) break;
    above.push(p);
  }
  const below = descendants(units, actor.unitId);
  return { all: false, unitIds: [...new Set([...below, ...above])], below };
}

function descendants(units: { id: number; parent_id: number | null }[], root: number): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const u of units) if (u.parent_id === out[i] && !out.includes(u.id)) out.push(u.id);
  }
  return out;
}

export function inScope(scope: UnitScope, unitId: number | null): boolean {
  return scope.all || (unitId !== null && scope.unitIds.includes(unitId));
}
