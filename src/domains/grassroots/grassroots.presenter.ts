/** Grassroots visits, contact points and minimums as camelCase JSON. */
import type { Selectable } from 'kysely';
import type { GrassrootsVisitTable } from '../../platform/db/schema.js';
import type {
  GrassrootsContactPointTable,
  GrassrootsMinimumTable,
} from '../../platform/db/tables/grassroots.js';

export type VisitRow = Selectable<GrassrootsVisitTable>;
export type ContactPointRow = Selectable<GrassrootsContactPointTable>;
export type MinimumsRow = Selectable<GrassrootsMinimumTable>;

export function presentVisit(row: VisitRow & { person_name?: string }) {
  return {
    id: row.id,
    personId: row.person_id,
    ...(row.person_name === undefined ? {} : { personName: row.person_name }),
    startDate: row.start_date,
    endDate: row.end_date,
    days: Number(row.days),
    place: row.place,
    contactPointId: row.contact_point_id,
    purpose: row.purpose,
    findings: row.findings,
    recordedBy: row.recorded_by,
    voided: row.voided_at !== null,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    createdAt: row.created_at,
  };
}

export function presentContactPoint(row: ContactPointRow) {
  return {
    id: row.id,
    name: row.name,
    unitId: row.unit_id,
    address: row.address,
    personId: row.person_id,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Version 0: the year has no stored minimums and uses the defaults. */
export function presentMinimums(row: Omit<MinimumsRow, 'updated_at'>) {
  return {
    year: row.year,
    leading: Number(row.leading),
    staff: Number(row.staff),
    version: row.version,
  };
}
