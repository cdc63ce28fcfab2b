/**
 * Row types of the grassroots tables (联系基层 / 深入基层): standing-committee contact points
 * (常委联系服务点), each person's category with its yearly minimum of days at the grassroots, the
 * minimums per year, and the columns 0008 adds to the visits of 0001 (declared by augmentation,
 * since the visits table itself is declared in schema.ts).
 */
import type { Generated } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

declare module '../schema.js' {
  interface GrassrootsVisitTable {
    contact_point_id: number | null;
    recorded_by: number | null;
    /** Corrections void and re-enter; a voided visit no longer counts. */
    voided_at: string | null;
    void_reason: string | null;
  }
}

/** 常委联系服务点: a place a standing-committee member keeps contact with. */
export interface GrassrootsContactPointTable {
  id: Id;
  name: string;
  unit_id: number | null;
  address: string | null;
  /** The standing-committee member assigned. */
  person_id: number;
  version: Generated<number>;
  created_at: CreatedAt;
}

/** Whether a person is held to the leading-cadre (领导干部) or the staff (机关干部) minimum. */
export interface PersonGrassrootsRoleTable {
  person_id: number;
  /** leading | staff */
  category: string;
  version: Generated<number>;
  updated_at: string;
}

/** The yearly minimum days at the grassroots per category; absent years use 60 and 30. */
export interface GrassrootsMinimumTable {
  year: number;
  leading: number;
  staff: number;
  version: Generated<number>;
  updated_at: string;
}

export interface GrassrootsTables {
  grassroots_contact_points: GrassrootsContactPointTable;
  person_grassroots_roles: PersonGrassrootsRoleTable;
  grassroots_minimums: GrassrootsMinimumTable;
}
