/**
 * The worked example (滁科协〔2017〕2号) against its expected import, field by field, and the same
 * notice as GB18030 text, HTML, Word and an Excel task table importing to the same tasks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromFile } from './draft-from-file.js';
import type { PlanDraft, Target } from './draft.js';
import { parseNotice } from './parse-notice.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const expected = JSON.parse(
  readFileSync(fixture('chuzhou-cast-2017-workplan.expected.json'), 'utf8'),
) as PlanDraft & {
  notTargets: string[];
};

function parseExample(): PlanDraft {
  const result = parseNotice(readFileSync(fixture('chuzhou-cast-2017-workplan.txt'), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

const draft = parseExample();
const pick = <T extends object>(o: T, keys: (keyof T)[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]]));

describe('the worked example imports exactly as expected', () => {
  it('reads the notice metadata', () => {
    expect(draft.notice).toEqual(expected.notice);
  });

  it('reads the plan title and year', () => {
    expect(draft.plan).toEqual(expected.plan);
  });

  it.each(expected.keyTasks)('reads key task $no', (keyTask) => {
    expect(draft.keyTasks.find((k) => k.no === keyTask.no)).toEqual(keyTask);
  });

  it('finds exactly 10 key tasks, 5 sections and 17 items', () => {
    expect([draft.keyTasks.length, draft.sections.length, draft.items.length]).toEqual([10, 5, 17]);
  });

  it.each(expected.sections)('reads section $no with its items', (section) => {
    expect(draft.sections.find((s) => s.no === section.no)).toEqual(section);
  });

  it.each(expected.items)('reads the title of item $no', (item) => {
    expect(pick(draft.items.find((i) => i.no === item.no) ?? item, ['no', 'title'])).toEqual(item);
  });

  it('reads the table columns', () => {
    expect(draft.tableColumns).toEqual(expected.tableColumns);
  });

  it.each(expected.tableRows)('reads table row $no with its resolved deadline', (row) => {
    const keys = Object.keys(row) as (keyof typeof row)[];
    expect(pick(draft.tableRows.find((r) => r.no === row.no) ?? row, keys)).toEqual(row);
  });

  it('links key tasks to table rows and items', () => {
    expect(draft.links.keyTaskToTableRow).toEqual(expected.links.keyTaskToTableRow);
    expect(draft.links.keyTaskToItem).toEqual(expected.links.keyTaskToItem);
  });

  it('scores every link, exact copies highest', () => {
    const scores = draft.links.scores.keyTaskToTableRow;
    expect(scores.find((l) => l.from === 3)?.score).toBe(1);
    expect(scores.find((l) => l.from === 8)?.score).toBeLessThan(1);
    expect(scores.find((l) => l.from === 8)?.score).toBeGreaterThan(0.5);
  });

  it('warns only about the 社团/社区 disagreement', () => {
    expect(draft.warnings.map((w) => ({ about: w.about, why: w.why }))).toEqual(expected.warnings);
  });

  const required = expected.targets.filter((t: Target) => !t.optional);
  it.each(required)('finds the target $text in $where', (target: Target) => {
    const found = draft.targets.find((t) => t.where === target.where && t.text === target.text);
    expect(found).toMatchObject(target);
  });

  it.each(expected.notTargets)('does not take %s for a target', (text) => {
    expect(draft.targets.filter((t) => t.text.includes(text) || text.includes(t.text))).toEqual([]);
  });

  it('makes one task per table row, owned, with its key task and items', () => {
    expect(draft.tasks).toHaveLength(10);
    expect(draft.tasks[5]).toMatchObject({
      content: '新建1—2个社区科普馆',
      owners: ['钱吉伟'],
      departments: ['科普部'],
      leader: '张家水',
      keyTask: 6,
      items: [8],
    });
  });
});

const tasksOf = (d: PlanDraft) =>
  d.tableRows.map((r) =>
    pick(r, [
      'no',
      'content',
      'owner',
      'department',
      'leader',
      'deadlineText',
      'start',
      'due',
      'notes',
    ]),
  );

describe.each([
  ['GB18030 text', 'chuzhou-cast-2017-workplan.gbk.txt'],
  ['Word', 'chuzhou-cast-2017-workplan.docx'],
  ['a web page', 'chuzhou-cast-2017-workplan.html'],
])('the worked example as %s', (_label, file) => {
  it('imports to the same draft as the text', async () => {
    const other = await draftFromFile({ name: file, bytes: readFileSync(fixture(file)) });
    expect(tasksOf(other)).toEqual(tasksOf(draft));
    expect(other.notice).toEqual(draft.notice);
    expect(other.sections).toEqual(draft.sections);
    expect(other.items.map((i) => i.title)).toEqual(draft.items.map((i) => i.title));
    expect(other.links.keyTaskToTableRow).toEqual(draft.links.keyTaskToTableRow);
    expect(other.warnings).toEqual(draft.warnings);
  });
});

describe('the key-task table as Excel (columns reordered, synonyms, merged cells)', () => {
  it('imports to the same tasks as the text', async () => {
    const file = 'chuzhou-cast-2017-workplan.xlsx';
    const sheet = await draftFromFile({ name: file, bytes: readFileSync(fixture(file)) });
    expect(tasksOf(sheet)).toEqual(tasksOf(draft));
    expect(sheet.tasks.map((t) => [t.owners, t.leader])).toEqual(
      draft.tasks.map((t) => [t.owners, t.leader]),
    );
  });
});
