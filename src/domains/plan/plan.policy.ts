/**
 * Plans: everyone reads the plans of units in their scope (their own, those above that apply to
 * them, and those below they supervise); administrators import, edit, publish and close those of
 * their unit and below. Drafts are seen by those administrators only.
 */
import type { Rule } from '../../platform/auth/access.js';
import { inScope } from '../../platform/auth/unit-scope.js';

export interface PlanAccessRecord {
  issuing_unit_id: number | null;
  state: string;
}

const visible: Rule<PlanAccessRecord> = ({ scope }, plan) =>
  plan.issuing_unit_id === null ? scope.all : inScope(scope, plan.issuing_unit_id);
/**
 * Administrators manage the plans of their own unit and the units below it — never those of the
 * units above, which their scope lets them read but which a higher office issued.
 */
export const administer: Rule<PlanAccessRecord> = ({ actor, scope }, plan) =>
  actor.role === 'admin' &&
  (scope.all || (plan.issuing_unit_id !== null && scope.below.includes(plan.issuing_unit_id)));

const editable: Rule<PlanAccessRecord> = (access, plan) =>
  administer(access, plan) && plan.state !== 'closed';

export const planPolicy = {
  read: (access, plan) =>
    visible(access, plan) && (plan.state !== 'draft' || administer(access, plan)),
  update: editable,
  publish: administer,
  close: administer,
  /** Accounts for the people named on its tasks. */
  openAccounts: administer,
  createTask: editable,
} satisfies Record<string, Rule<PlanAccessRecord>>;
