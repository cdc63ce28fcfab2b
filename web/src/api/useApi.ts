/** Loads a GET resource for a component: data, error, loading and reload; stale answers are dropped. */
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, type Query } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** `path` null means "not yet" (e.g. no plan chosen). */
export function useApi<T>(path: string | null, query?: Query): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  const key = path === null ? null : JSON.stringify([path, query ?? {}]);

  useEffect(() => {
    if (key === null || path === null) return;
    let current = true;
    setLoading(true);
    apiFetch<T>(path, { query })
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(null);
      })
      .catch((err: unknown) => current && setError(err))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // `key` stands for path and query.
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
