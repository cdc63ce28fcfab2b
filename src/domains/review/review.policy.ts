/**
 * Month close and the inbox. Closing a month freezes every unit's records, so only an administrator
 * whose scope is the whole system may; anyone may see which months are closed. The inbox holds the
 * tasks a person supervises as leader (分管领导); an administrator's holds every task in scope.
 */
import type { Access, Rule } from '../../platform/auth/access.js';

export const monthPolicy = {
  read: () => true,
  close: (access) => access.actor.role === 'admin' && access.scope.all,
} satisfies Record<string, Rule<null>>;

/** Whose tasks the inbox gathers: all the actor may read, or those led by the actor's person. */
export function inboxLeader(
  access: Access,
): { all: true } | { all: false; personId: number | null } {
  return access.actor.role === 'admin'
    ? { all: true }
    : { all: false, personId: access.actor.personId };
}
