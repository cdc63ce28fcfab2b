/**
 * Grassroots contact is placed by the person it is about: everyone reads the people in their
 * scope; a person records and voids their own visits; an administrator does so, and assigns
 * contact points and categories, for the people in the units they administer. The minimums are
 * one rule for the whole system, so only an administrator without a unit sets them.
 */
import type { Access, Rule } from '../../platform/auth/access.js';
import { inScope } from '../../platform/auth/unit-scope.js';

export interface GrassrootsPersonRecord {
  person_id: number;
  unit_id: number | null;
}

const administers = (access: Access, unitId: number | null) =>
  access.actor.role === 'admin' &&
  (access.scope.all || (unitId !== null && access.scope.below.includes(unitId)));
const isSelf: Rule<GrassrootsPersonRecord> = (access, person) =>
  access.actor.personId !== null && access.actor.personId === person.person_id;

export const grassrootsPolicy = {
  read: (access, person) => inScope(access.scope, person.unit_id),
  recordVisit: (access, person) => isSelf(access, person) || administers(access, person.unit_id),
  voidVisit: (access, person) => isSelf(access, person) || administers(access, person.unit_id),
  /** Contact points and categories. */
  manage: (access, person) => administers(access, person.unit_id),
} satisfies Record<string, Rule<GrassrootsPersonRecord>>;

export const minimumsPolicy = {
  read: () => true,
  set: (access) => access.actor.role === 'admin' && access.scope.all,
} satisfies Record<string, Rule<null>>;
