/**
 * API shapes of units, people, accounts and tokens; the only place their rows become JSON. Rows
 * reaching here never carry password or token hashes (get-user.ts, get-token.ts).
 */
import type { PersonRow } from './get-person.js';
import type { TokenRow } from './get-token.js';
import type { UnitRow } from './get-unit.js';
import type { UserRow } from './get-user.js';

export function presentUnit(unit: UnitRow) {
  return {
    id: unit.id,
    name: unit.name,
    parentId: unit.parent_id,
    kind: unit.kind,
    createdAt: unit.created_at,
    version: unit.version,
  };
}

export type UnitJson = ReturnType<typeof presentUnit>;
export type UnitNode = UnitJson & { children: UnitNode[] };

/** Units nested under their parents; a unit whose parent is out of sight is a root. */
export function presentUnitTree(units: UnitRow[]): UnitNode[] {
  const nodes = new Map(
    units.map((u): [number, UnitNode] => [u.id, { ...presentUnit(u), children: [] }]),
  );
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function presentPerson(person: PersonRow) {
  return {
    id: person.id,
    name: person.name,
    unitId: person.unit_id,
    title: person.title,
    createdAt: person.created_at,
    version: person.version,
  };
}

export function presentUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    personId: user.person_id,
    unitId: user.unit_id,
    disabled: user.disabled !== 0,
    createdAt: user.created_at,
    version: user.version,
  };
}

export function presentToken(token: TokenRow) {
  return {
    id: token.id,
    name: token.name,
    userId: token.user_id,
    createdBy: token.created_by,
    createdAt: token.created_at,
    revokedAt: token.revoked_at,
    lastUsedAt: token.last_used_at,
  };
}

/** The one response that shows a token in plain text: the integration must store it now. */
export function presentNewToken(created: { row: TokenRow; token: string }) {
  return { ...presentToken(created.row), token: created.token };
}
