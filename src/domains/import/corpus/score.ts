/**
 * How close an import comes to a notice's hand-written expectation (`*.expected.json`): a score
 * between 0 and 1 for each part a clerk checks — the header, sections, items, table rows field by
 * field, the tasks' owners and dates, and the targets (recall and precision). Pure.
 */
import type { PlanDraft, Target, TaskDraft } from '../draft.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Record_ = Record<string, Json>;

/** The expectation: the worked example's shape; every part is optional. */
export interface Expectation {
  notice?: Record_;
  plan?: { title: string; year: number };
  sections?: { no: number; heading: string; items: number[] }[];
  items?: { no: number; title: string }[];
  tableRows?: ({ no: number } & Record_)[];
  tasks?: ({ no: number } & Record_)[];
  targets?: ExpectedTarget[];
}

export interface ExpectedTarget {
  where: string;
  comparator: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  optional?: boolean;
}

export const parts = [
  'header',
  'sections',
  'items',
  'tableRows',
  'tasks',
  'targetRecall',
  'targetPrecision',
] as const;
export type Part = (typeof parts)[number];

/** null: the part does not apply (nothing expected and nothing found). */
export type Score = Record<Part, number | null> & { overall: number };

/** A task as the expectation writes it: its due date beside its other fields. */
const taskView = (t: TaskDraft) => ({ ...t, due: t.deadline?.due ?? null });

export function scoreDraft(expected: Expectation, draft: PlanDraft): Score {
  const score: Record<Part, number | null> = {
    header: scoreHeader(expected, draft),
    sections: scoreSections(expected.sections, draft),
    items: scoreItems(expected.items, draft),
    tableRows: scoreFields(expected.tableRows, draft.tableRows, (r) => r),
    tasks: scoreFields(expected.tasks, draft.tasks, taskView),
    ...scoreTargets(expected.targets, draft.targets),
  };
  return { ...score, overall: mean(Object.values(score)) ?? 1 };
}

/** Mean of the parts that apply; null when none does. */
export function mean(values: (number | null)[]): number | null {
  const applying = values.filter((v): v is number => v !== null);
  return applying.length === 0 ? null : applying.reduce((a, b) => a + b, 0) / applying.length;
}

/** Texts are compared without whitespace; arrays element by element. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\s\u3000\u00a0]+/g, '');
  if (Array.isArray(value)) return value.map(normalise);
  return value ?? null;
}

function scoreHeader(expected: Expectation, draft: PlanDraft): number | null {
  const checks: boolean[] = [];
  const notice = draft.notice as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected.notice ?? {})) {
    checks.push(same(notice[key], value));
  }
  if (expected.plan) {
    checks.push(
      same(draft.plan.title, expected.plan.title),
      draft.plan.year === expected.plan.year,
    );
  }
  return checks.length === 0 ? null : checks.filter(Boolean).length / checks.length;
}

/** Matches by number over the larger of the two counts, so missing and extra ones both cost. */
function byNumber<E extends { no: number }, F extends { no: number }>(
  expected: E[] | undefined,
  found: F[],
  credit: (e: E, f: F) => number,
): number | null {
  if (expected === undefined) return null;
  const total = Math.max(expected.length, found.length);
  if (total === 0) return null;
  const earned = expected.reduce((sum, e) => {
    const f = found.find((x) => x.no === e.no);
    return sum + (f ? credit(e, f) : 0);
  }, 0);
  return earned / total;
}

function scoreSections(expected: Expectation['sections'], draft: PlanDraft): number | null {
  return byNumber(expected, draft.sections, (e, f) =>
    same(e.heading, f.heading) && same(e.items, f.items) ? 1 : 0,
  );
}

function scoreItems(expected: Expectation['items'], draft: PlanDraft): number | null {
  return byNumber(expected, draft.items, (e, f) => (same(e.title, f.title) ? 1 : 0));
}

/** Each expected record earns the share of its fields (besides `no`) the found one has right. */
function scoreFields<F extends { no: number }>(
  expected: ({ no: number } & Record_)[] | undefined,
  found: F[],
  view: (f: F) => object,
): number | null {
  return byNumber(expected, found, (e, f) => {
    const fields = Object.keys(e).filter((k) => k !== 'no');
    if (fields.length === 0) return 1;
    const actual = view(f) as Record<string, unknown>;
    return fields.filter((k) => same(actual[k], e[k])).length / fields.length;
  });
}

function targetKey(t: ExpectedTarget): string {
  const amount = t.comparator === 'range' ? `${t.min}-${t.max}` : `${t.value}`;
  return `${t.where}|${t.comparator}|${amount}|${t.unit}`;
}

/**
 * Recall over the expected targets a reader must find; precision over the targets found that
 * the parser is sure of (optional ones are hints, not claims).
 */
function scoreTargets(
  expected: ExpectedTarget[] | undefined,
  found: Target[],
): Pick<Score, 'targetRecall' | 'targetPrecision'> {
  if (expected === undefined) return { targetRecall: null, targetPrecision: null };
  const foundKeys = new Set(found.map(targetKey));
  const expectedKeys = new Set(expected.map(targetKey));
  const required = expected.filter((t) => !t.optional);
  const claimed = found.filter((t) => !t.optional);
  return {
    targetRecall: ratio(
      required.filter((t) => foundKeys.has(targetKey(t))).length,
      required.length,
    ),
    targetPrecision: ratio(
      claimed.filter((t) => expectedKeys.has(targetKey(t))).length,
      claimed.length,
    ),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** What differs, one line each (at most `limit`), for the report of a document below 1. */
export function differences(expected: Expectation, draft: PlanDraft, limit = 12): string[] {
  const out: string[] = [];
  const note = (what: string, want: unknown, got: unknown) => {
    if (!same(want, got)) out.push(`${what}: expected ${show(want)}, found ${show(got)}`);
  };
  const notice = draft.notice as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected.notice ?? {}))
    note(`notice.${key}`, value, notice[key]);
  if (expected.plan) note('plan', expected.plan, draft.plan);
  if (expected.sections) note('section count', expected.sections.length, draft.sections.length);
  for (const s of expected.sections ?? []) {
    const f = draft.sections.find((x) => x.no === s.no);
    note(`section ${s.no}`, [s.heading, s.items], f ? [f.heading, f.items] : null);
  }
  if (expected.items) note('item count', expected.items.length, draft.items.length);
  for (const i of expected.items ?? [])
    note(`item ${i.no}`, i.title, draft.items.find((x) => x.no === i.no)?.title);
  if (expected.tableRows)
    note('table row count', expected.tableRows.length, draft.tableRows.length);
  fieldDifferences('tableRow', expected.tableRows, draft.tableRows, (r) => r, note);
  if (expected.tasks) note('task count', expected.tasks.length, draft.tasks.length);
  fieldDifferences('task', expected.tasks, draft.tasks, taskView, note);
  const foundKeys = new Set(draft.targets.map(targetKey));
  const expectedKeys = new Set((expected.targets ?? []).map(targetKey));
  for (const t of expected.targets ?? [])
    if (!t.optional && !foundKeys.has(targetKey(t))) out.push(`target missed: ${targetKey(t)}`);
  if (expected.targets) {
    for (const t of draft.targets) {
      if (!t.optional && !expectedKeys.has(targetKey(t)))
        out.push(`target not expected: ${targetKey(t)} (${t.text})`);
    }
  }
  return out.length > limit ? [...out.slice(0, limit), `… ${out.length - limit} more`] : out;
}

function fieldDifferences<F extends { no: number }>(
  what: string,
  expected: ({ no: number } & Record_)[] | undefined,
  found: F[],
  view: (f: F) => object,
  note: (what: string, want: unknown, got: unknown) => void,
): void {
  for (const e of expected ?? []) {
    const f = found.find((x) => x.no === e.no);
    const actual = (f ? view(f) : {}) as Record<string, unknown>;
    for (const k of Object.keys(e).filter((key) => key !== 'no'))
      note(`${what} ${e.no}.${k}`, e[k], actual[k]);
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
