/**
 * The address's query parameters and an editor of them. The editor starts from the address as it
 * is at the moment of the edit, not as of the last render: the router renders a change in a
 * transition, so a second edit made before that render (a sort clicked just after a search) would
 * otherwise start from the old parameters and drop the first edit.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** `edit` changes `now` in place, or returns the parameters to use instead. */
export type EditParams = (
  edit: (now: URLSearchParams) => URLSearchParams | void,
  options?: { replace?: boolean },
) => void;

export function useAddressParams(): [URLSearchParams, EditParams] {
  const [params, setParams] = useSearchParams();
  const editParams = useCallback<EditParams>(
    (edit, options) => {
      const now = new URLSearchParams(window.location.search);
      setParams(edit(now) ?? now, { replace: options?.replace ?? false });
    },
    [setParams],
  );
  return [params, editParams];
}
