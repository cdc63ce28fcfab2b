/**
 * What makes a scheme unusable for its plan, beyond its shape (checked by zod): a weight for a
 * task of another plan or listed twice, weights that do not sum to 100, a bonus for a unit that
 * leads no task of the plan. Pure; each problem names the body field it is about.
 */
import type { ErrorDetail } from '../../platform/errors.js';
import { WEIGHT_TOTAL, type SchemeRules } from './assessment-scheme.js';

export function schemeProblems(
  rules: SchemeRules,
  plan: { taskIds: number[]; leadUnitIds: number[] },
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<number>();
  rules.weights.forEach(({ taskId }, i) => {
    const field = `body.weights.${i}.taskId`;
    if (!plan.taskIds.includes(taskId))
      problems.push({
        field,
        message: `任务 ${taskId} 不是本工作要点的考核任务 / task ${taskId} is not an active task of this plan`,
      });
    else if (seen.has(taskId))
      problems.push({ field, message: `任务 ${taskId} 重复 / task ${taskId} is listed twice` });
    seen.add(taskId);
  });
  const cents = Math.round(rules.weights.reduce((sum, w) => sum + w.weight * 100, 0));
  if (plan.taskIds.length > 0 && cents !== WEIGHT_TOTAL * 100)
    problems.push({
      field: 'body.weights',
      message: `权重合计 ${cents / 100}，应为 ${WEIGHT_TOTAL} / weights sum to ${cents / 100}, not ${WEIGHT_TOTAL}`,
    });
  rules.bonuses.forEach(({ unitId }, i) => {
    if (!plan.leadUnitIds.includes(unitId))
      problems.push({
        field: `body.bonuses.${i}.unitId`,
        message: `单位 ${unitId} 未牵头本工作要点的任务 / unit ${unitId} leads no task of this plan`,
      });
  });
  return problems;
}
