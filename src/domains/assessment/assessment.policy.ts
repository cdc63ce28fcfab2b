/**
 * The year-end assessment follows its plan: whoever reads the plan reads its scheme and scores
 * (they are published to the units assessed); an administrator of the plan's unit or above edits
 * the scheme, also once the plan is closed, since assessing comes after the year ends.
 */
import type { Rule } from '../../platform/auth/access.js';
import { administer, planPolicy, type PlanAccessRecord } from '../plan/plan.policy.js';

export const assessmentPolicy = {
  read: planPolicy.read,
  updateScheme: administer,
} satisfies Record<string, Rule<PlanAccessRecord>>;
