/**
 * What a request may touch: the actor and the units in their scope, resolved once per request.
 * Policies (`<domain>.policy.ts`) are named rules over an Access and a record; `authorize` turns a
 * refusal into AppError('forbidden').
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { actorOf } from '../http/auth.js';
import { Lru } from '../lru.js';
import type { Actor } from './actor.js';
import { unitScope, type UnitScope } from './unit-scope.js';

export interface Access {
  actor: Actor;
  scope: UnitScope;
}

/** Unit scopes by the organisation's generation, role and unit: units change only on its chain. */
const scopes = new Lru<string, UnitScope>(1000);

export async function accessOf(db: Kysely<Database>, request: FastifyRequest): Promise<Access> {
  const actor = actorOf(request);
  const key = `${request.generation}:${actor.role}:${actor.unitId ?? ''}`;
  const cached = scopes.get(key);
  if (cached) return { actor, scope: cached };
  const scope = await unitScope(db, actor);
  scopes.set(key, scope);
  return { actor, scope };
}

export type Rule<R> = (access: Access, record: R) => boolean;

/** Throws forbidden unless the policy's rule for this action allows it. */
export function authorize<A extends string, R>(
  policy: Record<A, Rule<R>>,
  access: Access,
  action: A,
  record: R,
): void {
  if (!policy[action](access, record)) {
    throw new AppError('forbidden', `无权执行此操作（${action}）/ not allowed: ${action}`);
  }
}
