/**
 * Plans: everyone reads the plans of units in their scope (their own, those above that apply to
 * them, and those below they supervise); administrators import, edit, publish and close them.
 * Drafts are seen by administrators only.
 */
import type { Rule } from '../../platform/auth/access.js';
import { inScope } from '../../platform/auth/unit-scope.js';

export interface PlanAccessRecord {
  issuing_unit_id: number | null;
  state: string;
}

const visible: Rule<PlanAccessRecord> = ({ scope }, plan) =>
  plan.issuing_unit_id === null ? scope.all : inScope(scope, plan.issuing_unit_id);
const administer: Rule<PlanAccessRecord> = (access, plan) =>
  access.actor.role === 'admin' && visible(access, plan);

const editable: Rule<PlanAccessRecord> = (access, plan) =>
  administer(access, plan) && plan.state !== 'closed';

export const planPolicy = {
  read: (access, plan) =>
    visible(access, plan) && (plan.state !== 'draft' || access.actor.role === 'admin'),
  update: editable,
  publish: administer,
  close: administer,
  createTask: editable,
} satisfies Record<string, Rule<PlanAccessRecord>>;

/** Importing creates a plan; only administrators may. */
export const mayImport = (role: string) => role === 'admin';
