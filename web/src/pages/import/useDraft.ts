/** The stored draft plan and its tasks, reloaded together after every edit. */
import { useCallback } from 'react';
import { useApi } from '../../api/useApi';
import type { Page } from '../../api/types';
import type { PlanDetail, Task } from './types';

export function useDraft(planId: number) {
  const plan = useApi<PlanDetail>(`/api/plans/${planId}`);
  const tasks = useApi<Page<Task>>(`/api/plans/${planId}/tasks`, { limit: 500 });
  const { reload: reloadPlan } = plan;
  const { reload: reloadTasks } = tasks;
  const reload = useCallback(() => {
    reloadPlan();
    reloadTasks();
  }, [reloadPlan, reloadTasks]);
  return {
    plan: plan.data,
    tasks: tasks.data?.items ?? [],
    error: plan.error ?? tasks.error,
    reload,
  };
}
