/**
 * Information work: an information officer (信息员) submits items for their own unit; an
 * administrator may submit for, and records adoptions (采用) and instructions (批示) on, items of
 * the units they administer. Items are read inside one's own unit and the units below it — a
 * sub-unit does not read its parent's items. Rankings and bulletins are published to every unit
 * ranked, so they are read by anyone whose scope holds the ranked unit. The scheme is one per
 * year for the whole system: everyone reads it, only an administrator over all units edits it.
 */
import type { Access, Rule } from '../../platform/auth/access.js';
import { inScope } from '../../platform/auth/unit-scope.js';

export interface InfoUnitRecord {
  unit_id: number;
}

const below = ({ scope }: Access, unitId: number) => scope.all || scope.below.includes(unitId);
const administers = (access: Access, unitId: number) =>
  access.actor.role === 'admin' && below(access, unitId);

export const infoItemPolicy = {
  read: (access, item) => below(access, item.unit_id),
  submit: (access, item) =>
    administers(access, item.unit_id) ||
    (access.actor.role === 'info_officer' && access.actor.unitId === item.unit_id),
  assess: (access, item) => administers(access, item.unit_id),
} satisfies Record<string, Rule<InfoUnitRecord>>;

/** The unit whose sub-units are ranked; null ranks every unit. */
export interface RankingRecord {
  root: number | null;
}

export const infoRankingPolicy = {
  read: ({ scope }, r) => (r.root === null ? scope.all : inScope(scope, r.root)),
} satisfies Record<string, Rule<RankingRecord>>;

export const infoSchemePolicy = {
  read: () => true,
  update: (access) => access.actor.role === 'admin' && access.scope.all,
} satisfies Record<string, Rule<null>>;
