/** GET /api/plans/:id/dashboard. */
import type { Light, Ref } from '../../api/types';

export interface GroupLights {
  id: number;
  name: string;
  total: number;
  done: number;
  lights: Record<Light, number>;
}

export interface DashboardTask {
  taskId: number;
  no: number;
  content: string;
  owner: Ref | null;
  due: string | null;
}

export interface Dashboard {
  planId: number;
  today: string;
  /** The day the numbers count as of (统计日期). */
  asOf?: string;
  total: number;
  done: number;
  completionRate: number;
  byLight: Record<Light, number>;
  byDepartment: GroupLights[];
  byLeader: GroupLights[];
  overdue: (DashboardTask & { daysOverdue: number })[];
  indicatorProgress: { taskId: number; no: number; indicators: number; leastProgress: number }[];
  withoutReportThisMonth: DashboardTask[];
}
