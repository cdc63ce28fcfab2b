/**
 * Units, people, accounts and API tokens. Everyone reads the units and people in their scope;
 * only administrators write, and only inside the units they manage: their own unit and those
 * below it, or everything for an administrator without a unit. Records without a unit (top-level
 * units, unit-less accounts) are therefore the global administrator's alone. Moving a record needs
 * `update` where it is and `create` where it goes.
 */
import type { Access, Rule } from '../../platform/auth/access.js';
import { inScope } from '../../platform/auth/unit-scope.js';

const isAdmin = (access: Access) => access.actor.role === 'admin';

/** The actor administers this unit (null: the top level). */
const administers = (access: Access, unitId: number | null) =>
  isAdmin(access) && (access.scope.all || (unitId !== null && access.scope.below.includes(unitId)));

export interface UnitAccessRecord {
  /** null while the unit does not exist yet. */
  id: number | null;
  parent_id: number | null;
}

export const unitPolicy = {
  read: ({ scope }, unit) => unit.id !== null && inScope(scope, unit.id),
  /** Put a unit (new or moved) under parent_id. */
  create: (access, unit) => administers(access, unit.parent_id),
  update: (access, unit) => administers(access, unit.id),
} satisfies Record<string, Rule<UnitAccessRecord>>;

/** People and accounts are placed by their unit. */
export interface UnitMemberRecord {
  unit_id: number | null;
}

export const personPolicy = {
  read: ({ scope }, person) => inScope(scope, person.unit_id),
  create: (access, person) => administers(access, person.unit_id),
  update: (access, person) => administers(access, person.unit_id),
  /** An account linked to a person acts as that person: only their administrators link one. */
  linkAccount: (access, person) => administers(access, person.unit_id),
} satisfies Record<string, Rule<UnitMemberRecord>>;

export const userPolicy = {
  read: (access, user) => administers(access, user.unit_id),
  create: (access, user) => administers(access, user.unit_id),
  update: (access, user) => administers(access, user.unit_id),
  /** API tokens act as their user: whoever administers the user issues and revokes them. */
  issueToken: (access, user) => administers(access, user.unit_id),
  revokeToken: (access, user) => administers(access, user.unit_id),
} satisfies Record<string, Rule<UnitMemberRecord>>;

/** Lists of accounts and tokens; the lists themselves are cut to the actor's units. */
export const accountListPolicy = {
  listUsers: (access) => isAdmin(access),
  listTokens: (access) => isAdmin(access),
} satisfies Record<string, Rule<null>>;
