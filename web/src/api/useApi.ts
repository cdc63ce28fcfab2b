/** Loads a GET resource for a component: data, error, loading and reload; stale answers are dropped. */
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, type Query } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  /** True from the render that asks for a new path, query or reload until its answer is in. */
  loading: boolean;
  reload: () => void;
}

/** `path` null means "not yet" (e.g. no plan chosen). */
export function useApi<T>(path: string | null, query?: Query): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  // The request whose answer (or error) is shown. Loading is derived from it in the same render
  // that changes the query, so old rows are never shown as if they answered the new query.
  const [settled, setSettled] = useState<string | null>(null);
  const key = path === null ? null : JSON.stringify([path, query ?? {}, tick]);

  useEffect(() => {
    if (key === null || path === null) return;
    let current = true;
    apiFetch<T>(path, { query })
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(null);
      })
      .catch((err: unknown) => current && setError(err))
      .finally(() => current && setSettled(key));
    return () => {
      current = false;
    };
    // `key` stands for path, query and reload.
  }, [key]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading: key !== null && settled !== key, reload };
}
