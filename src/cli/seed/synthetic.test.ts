import { describe, expect, it } from 'vitest';
import { personName, surnames } from './names.js';
import { buildOrgRows } from './org-rows.js';
import { taskText } from './phrases.js';
import { buildPlanRows } from './plan-rows.js';
import { seededRandom, streamFor } from './random.js';
import { ledgerChunks, reportChunks } from './tracking-rows.js';
import { buildUnitTree } from './units.js';

const now = '2026-11-29T00:00:00.000Z';
const counts = { plans: 30, tasks: 600, year: 2026, today: '2026-11-29' };

function generate(seed: number) {
  const specs = buildUnitTree(120, 'province');
  const org = buildOrgRows(specs, streamFor(seed, 'org'), 'hash', now);
  const plans = buildPlanRows(specs, org, counts, streamFor(seed, 'plans'), now);
  const options = { months: 11, chunk: 700, random: streamFor(seed, 'ledger') };
  const ledger = [
    ...ledgerChunks(plans.taskFacts, plans.indicatorTask, { ...options, total: 2000 }),
  ];
  const reports = [
    ...reportChunks(plans.taskFacts, { ...options, total: 1500, random: streamFor(seed, 'r') }),
  ];
  return { specs, org, plans, ledger, reports };
}

describe('synthetic data generators', () => {
  it('give the same rows for the same seed and different rows for another seed', () => {
    expect(generate(7)).toEqual(generate(7));
    const other = generate(8);
    expect(other.org.people.map((p) => p.name)).not.toEqual(
      generate(7).org.people.map((p) => p.name),
    );
  });

  it('produce exactly the requested counts, in chunks of the requested size', () => {
    const { specs, plans, ledger, reports } = generate(1);
    expect(specs).toHaveLength(120);
    expect(plans.plans).toHaveLength(30);
    expect(plans.tasks).toHaveLength(600);
    expect(ledger.map((c) => c.length)).toEqual([700, 700, 600]);
    expect(reports.flat()).toHaveLength(1500);
  });

  it('build a unit tree whose parents come first, rooted at the province', () => {
    const specs = buildUnitTree(2000, 'province');
    expect(specs[0]).toMatchObject({ name: '安徽省科协', parent: null });
    specs.forEach((u, i) => expect(u.parent ?? -1).toBeLessThan(i));
    expect(specs.map((u) => u.name)).toEqual(
      expect.arrayContaining(['滁州市科协', '来安县科协', '安徽省农学学会', '办公室']),
    );
    expect(new Set(specs.filter((u) => u.level === 'township').map((u) => u.name)).size).toBe(
      specs.filter((u) => u.level === 'township').length,
    );
  });

  it('refuses a unit count larger than the tree can hold', () => {
    expect(() => buildUnitTree(100_000, 'city')).toThrow(/at most \d+ units/);
  });

  it('names people with a common surname and a one- or two-character given name', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 500; i++) {
      const name = personName(random);
      expect(name).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(surnames).toContain(name.slice(0, 1));
    }
  });

  it('writes task texts as notices do, with the target the indicator counts', () => {
    const random = seededRandom(5);
    const texts = Array.from({ length: 300 }, () => taskText(random));
    for (const { content, target } of texts) {
      if (!target) continue;
      expect(content).toMatch(/^(围绕|聚焦|按照|面向)?.*(开展|组织|推进|举办|编发)/u);
      expect(content.endsWith(target.sourceText)).toBe(true);
      expect(target.sourceText).toContain(`${target.value}${target.unit}`);
    }
    expect(texts.some((t) => /不少于\d+场$/.test(t.content))).toBe(true);
    expect(texts.some((t) => t.target === null)).toBe(true);
  });

  it('links child plans to the parent unit’s plan and aligns tasks to its key tasks', () => {
    const { specs, plans } = generate(2);
    const byId = new Map(plans.plans.map((p) => [p.id, p]));
    const children = plans.plans.filter((p) => p.parent_plan_id);
    expect(children.length).toBeGreaterThan(10);
    for (const child of children) {
      const parent = byId.get(child.parent_plan_id ?? 0);
      const unit = specs[(child.issuing_unit_id ?? 0) - 1];
      expect(parent?.issuing_unit_id).toBe((unit?.parent ?? -1) + 1);
      expect(parent?.year).toBe(child.year);
    }
    const keyPlan = new Map(plans.keyTasks.map((k) => [k.id, k.plan_id]));
    const taskPlan = new Map(plans.tasks.map((t) => [t.id, t.plan_id]));
    expect(plans.alignments.length).toBeGreaterThan(0);
    for (const a of plans.alignments) {
      const plan = byId.get(taskPlan.get(a.task_id) ?? 0);
      expect(keyPlan.get(a.key_task_id)).toBe(plan?.parent_plan_id);
    }
  });

  it('dates ledger entries and reports within the months so far, one report per task and month', () => {
    const { ledger, reports } = generate(4);
    for (const e of ledger.flat()) expect(e.entry_date <= '2026-11-30').toBe(true);
    const keys = reports.flat().map((r) => `${r.task_id}|${r.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(reports.flat().every((r) => r.month <= '2026-11')).toBe(true);
  });
});
