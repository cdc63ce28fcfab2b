import type { Light } from '../../api/types';

export type Counts = Record<Light, number>;

export interface RollupTask {
  id: number;
  no: number;
  content: string;
  dueDate: string | null;
  plan: { id: number; title: string };
  unit: { id: number; name: string } | null;
  light: { light: Light; reason: string } | null;
}

export interface Rollup {
  planId: number;
  keyTasks: {
    id: number;
    no: number;
    text: string;
    counts: Counts;
    units: {
      unitId: number | null;
      unitName: string | null;
      counts: Counts;
      tasks: RollupTask[];
    }[];
  }[];
  missing: { unitId: number; unitName: string }[];
  unaligned: {
    planId: number;
    planTitle: string;
    unitId: number | null;
    unitName: string | null;
    tasks: number;
    unaligned: number;
  }[];
}

export interface Recipient {
  unitId: number;
  unitName: string;
  unitKind: string;
  childPlan: { id: number; title: string; state: 'draft' | 'published' | 'closed' } | null;
}
