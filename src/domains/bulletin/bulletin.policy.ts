/**
 * Bulletins: whoever may read the plan lists and downloads its bulletins; the administrators of
 * the plan's unit (and above it) and the supervising leaders who see the plan may issue one.
 */
import type { Rule } from '../../platform/auth/access.js';
import { administer, planPolicy, type PlanAccessRecord } from '../plan/plan.policy.js';

export const bulletinPolicy = {
  read: planPolicy.read,
  generate: (access, plan) =>
    administer(access, plan) || (access.actor.role === 'leader' && planPolicy.read(access, plan)),
} satisfies Record<string, Rule<PlanAccessRecord>>;
