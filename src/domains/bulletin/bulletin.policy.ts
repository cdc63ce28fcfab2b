/**
 * Bulletins: whoever may read the plan lists and downloads its bulletins, drafts included; the
 * administrators of the plan's unit (and above it) and the supervising leaders who see the plan
 * may generate a draft; only the administrators issue (签发) one.
 */
import type { Rule } from '../../platform/auth/access.js';
import { administer, planPolicy, type PlanAccessRecord } from '../plan/plan.policy.js';

export const bulletinPolicy = {
  read: planPolicy.read,
  generate: (access, plan) =>
    administer(access, plan) || (access.actor.role === 'leader' && planPolicy.read(access, plan)),
  issue: administer,
} satisfies Record<string, Rule<PlanAccessRecord>>;
