/**
 * Cascade rules. Plan scopes run both ways (a unit sees the plans of units above it), so
 * "administers a plan" here means an administrator of the issuing unit or of a unit above it —
 * never one below: 天长市科协's administrator reads 滁州市科协's plan but does not choose its
 * recipients. Child plans are linked by an administrator of either side.
 */
import type { Access, Rule } from '../../platform/auth/access.js';
import { planPolicy, type PlanAccessRecord } from '../plan/plan.policy.js';

export const administers = ({ actor, scope }: Access, plan: PlanAccessRecord): boolean =>
  actor.role === 'admin' &&
  (scope.all || (plan.issuing_unit_id !== null && scope.below.includes(plan.issuing_unit_id)));

const open = (plan: PlanAccessRecord) => plan.state !== 'closed';

export const cascadePlanPolicy = {
  read: (a, plan) => planPolicy.read(a, plan),
  setRecipients: (a, plan) => administers(a, plan) && open(plan),
  /** Aligning tasks of a (child) plan with its parent's key tasks. */
  align: (a, plan) => administers(a, plan) && open(plan),
} satisfies Record<string, Rule<PlanAccessRecord>>;

export interface ChildLinkRecord {
  parent: PlanAccessRecord;
  child: PlanAccessRecord;
}

export const childLinkPolicy = {
  link: (a, { parent, child }) =>
    open(child) &&
    ((administers(a, child) && planPolicy.read(a, parent)) || administers(a, parent)),
} satisfies Record<string, Rule<ChildLinkRecord>>;
