/**
 * The task list query (GET /api/plans/:id/tasks) as the table's sorting, filters and page. It
 * lives in the address (`?q=科普&light=red&sort=due&order=desc&page=2`) so Back from a task page
 * and reload keep it; other parameters there (plan, asOf) are left alone.
 */
import type { TablePaginationConfig } from 'antd';
import type { FilterValue, SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useAddressParams } from '../../components/address';
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

export const pageSizes = [10, 20, 50, 100];

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

/** A positive whole number from the address, else null. */
function positive(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

/** Reads the query from the address; anything missing or malformed takes its default. */
export function fromParams(params: URLSearchParams): TaskQuery {
  const light = params.get('light');
  const sort = params.get('sort');
  const size = positive(params.get('pageSize'));
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    light: isLight(light) ? light : null,
    departmentId: positive(params.get('departmentId')),
    leaderId: positive(params.get('leaderId')),
    sort: isSortKey(sort) ? sort : initialQuery.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: positive(params.get('page')) ?? 1,
    pageSize: size !== null && pageSizes.includes(size) ? size : initialQuery.pageSize,
  };
}

/** Writes the query into `params` (a copy), leaving out what equals the default. */
export function toParams(query: TaskQuery, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const values: Record<keyof TaskQuery, string | number | null> = {
    q: query.q.trim(),
    light: query.light,
    departmentId: query.departmentId,
    leaderId: query.leaderId,
    sort: query.sort,
    order: query.order,
    page: query.page,
    pageSize: query.pageSize,
  };
  for (const key of Object.keys(values) as (keyof TaskQuery)[]) {
    const value = values[key];
    if (value === null || value === '' || value === initialQuery[key]) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/**
 * The query in the address and its updater (replacing the history entry, not adding one). The
 * update is given the query as the address holds it now (see components/address.ts).
 */
export function useTaskQuery(): [TaskQuery, (update: (current: TaskQuery) => TaskQuery) => void] {
  const [params, editParams] = useAddressParams();
  const key = params.toString();
  // `key` stands for params: a new URLSearchParams object with the same content is the same query.
  const query = useMemo(() => fromParams(new URLSearchParams(key)), [key]);
  const set = useCallback(
    (update: (current: TaskQuery) => TaskQuery) =>
      editParams((now) => toParams(update(fromParams(now)), now), { replace: true }),
    [editParams],
  );
  return [query, set];
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
  const next: TaskQuery = {
    ...current,
    light: isLight(light) ? light : null,
    departmentId: typeof department === 'number' ? department : null,
    leaderId: typeof leader === 'number' ? leader : null,
    sort: sort ?? 'no',
    order: sort && s?.order === 'descend' ? 'desc' : 'asc',
    page: pagination.current ?? 1,
    pageSize: pagination.pageSize ?? current.pageSize,
  };
  // A new filter, sort or page size starts again at the first page.
  const refined =
    next.light !== current.light ||
    next.departmentId !== current.departmentId ||
    next.leaderId !== current.leaderId ||
    next.sort !== current.sort ||
    next.order !== current.order ||
    next.pageSize !== current.pageSize;
  return refined ? { ...next, page: 1 } : next;
}
