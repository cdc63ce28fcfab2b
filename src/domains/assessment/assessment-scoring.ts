/**
 * Year-end assessment scores (目标绩效考核) per department (部室) and per unit (下级单位), from a
 * scheme and the facts of each task on a given day. Pure: the caller loads the facts.
 *
 * Per task (cancelled tasks are left out):
 *   done       = status done and completed on or before asOf (a done task without a known
 *                completion date counts as done on time);
 *   completion = 1 when done (on time or late), otherwise the least indicator progress capped to
 *                0..1 and taken to the hundredth (a whole percent), or 0 for a task without
 *                indicators;
 *   earned     = weight × completion;
 *   overdue    = it has a due date and was completed after it, or is still open after it;
 *   deduction  = overdue × overdueDeduction + missingReports × missingReportDeduction.
 * A task counts in full for each of its lead departments (牵头单位); co-operating departments
 * are not scored on it.
 *
 * Per department or unit:
 *   base  = 100 × Σ earned / Σ weight of its tasks (0 when they weigh nothing), so departments
 *           with few tasks and with many are scored on the same 0–100 scale;
 *   total = base − Σ deductions + Σ its bonuses. Every figure is rounded to the hundredth.
 * Units of kind `department` rank among the departments, every other unit among the units.
 *
 * Tie rule, so that every ranking is a strict order: equal total → the higher base first (work
 * done before bonuses), then fewer deduction points, then the name in Chinese collation order
 * (a.localeCompare(b, 'zh-Hans-CN')), then the lower unit id.
 */
import type { Light } from '../progress/status-light.js';
import { round2, type BonusRule, type SchemeRules } from './assessment-scheme.js';

export interface ScoringTask {
  taskId: number;
  no: number;
  /** Lead departments (牵头单位), the primary one first. */
  unitIds: number[];
  /** open | done | cancelled */
  status: string;
  due: string | null;
  /** China calendar date the task was completed, when known. */
  completedOn: string | null;
  light: Light | null;
  /** Least progress (actual / target) among its indicators, or null without indicators. */
  progress: number | null;
  /** Months the task owed a progress report and has none. */
  missingReports: number;
}

export interface ScoringUnit {
  id: number;
  name: string;
  /** units.kind: department ranks among departments, anything else among units. */
  kind: string;
}

export interface TaskScore {
  taskId: number;
  no: number;
  unitIds: number[];
  weight: number;
  completion: number;
  earned: number;
  done: boolean;
  overdue: boolean;
  missingReports: number;
  deduction: number;
  light: Light | null;
}

export interface UnitScore {
  rank: number;
  unitId: number;
  unitName: string;
  tasks: number;
  weight: number;
  earned: number;
  base: number;
  overdueTasks: number;
  overdueDeduction: number;
  missingReports: number;
  missingReportDeduction: number;
  deductions: number;
  bonuses: Omit<BonusRule, 'unitId'>[];
  bonus: number;
  total: number;
}

export interface AssessmentScores {
  asOf: string;
  tasks: TaskScore[];
  departments: UnitScore[];
  units: UnitScore[];
}

export function scoreTask(task: ScoringTask, rules: SchemeRules, asOf: string): TaskScore {
  const weight = rules.weights.find((w) => w.taskId === task.taskId)?.weight ?? 0;
  const done = task.status === 'done' && (task.completedOn === null || task.completedOn <= asOf);
  const completion = done ? 1 : round2(Math.min(1, Math.max(0, task.progress ?? 0)));
  const overdue =
    task.due !== null &&
    (done ? task.completedOn !== null && task.completedOn > task.due : task.due < asOf);
  const deduction =
    (overdue ? rules.overdueDeduction : 0) + task.missingReports * rules.missingReportDeduction;
  return {
    taskId: task.taskId,
    no: task.no,
    unitIds: task.unitIds,
    weight,
    completion,
    earned: round2(weight * completion),
    done,
    overdue,
    missingReports: task.missingReports,
    deduction: round2(deduction),
    light: task.light,
  };
}

const sum = (values: number[]) => round2(values.reduce((a, b) => a + b, 0));

function scoreUnit(unit: ScoringUnit, tasks: TaskScore[], rules: SchemeRules): UnitScore {
  const own = tasks.filter((t) => t.unitIds.includes(unit.id));
  const overdue = own.filter((t) => t.overdue).length;
  const missing = own.reduce((n, t) => n + t.missingReports, 0);
  const weight = sum(own.map((t) => t.weight));
  const earned = sum(own.map((t) => t.earned));
  const base = weight > 0 ? round2((100 * earned) / weight) : 0;
  const bonuses = rules.bonuses
    .filter((b) => b.unitId === unit.id)
    .map(({ name, points, reason }) => ({ name, points, reason }));
  const overdueDeduction = round2(overdue * rules.overdueDeduction);
  const missingReportDeduction = round2(missing * rules.missingReportDeduction);
  const deductions = round2(overdueDeduction + missingReportDeduction);
  const bonus = sum(bonuses.map((b) => b.points));
  return {
    rank: 0,
    unitId: unit.id,
    unitName: unit.name,
    tasks: own.length,
    weight,
    earned,
    base,
    overdueTasks: overdue,
    overdueDeduction,
    missingReports: missing,
    missingReportDeduction,
    deductions,
    bonuses,
    bonus,
    total: round2(base - deductions + bonus),
  };
}

/** Negative when a ranks before b (the tie rule above). */
export function compareUnitScores(a: UnitScore, b: UnitScore): number {
  if (a.total !== b.total) return b.total - a.total;
  if (a.base !== b.base) return b.base - a.base;
  if (a.deductions !== b.deductions) return a.deductions - b.deductions;
  return a.unitName.localeCompare(b.unitName, 'zh-Hans-CN') || a.unitId - b.unitId;
}

const ranked = (scores: UnitScore[]) =>
  [...scores].sort(compareUnitScores).map((s, i) => ({ ...s, rank: i + 1 }));

/**
 * Scores every unit that leads a task or holds a bonus. `units` must hold each of them; a unit
 * missing from it is left out.
 */
export function scoreAssessment(input: {
  rules: SchemeRules;
  tasks: ScoringTask[];
  units: ScoringUnit[];
  asOf: string;
}): AssessmentScores {
  const { rules, asOf } = input;
  const tasks = input.tasks
    .filter((t) => t.status !== 'cancelled')
    .map((t) => scoreTask(t, rules, asOf));
  const assessed = new Set([
    ...tasks.flatMap((t) => t.unitIds),
    ...rules.bonuses.map((b) => b.unitId),
  ]);
  const scores = input.units
    .filter((u) => assessed.has(u.id))
    .map((u) => ({ kind: u.kind, score: scoreUnit(u, tasks, rules) }));
  return {
    asOf,
    tasks,
    departments: ranked(scores.filter((s) => s.kind === 'department').map((s) => s.score)),
    units: ranked(scores.filter((s) => s.kind !== 'department').map((s) => s.score)),
  };
}
