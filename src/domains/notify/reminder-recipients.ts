/**
 * Turns a reminder's audiences into accounts, purely: the owner and leader are the users linked
 * to those people; the department head is any leader or administrator account placed in the
 * task's department. Disabled accounts are left out by the caller. A user in two audiences is
 * told once, under the first.
 */
import type { Audience } from './reminder-rules.js';

export interface DirectoryUser {
  id: number;
  /** The person's name when the account has one, else the username. */
  name: string;
  role: string;
  personId: number | null;
  unitId: number | null;
}

export interface RecipientTask {
  ownerPersonId: number | null;
  leaderPersonId: number | null;
  departmentUnitId: number | null;
}

export interface Recipient {
  userId: number;
  name: string;
  role: Audience;
}

const headRoles = new Set(['leader', 'admin']);

function matches(audience: Audience, task: RecipientTask, user: DirectoryUser): boolean {
  switch (audience) {
    case 'owner':
      return task.ownerPersonId !== null && user.personId === task.ownerPersonId;
    case 'leader':
      return task.leaderPersonId !== null && user.personId === task.leaderPersonId;
    case 'department_head':
      return (
        task.departmentUnitId !== null &&
        user.unitId === task.departmentUnitId &&
        headRoles.has(user.role)
      );
  }
}

export function recipientsOf(
  task: RecipientTask,
  audiences: readonly Audience[],
  users: readonly DirectoryUser[],
): Recipient[] {
  const out: Recipient[] = [];
  for (const role of audiences) {
    for (const user of users) {
      if (matches(role, task, user) && !out.some((r) => r.userId === user.id))
        out.push({ userId: user.id, name: user.name, role });
    }
  }
  return out;
}
