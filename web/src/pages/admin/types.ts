/** API shapes of the administration page. */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface Unit {
  id: number;
  name: string;
  parentId: number | null;
  kind: string;
  version: number;
}

export interface Person {
  id: number;
  name: string;
  unitId: number;
  title: string | null;
  version: number;
}

export type Role = 'admin' | 'leader' | 'owner' | 'info_officer' | 'viewer';
export const roles: Role[] = ['admin', 'leader', 'owner', 'info_officer', 'viewer'];

export interface User {
  id: number;
  username: string;
  role: Role;
  personId: number | null;
  unitId: number | null;
  disabled: boolean;
  version: number;
}

export interface Token {
  id: number;
  name: string;
  userId: number;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  token?: string;
}

export interface Webhook {
  id: number;
  name: string;
  url: string;
  format: 'dingtalk' | 'wecom' | 'json';
  events: string[];
  hasSecret: boolean;
  active: boolean;
  version: number;
}

/** Drops empty strings and undefined so optional fields are left out of the body. */
export function compactBody(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
}
