/**
 * Where a unit stands in the unit tree, without I/O: a child plan and the recipients of a notice
 * must sit strictly below the issuing unit. A plan issued by no unit (global) is above every unit.
 */
export interface UnitLink {
  id: number;
  parent_id: number | null;
}

/** True when `unitId` is a proper descendant of `ancestorId` (null = the root of everything). */
export function isBelow(units: UnitLink[], unitId: number, ancestorId: number | null): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  if (!parentOf.has(unitId)) return false;
  if (ancestorId === null) return true;
  const seen = new Set<number>();
  for (let p = parentOf.get(unitId) ?? null; p !== null; p = parentOf.get(p) ?? null) {
    if (p === ancestorId) return true;
    // A cycle in bad data must not loop forever.
    if (seen.has(p)) return false;
    seen.add(p);
  }
  return false;
}
