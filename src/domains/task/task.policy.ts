/**
 * Tasks: readable by whoever may read their plan. Administrators edit, reassign and complete;
 * every owner (责任人; a task may have several) reports on their tasks, applies for completion
 * (办结申请) and marks milestones done; the supervising leader (分管领导) reviews reports and decides
 * requests of the tasks they supervise, and may complete them directly.
 */
import type { Rule } from '../../platform/auth/access.js';
import { administer, planPolicy, type PlanAccessRecord } from '../plan/plan.policy.js';

export interface TaskAccessRecord {
  plan: PlanAccessRecord;
  owner_person_id: number | null;
  leader_person_id: number | null;
  /** Every owner, the primary one included; absent means the primary one alone. */
  owners?: number[];
}

const readable: Rule<TaskAccessRecord> = (access, task) => planPolicy.read(access, task.plan);
const isAdmin: Rule<TaskAccessRecord> = (access, task) => administer(access, task.plan);
const isOwner: Rule<TaskAccessRecord> = (access, task) =>
  readable(access, task) &&
  access.actor.personId !== null &&
  (task.owner_person_id === access.actor.personId ||
    (task.owners ?? []).includes(access.actor.personId));
const isLeader: Rule<TaskAccessRecord> = (access, task) =>
  readable(access, task) &&
  access.actor.personId !== null &&
  task.leader_person_id === access.actor.personId;
const open: Rule<TaskAccessRecord> = (_access, task) => task.plan.state !== 'closed';

export const taskPolicy = {
  read: readable,
  update: (a, t) => isAdmin(a, t) && open(a, t),
  /** Direct completion; owners apply for it instead (completion requests, review/). */
  complete: (a, t) => (isAdmin(a, t) || isLeader(a, t)) && open(a, t),
  /** Progress reports and ledger evidence. */
  report: (a, t) => (isAdmin(a, t) || isOwner(a, t)) && open(a, t),
  review: (a, t) => (isAdmin(a, t) || isLeader(a, t)) && open(a, t),
  /** Indicators: the targets a task is measured against. */
  manageIndicators: (a, t) => isAdmin(a, t) && open(a, t),
  /** Responsibility (owners, departments) and milestones (时间节点). */
  assign: (a, t) => isAdmin(a, t) && open(a, t),
  manageMilestones: (a, t) => isAdmin(a, t) && open(a, t),
  /** A milestone is marked done, with evidence, by an owner or an administrator. */
  completeMilestone: (a, t) => (isAdmin(a, t) || isOwner(a, t)) && open(a, t),
} satisfies Record<string, Rule<TaskAccessRecord>>;
