/** The task list query (GET /api/plans/:id/tasks) as the table's sorting, filters and page. */
import type { TablePaginationConfig } from 'antd';
import type { FilterValue, SorterResult } from 'antd/es/table/interface';
import type { Light, TaskRow } from '../../api/types';

export type SortKey = 'no' | 'due' | 'light' | 'owner' | 'department';

export interface TaskQuery {
  q: string;
  light: Light | null;
  departmentId: number | null;
  leaderId: number | null;
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const initialQuery: TaskQuery = {
  q: '',
  light: null,
  departmentId: null,
  leaderId: null,
  sort: 'no',
  order: 'asc',
  page: 1,
  pageSize: 20,
};

export function apiQuery(q: TaskQuery) {
  return {
    q: q.q,
    light: q.light,
    departmentId: q.departmentId,
    leaderId: q.leaderId,
    sort: q.sort,
    order: q.order,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  };
}

const sortKeys: readonly string[] = ['no', 'due', 'light', 'owner', 'department'];

function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && sortKeys.includes(value);
}

function first(values: readonly unknown[] | null | undefined): unknown {
  return values?.[0] ?? null;
}

const lights: readonly string[] = ['done', 'green', 'yellow', 'red'];

function isLight(value: unknown): value is Light {
  return typeof value === 'string' && lights.includes(value);
}

/** The table's onChange (page, column filters, sorter) as the next query. */
export function fromTableChange(
  current: TaskQuery,
  pagination: TablePaginationConfig,
  filters: Record<string, FilterValue | null>,
  sorter: SorterResult<TaskRow> | SorterResult<TaskRow>[],
): TaskQuery {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const light = first(filters.light);
  const department = first(filters.department);
  const leader = first(filters.leader);
  const sort = s?.order && isSortKey(s.columnKey) ? s.columnKey : null;
  return {
    ...current,
    light: isLight(light) ? light : null,
    departmentId: typeof department === 'number' ? department : null,
    leaderId: typeof leader === 'number' ? leader : null,
    sort: sort ?? 'no',
    order: sort && s?.order === 'descend' ? 'desc' : 'asc',
    page: pagination.current ?? 1,
    pageSize: pagination.pageSize ?? current.pageSize,
  };
}
