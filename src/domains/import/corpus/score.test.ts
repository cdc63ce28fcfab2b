import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../draft.js';
import { parseNotice } from '../parse-notice.js';
import { differences, scoreDraft, type Expectation } from './score.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
const expected = JSON.parse(
  readFileSync(fixture('chuzhou-cast-2017-workplan.expected.json'), 'utf8'),
) as Expectation;

function exampleDraft(): PlanDraft {
  const parsed = parseNotice(readFileSync(fixture('chuzhou-cast-2017-workplan.txt'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.draft;
}

describe('scoreDraft', () => {
  it('gives 1 to an import that matches its expectation, and lists no differences', () => {
    const draft = exampleDraft();
    expect(scoreDraft(expected, draft).overall).toBe(1);
    expect(differences(expected, draft)).toEqual([]);
  });

  it('costs a missing section and an extra one alike', () => {
    const missing = exampleDraft();
    missing.sections.pop();
    const extra = exampleDraft();
    extra.sections.push({ no: 6, heading: '多出来的部分', items: [] });
    expect(scoreDraft(expected, missing).sections).toBeCloseTo(4 / 5);
    expect(scoreDraft(expected, extra).sections).toBeCloseTo(5 / 6);
  });

  it('scores table rows field by field, ignoring whitespace inside texts', () => {
    const draft = exampleDraft();
    const row = draft.tableRows[0];
    if (!row) throw new Error('no row');
    row.owner = '别人';
    row.content = ` ${row.content.split('').join(' ')} `;
    const fields = Object.keys(expected.tableRows?.[0] ?? {}).length - 1;
    expect(scoreDraft(expected, draft).tableRows).toBeCloseTo((10 - 1 / fields) / 10);
    expect(differences(expected, draft)).toEqual([
      'tableRow 1.owner: expected "柏春艳", found "别人"',
    ]);
  });

  it('counts a target the notice does not set against precision, a lost one against recall', () => {
    const draft = exampleDraft();
    const [first] = draft.targets.filter((t) => !t.optional);
    if (!first) throw new Error('no target');
    draft.targets = draft.targets.filter((t) => t !== first);
    draft.targets.push({ ...first, where: 'item 1', text: '一套', value: 1, unit: '套' });
    const score = scoreDraft(expected, draft);
    expect(score.targetRecall).toBeLessThan(1);
    expect(score.targetPrecision).toBeLessThan(1);
    expect(differences(expected, draft)).toContain('target not expected: item 1|>=|1|套 (一套)');
  });

  it('leaves out the parts a notice does not have', () => {
    const draft = exampleDraft();
    const score = scoreDraft({ plan: expected.plan ?? { title: '', year: 0 } }, draft);
    expect(score.header).toBe(1);
    expect(score.sections).toBeNull();
    expect(score.overall).toBe(1);
  });
});
