/**
 * The pure part of the roll-up: aligned tasks grouped under each key task by unit, with the
 * unit's count of tasks per status light. No I/O, so the grouping is tested on its own.
 */
import type { Light } from '../progress/status-light.js';

export interface RollupTask {
  key_task_no: number;
  id: number;
  no: number;
  content: string;
  status: string;
  plan_id: number;
  unit_id: number | null;
  unit_name: string | null;
  light: { light: Light; reason: string } | null;
}

export type LightCounts = Record<Light, number>;

export interface RollupUnit<T> {
  unitId: number | null;
  unitName: string | null;
  tasks: T[];
  counts: LightCounts;
}

export interface RollupKeyTask<T> {
  id: number;
  no: number;
  text: string;
  units: RollupUnit<T>[];
  counts: LightCounts;
}

const zero = (): LightCounts => ({ done: 0, green: 0, yellow: 0, red: 0 });

export function groupRollup<T extends RollupTask>(
  keyTasks: { id: number; no: number; text: string }[],
  tasks: T[],
): RollupKeyTask<T>[] {
  return keyTasks.map((k) => {
    const units = new Map<number | null, RollupUnit<T>>();
    const counts = zero();
    for (const task of tasks) {
      if (task.key_task_no !== k.no) continue;
      const unit = units.get(task.unit_id) ?? {
        unitId: task.unit_id,
        unitName: task.unit_name,
        tasks: [],
        counts: zero(),
      };
      units.set(task.unit_id, unit);
      unit.tasks.push(task);
      if (task.light) {
        unit.counts[task.light.light]++;
        counts[task.light.light]++;
      }
    }
    return { id: k.id, no: k.no, text: k.text, units: [...units.values()], counts };
  });
}
