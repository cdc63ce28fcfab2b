/** Small factories for API tests: users with a role, and logged-in HTTP clients. */
import type { Kysely } from 'kysely';
import { hashPassword } from '../platform/auth/password.js';
import type { Role } from '../platform/auth/actor.js';
import type { Database } from '../platform/db/schema.js';

export const testPassword = 'correct horse battery';
let cachedHash: Promise<string> | null = null;

export async function buildUser(
  db: Kysely<Database>,
  options: { username: string; role: Role; unitId?: number | null; personId?: number | null },
): Promise<number> {
  cachedHash ??= hashPassword(testPassword);
  const row = await db
    .insertInto('users')
    .values({
      username: options.username,
      password_hash: await cachedHash,
      role: options.role,
      unit_id: options.unitId ?? null,
      person_id: options.personId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function personId(db: Kysely<Database>, name: string): Promise<number> {
  return (
    await db.selectFrom('people').select('id').where('name', '=', name).executeTakeFirstOrThrow()
  ).id;
}

export async function unitId(db: Kysely<Database>, name: string): Promise<number> {
  return (
    await db
      .selectFrom('units')
      .select('id')
      .where('name', '=', name)
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export interface Client {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  csrfToken: string | null;
  /** The authentication headers this client sends. */
  auth: Record<string, string>;
}

/** Logs in over HTTP and returns a client that sends the cookie and the CSRF token. */
export async function logInClient(
  baseUrl: string,
  username: string,
  password = testPassword,
): Promise<Client> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return clientWith(baseUrl, { cookie, 'x-csrf-token': csrfToken }, csrfToken);
}

/** A client authenticated by an API token. */
export function tokenClient(baseUrl: string, token: string): Client {
  return clientWith(baseUrl, { authorization: `Bearer ${token}` }, null);
}

/** A client that sends no credentials at all. */
export function anonymousClient(baseUrl: string): Client {
  return clientWith(baseUrl, {}, null);
}

function clientWith(
  baseUrl: string,
  auth: Record<string, string>,
  csrfToken: string | null,
): Client {
  return {
    csrfToken,
    auth,
    get: (path, headers = {}) => fetch(`${baseUrl}${path}`, { headers: { ...auth, ...headers } }),
    send: (method, path, body, headers = {}) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...auth,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
