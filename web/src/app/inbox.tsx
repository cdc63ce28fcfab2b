/**
 * The acting user's 待办 (GET /api/inbox), read once for the frame: the header badge and the 待办
 * page share it, so a decision taken on the page lowers the badge at once. Read again on every
 * page change and when the window regains focus; a session that ended shows the log-in page.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { ApiError } from '../api/client';
import type { Light } from '../api/types';
import { useApi, type ApiState } from '../api/useApi';
import { useAuth } from './auth';

/** Enough of a task to show an inbox line and link to it. */
export interface InboxTask {
  id: number;
  planId: number;
  no: number;
  content: string;
  owner: string | null;
  due: string | null;
}

export interface InboxReport {
  id: number;
  taskId: number;
  month: string;
  done: string;
  problems: string | null;
  nextSteps: string | null;
  state: 'submitted' | 'accepted' | 'returned';
  submittedAt: string;
  reviewedAt: string | null;
  reviewComment: string | null;
  version: number;
  task: InboxTask | null;
}

export interface InboxExtension {
  id: number;
  taskId: number;
  currentDue: string | null;
  requestedDue: string;
  originalDue: string | null;
  reason: string;
  requestedAt: string;
  version: number;
  task: InboxTask | null;
}

export interface InboxCompletion {
  id: number;
  taskId: number;
  note: string;
  requestedBy: { id: number; name: string } | null;
  requestedAt: string;
  version: number;
  task: InboxTask | null;
}

export interface InboxLightChange {
  task: InboxTask | null;
  from: Light | null;
  to: Light;
  reason: string;
}

export interface Inbox {
  reports: InboxReport[];
  extensions: InboxExtension[];
  completions?: InboxCompletion[];
  changedLights: InboxLightChange[];
  returnedReports?: InboxReport[];
  dueReports?: { task: InboxTask | null; month: string }[];
  dueSoon?: { task: InboxTask | null; kind: 'task' | 'milestone'; due: string; title: string }[];
  missingReports?: { unit: { id: number; name: string }; tasks: InboxTask[] }[];
  monthsToClose?: { month: string }[];
  bulletinToIssue?: { planId: number; month: string } | null;
  counts: { total: number } & Record<string, number>;
  seenAt: string | null;
}

const InboxContext = createContext<ApiState<Inbox> | null>(null);

export function InboxProvider({ children }: { children: ReactNode }) {
  const inbox = useApi<Inbox>('/api/inbox');
  const { pathname } = useLocation();
  const { reload, error } = inbox;
  const { refresh } = useAuth();
  // A session ended elsewhere (a password changed or reset): read it again, which logs out.
  useEffect(() => {
    if (error instanceof ApiError && error.status === 401) void refresh().catch(() => undefined);
  }, [error, refresh]);
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    reload();
  }, [pathname, reload]);
  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);
  return <InboxContext.Provider value={inbox}>{children}</InboxContext.Provider>;
}

export function useInbox(): ApiState<Inbox> {
  const inbox = useContext(InboxContext);
  if (!inbox) throw new Error('useInbox outside InboxProvider');
  return inbox;
}
