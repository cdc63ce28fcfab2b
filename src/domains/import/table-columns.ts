/**
 * The columns of the task table a plan was imported from, as stored on the plan
 * (plans.table_columns): each header as written and the field it was read into, in the table's
 * order. The export repeats them so a plan goes back out under the notice's own header words.
 */
import { z } from 'zod';
import { columnOf, columnOrder, contentColumns, type ColumnKey } from './columns.js';

export interface TableColumnSpec {
  /** The header cell as written (责任单位, 完成时限…). */
  header: string;
  /** The field the importer read the column into; null for a column it does not read. */
  field: ColumnKey | null;
}

/**
 * The specs of a header row. Only the first column naming a field was read (task-table.ts), so a
 * repeated one maps to no field; of 改革事项 beside 具体内容 the latter is the content (the former
 * is written in front of it).
 */
export function tableColumnSpecs(headers: string[]): TableColumnSpec[] {
  const seen = new Set<ColumnKey>(['content']);
  const { content } = contentColumns(headers);
  return headers.map((header, i) => {
    if (i === content) return { header, field: 'content' };
    const key = columnOf(header);
    const field = key === undefined || seen.has(key) ? null : key;
    if (field) seen.add(field);
    return { header, field };
  });
}

/** The JSON stored on the plan: null when the notice had no task table. */
export function tableColumnsJson(headers: string[]): string | null {
  return headers.length > 0 ? JSON.stringify(tableColumnSpecs(headers)) : null;
}

const storedSchema = z.array(
  z.object({
    header: z.string(),
    field: z.enum(columnOrder as [ColumnKey, ...ColumnKey[]]).nullable(),
  }),
);

/** Reads plans.table_columns back; null when the plan kept none. */
export function parseTableColumns(json: string | null): TableColumnSpec[] | null {
  return json === null ? null : storedSchema.parse(JSON.parse(json));
}
