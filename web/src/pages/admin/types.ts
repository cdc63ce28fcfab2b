/** API shapes of the administration page. */
import type { User as SessionUser } from '../../app/auth';

/** An account as the administration lists it: the session's user plus its state. */
export interface User extends SessionUser {
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
