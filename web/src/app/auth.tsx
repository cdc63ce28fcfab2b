/**
 * The logged-in user (GET /api/me), log in (POST /api/session) and log out (DELETE). Leaders and
 * owners who log in on the front page land on their 待办 (/todo).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, apiFetch, setCsrfToken } from '../api/client';

export type Role = 'admin' | 'leader' | 'owner' | 'info_officer' | 'viewer';
export const allRoles: readonly Role[] = ['admin', 'leader', 'owner', 'info_officer', 'viewer'];

export interface User {
  id: number;
  username: string;
  role: Role;
  personId: number | null;
  unitId: number | null;
  /** The linked person's name, else null. */
  name?: string | null;
  /** Set after an administrator's reset or for a new account: change before anything else. */
  mustChangePassword?: boolean;
}

/** Who the header names: the person, else the login name. */
export function displayName(user: User): string {
  return user.name || user.username;
}

/** The roles whose first screen is 待办. */
export const todoFirst: readonly Role[] = ['leader', 'owner'];

interface Me {
  user: User;
  csrfToken: string | null;
}

interface Auth {
  /** undefined while the session is being read, null when nobody is logged in. */
  user: User | null | undefined;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
  /** Reads the session again (after a password change); a session that ended logs out. */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const navigate = useNavigate();

  useEffect(() => {
    apiFetch<Me>('/api/me')
      .then((me) => {
        setCsrfToken(me.csrfToken);
        setUser(me.user);
      })
      .catch((err: unknown) => {
        if (!(err instanceof ApiError) || err.status !== 401) console.error(err);
        setUser(null);
      });
  }, []);

  const logIn = useCallback(
    async (username: string, password: string) => {
      const me = await apiFetch<Me>('/api/session', {
        method: 'POST',
        body: { username, password },
      });
      setCsrfToken(me.csrfToken);
      setUser(me.user);
      if (todoFirst.includes(me.user.role) && window.location.pathname === '/')
        void navigate('/todo', { replace: true });
    },
    [navigate],
  );

  const refresh = useCallback(async () => {
    try {
      const me = await apiFetch<Me>('/api/me');
      setCsrfToken(me.csrfToken);
      setUser(me.user);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const logOut = useCallback(async () => {
    await apiFetch<void>('/api/session', { method: 'DELETE' });
    setCsrfToken(null);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, logIn, logOut, refresh }), [user, logIn, logOut, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The logged-in user, for pages rendered only behind the log-in gate. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a logged-in user');
  return user;
}
