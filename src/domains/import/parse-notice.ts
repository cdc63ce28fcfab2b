/**
 * parseNotice: the whole text of a 工作要点 notice (or a document a reader produced) in, a draft
 * plan out — or a ParseError saying what is missing. No I/O; the clock is read only for a notice
 * that names no year anywhere when the caller gave no `fallbackYear` (draftFromFile always does).
 */
import { resolveDeadline } from './deadline.js';
import type {
  ItemDraft,
  ParseOptions,
  PlanDraft,
  SourceDocument,
  TableRowDraft,
  Target,
  TaskDraft,
} from './draft.js';
import { findFlattenedTables } from './flattened-table.js';
import { readInlineResponsibility } from './inline-responsibility.js';
import { firstDeadline } from './item-deadline.js';
import { linesOfDocument, linesOfText, type Line } from './lines.js';
import { disagreements, linkKeyTasksToItems, linkKeyTasksToRows } from './links.js';
import { parseNoticeHeader } from './notice-header.js';
import { tidy } from './normalize.js';
import { parseOutline, type Outline } from './outline.js';
import { planYear } from './plan-year.js';
import { ruleLinesOf, withOwners } from './standing-rules.js';
import { extractTargets } from './target.js';
import { readTaskTables, type TableReadResult } from './task-table.js';
import { collectWarnings } from './warnings.js';

export interface ParseError {
  code: 'empty' | 'no_structure';
  message: string;
  line?: number;
}

export type ParseResult = { ok: true; draft: PlanDraft } | { ok: false; error: ParseError };

export function parseNotice(
  input: string | SourceDocument,
  options: ParseOptions = {},
): ParseResult {
  const parsed = typeof input === 'string' ? linesOfText(input) : linesOfDocument(input);
  if (parsed.lines.every((l) => l.raw.trim() === '') && parsed.tables.length === 0) {
    return fail('empty', '文件没有内容 / the notice is empty');
  }
  const flattened = findFlattenedTables(parsed.lines);
  const tableLines = new Set(flattened.flatMap((f) => f.consumed));
  const lines: Line[] = parsed.lines.map((l, i) => (tableLines.has(i) ? { ...l, raw: '' } : l));
  const header = parseNoticeHeader(lines);
  const title = header.planTitle ?? planNameInNoticeTitle(header.notice.title) ?? firstText(lines);
  const inferred = planYear(
    {
      titles: [title, header.notice.title],
      issueDate: header.notice.issueDate,
      docNumber: header.notice.docNumber,
      // Tables included: a plan's only dated deadlines may be in its task table.
      body: [
        ...parsed.lines.map((l) => tidy(l.raw)),
        ...parsed.tables.flatMap((t) => t.rows.map((row) => tidy(row.join(' ')))),
      ],
    },
    // The clock is read only for a notice without any year whose caller gave no fallback.
    { ...options, fallbackYear: options.fallbackYear ?? new Date().getFullYear() },
  );
  const year = inferred.year;
  const outline = parseOutline(lines, header.planTitleIndex + 1, header.consumed);
  // The first task table, with the tables right after it that continue it.
  const table = readTaskTables([...parsed.tables, ...flattened.map((f) => f.table)], year);
  if (outline.items.length === 0 && (table?.rows.length ?? 0) === 0) {
    return fail(
      'no_structure',
      '找不到编号的工作条目或任务表 / no numbered work items or task table found',
    );
  }
  const draft = assemble({ header, title, year, outline, table, lines });
  if (inferred.warning) draft.warnings.unshift(inferred.warning);
  return { ok: true, draft };
}

function fail(code: ParseError['code'], message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

/** 关于印发《X》的通知 or 关于印发X的通知 → X */
function planNameInNoticeTitle(title: string | null): string | null {
  if (!title) return null;
  const named =
    /《([^》]+)》/.exec(title)?.[1] ?? /关于(?:印发|下达)(.+?)的(?:通知|意见)$/.exec(title)?.[1];
  return named ?? null;
}

function firstText(lines: Line[]): string {
  return lines.find((l) => l.raw.trim() !== '')?.raw.trim() ?? '';
}

interface Parts {
  header: ReturnType<typeof parseNoticeHeader>;
  title: string;
  year: number;
  outline: Outline;
  table: TableReadResult | null;
  lines: Line[];
}

function assemble({ header, title, year, outline, table, lines }: Parts): PlanDraft {
  const rows = table?.rows ?? [];
  const items = withOwners(outline.items.map(withInlineResponsibility), ruleLinesOf(lines));
  const rowLinks = linkKeyTasksToRows(outline.keyTasks, rows);
  const itemLinks = linkKeyTasksToItems(outline.keyTasks, items);
  const draft: PlanDraft = {
    notice: header.notice,
    plan: { title, year },
    keyTasks: outline.keyTasks,
    sections: outline.sections,
    items,
    tableColumns: table?.columns ?? [],
    tableRows: rows,
    links: {
      keyTaskToTableRow: rowLinks.map((l) => [l.from, l.to]),
      keyTaskToItem: itemLinks.map((l) => [l.from, l.to]),
      scores: { keyTaskToTableRow: rowLinks, keyTaskToItem: itemLinks },
    },
    warnings: [],
    targets: findTargets(outline, items, rows),
    tasks: [],
  };
  draft.tasks = rows.length > 0 ? tasksFromRows(draft) : tasksFromItems(draft, year);
  draft.warnings = [
    ...disagreements(outline.keyTasks, rows, rowLinks),
    ...collectWarnings({ draft, outline, problems: table?.problems ?? [] }),
  ];
  return draft;
}

function withInlineResponsibility(item: ItemDraft): ItemDraft {
  const { responsibility } = readInlineResponsibility(item.body);
  return responsibility ? { ...item, responsibility } : item;
}

function findTargets(outline: Outline, items: ItemDraft[], rows: TableRowDraft[]): Target[] {
  return [
    ...outline.keyTasks.flatMap((k) => extractTargets(k.text, `keyTask ${k.no}`)),
    ...items.flatMap((i) => extractTargets(i.body, `item ${i.no}`)),
    ...rows.flatMap((r) => extractTargets(r.content, `tableRow ${r.no}`)),
  ];
}

function tasksFromRows(draft: PlanDraft): TaskDraft[] {
  return draft.tableRows.map((row) => {
    const keyTask = draft.links.keyTaskToTableRow.find(([, r]) => r === row.no)?.[0] ?? null;
    return {
      no: row.no,
      content: row.content,
      owners: row.owners,
      departments: row.departments,
      coDepartments: row.coDepartments,
      leader: row.leader,
      deadline: row.deadlineText
        ? {
            text: row.deadlineText,
            start: row.start,
            due: row.due,
            ...(row.recurring ? { recurring: row.recurring } : {}),
          }
        : null,
      notes: row.notes,
      keyTask,
      items: draft.links.keyTaskToItem.filter(([k]) => k === keyTask).map(([, i]) => i),
      source: `tableRow ${row.no}`,
    };
  });
}

/** Without a table every item is a task, owned by whoever the item names inline. */
function tasksFromItems(draft: PlanDraft, year: number): TaskDraft[] {
  return draft.items.map((item) => {
    const r = item.responsibility;
    const deadlineText = r?.deadlineText ?? null;
    return {
      no: item.no,
      content: readInlineResponsibility(item.title).text,
      owners: r?.owners ?? [],
      departments: r?.leadDepartments ?? [],
      coDepartments: r?.coDepartments ?? [],
      leader: r?.leaders[0] ?? null,
      deadline: deadlineText ? resolveDeadline(deadlineText, year) : firstDeadline(item.body, year),
      notes: null,
      keyTask: draft.links.keyTaskToItem.find(([, i]) => i === item.no)?.[0] ?? null,
      items: [item.no],
      source: `item ${item.no}`,
    };
  });
}
