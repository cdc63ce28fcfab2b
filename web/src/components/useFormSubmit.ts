/**
 * Submitting an antd form to the API: a busy flag while `action` runs; a failure lands on the
 * form's fields (or shows as a message), and a conflict offers `onReload`.
 */
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../app/errors';

export function useFormSubmit<V>(
  form: FormInstance<V>,
  action: (values: V) => Promise<unknown>,
  onReload?: () => void,
): { busy: boolean; submit: (values: V) => void } {
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter(onReload);
  const submit = (values: V) => {
    setBusy(true);
    void action(values)
      .catch((err: unknown) => report(err, form))
      .finally(() => setBusy(false));
  };
  return { busy, submit };
}
